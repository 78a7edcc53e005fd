package org.claimscore.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.claimscore.setup.SetupException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped language files load; a broken or missing one is named by file and line. */
class LanguageTest {

  @TempDir Path rules;

  @BeforeEach
  void copyShipped() throws Exception {
    Path to = rules.resolve(Language.DIR);
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(Path.of("rules").resolve(Language.DIR))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private List<String> problems() {
    return assertThrows(SetupException.class, () -> Language.load(rules, "rules")).lines();
  }

  @Test
  void theShippedFilesLoad() throws Exception {
    Language l = Language.load(Path.of("rules"), "rules");
    assertEquals("1", l.table("numbers.csv").get("one"));
    assertEquals("at_least", l.table("qualifiers.csv").get("at least"));
    assertTrue(l.list("vague.txt").contains("dozens"));
    for (String name : Language.fileNames()) {
      assertTrue(Files.isRegularFile(Path.of("rules").resolve(Language.DIR).resolve(name)), name);
    }
  }

  @Test
  void aMissingFileIsAnError() throws Exception {
    Files.delete(rules.resolve(Language.DIR).resolve("units.csv"));
    assertEquals(List.of("rules/language/en/units.csv:0: missing: every rules folder needs language/en/units.csv"),
        problems());
  }

  @Test
  void anEmptyFileIsAnError() throws Exception {
    Files.writeString(rules.resolve(Language.DIR).resolve("vague.txt"), "# nothing here\n");
    assertEquals(List.of("rules/language/en/vague.txt:1: empty: it needs at least one line"), problems());
  }

  @Test
  void aBadValueOrHeaderIsNamedByLine() throws Exception {
    Files.writeString(rules.resolve(Language.DIR).resolve("numbers.csv"), "word,value\n# c\none,1\ntwo,II\n");
    Files.writeString(rules.resolve(Language.DIR).resolve("qualifiers.csv"), "phrase,kind\nat least,at_least\n");
    assertEquals(List.of(
        "rules/language/en/numbers.csv:4: 'II' for 'two': expected a whole number",
        "rules/language/en/qualifiers.csv:1: header must be phrase,qualifier, got phrase,kind"), problems());
  }

  @Test
  void anEditorAddsAWordWithoutJava() throws Exception {
    Path units = rules.resolve(Language.DIR).resolve("units.csv");
    Files.writeString(units, Files.readString(units) + "goats,goat\n");
    assertEquals("goat", Language.load(rules, "rules").table("units.csv").get("goats"));
  }

  @Test
  void aCueTheTyperDoesNotKnowIsNamedByLine() throws Exception {
    Path cues = rules.resolve(Language.DIR).resolve("cues.csv");
    Files.writeString(cues, "phrase,cues\ncondemned,opinion\nslammed,opinon\nshot down,destroy  event\n");
    List<String> problems = problems();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("rules/language/en/cues.csv:3: 'opinon' for 'slammed': expected one or more cue"),
        problems.get(0));
    assertTrue(problems.get(1).startsWith("rules/language/en/cues.csv:4: 'destroy  event'"), problems.get(1));
  }

  @Test
  void aChannelOutsideTheKnownOnesIsNamedByLine() throws Exception {
    Files.writeString(rules.resolve(Language.DIR).resolve("channels.csv"),
        "phrase,channel\ntelegram,telegram\npodcast,radio\n");
    assertEquals(List.of("rules/language/en/channels.csv:3: 'radio' for 'podcast': expected social_media, statement,"
        + " telegram, tv or video"), problems());
  }

  @Test
  void theSpeakerListsLoadFromFiles() throws Exception {
    Language l = Language.load(Path.of("rules"), "rules");
    assertEquals("statement", l.table("channels.csv").get("statement"));
    assertTrue(l.list("agent-verbs.txt").contains("released"));
    assertEquals("sentence", l.table("boilerplate.csv").get("all rights reserved"));
  }
}
