package org.claimscore.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimscore.language.Language;
import org.claimscore.pipeline.StandardStages;
import org.claimscore.setup.SetupException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words around a name are read from {@code language/en/name-context.csv}: an editor changes them without Java. */
class NameContextTest {

  private static final String TOKYO = "Toshitaka Katada of the University of Tokyo said the quake was shallow.";

  @TempDir Path rules;

  private Path file;

  @BeforeEach
  void copyShipped() throws IOException {
    try (Stream<Path> all = Files.walk(Path.of("rules"))) {
      for (Path from : all.toList()) {
        Path to = rules.resolve(Path.of("rules").relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    file = rules.resolve(Language.DIR).resolve(Language.NAME_CONTEXT);
  }

  /** The ids of the actors named where {@code phrase} starts in {@code text}, with {@code lexicon}. */
  private static List<String> at(Lexicon lexicon, String text, String phrase) {
    int start = text.indexOf(phrase);
    return new ArticleReading(lexicon, new NameIndex(lexicon)).read(text).named().stream()
        .filter(n -> n.start() == start).map(n -> n.actor().id()).toList();
  }

  @Test
  void aWordTakenOutOfBeforePlaceMakesTheCapitalAfterItItsGovernment() throws Exception {
    assertEquals(List.of(), at(Lexicon.loadRules(rules, "rules", List.of()), TOKYO, "Tokyo"));
    Files.writeString(file, Files.readString(file).replace("\nof,before_place\n", "\n"));
    assertEquals(List.of("gov.japan"), at(Lexicon.loadRules(rules, "rules", List.of()), TOKYO, "Tokyo"));
  }

  @Test
  void aPhraseAddedBeforeSourceLetsAnAcronymNameItsActor() throws Exception {
    String text = "The army clashed with the RSF, as cited by RSF spokesmen in Khartoum.";
    assertEquals(List.of(), at(Lexicon.loadRules(rules, "rules", List.of()), text, "RSF spokesmen"));
    Files.writeString(file, Files.readString(file) + "as cited by,before_source\n");
    List<String> named = at(Lexicon.loadRules(rules, "rules", List.of()), text, "RSF spokesmen");
    assertEquals(1, named.size(), named.toString());
  }

  @Test
  void aBadRoleIsNamedByFileAndLineOnce() throws Exception {
    Files.writeString(file, "phrase,role\nalso,before_verb\nsaid,speaker\n");
    String expected = "rules/language/en/name-context.csv:3: 'speaker' for 'said': expected before_place, before_verb"
        + " or before_source";
    assertEquals(List.of(expected),
        assertThrows(SetupException.class, () -> Lexicon.loadRules(rules, "rules", List.of())).lines());
    assertEquals(List.of(expected),
        assertThrows(SetupException.class, () -> StandardStages.load(rules, "rules")).lines());
  }

  @Test
  void aMissingFileIsAnError() throws Exception {
    Files.delete(file);
    assertEquals(List.of("rules/language/en/name-context.csv:0: missing: every rules folder needs"
            + " language/en/name-context.csv"),
        assertThrows(SetupException.class, () -> Lexicon.loadRules(rules, "rules", List.of())).lines());
  }
}
