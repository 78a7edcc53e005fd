package org.claimscore.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscore.setup.SetupException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped knowledge with an overlay laid over it: what is refused (FILE:LINE) and who wins. */
class KnowledgeLoadingTest {

  private static final String ACTORS = "id,name,aliases,acronyms,kind,country,letter,as_of,source,speaks_for\n";
  private static final String CONFLICTS =
      "id,name,location,side_a,side_b,supporters_a,supporters_b,first_year,last_year,incompatibility,source\n";

  @TempDir Path dir;

  private Lexicon withOverlay(String file, String content) throws Exception {
    Files.writeString(dir.resolve(file), content);
    return Lexicon.loadRules(Path.of("rules"), "rules", List.of(new Lexicon.Folder(dir, "batch/knowledge")));
  }

  private List<String> problems(String file, String content) {
    return assertThrows(SetupException.class, () -> withOverlay(file, content)).lines();
  }

  @Test
  void anUnknownCountryIdIsNamedWithItsLine() {
    assertEquals(List.of("batch/knowledge/actors.csv:3: unknown country id 'narnia'"),
        problems("actors.csv", ACTORS + "# a story's names\nstory.x,Narnian army,,,military,narnia,C,,,\n"));
  }

  @Test
  void aConflictWithAnUnknownPartyIsRefused() {
    List<String> p = problems("conflicts.csv", CONFLICTS
        + "story.c1,Story war,israel,israel,story.nobody,,,2023,2024,territory,\n");
    assertEquals(List.of("batch/knowledge/conflicts.csv:2: unknown party id 'story.nobody': neither a country id"
        + " nor an actor id"), p);
  }

  @Test
  void anActorOfAnySideInTheConflictsTableIsAccepted() throws Exception {
    Files.writeString(dir.resolve("actors.csv"), ACTORS + "story.brigade,Northern Brigade,,,armed_group,israel,E,,,\n");
    Lexicon lexicon = withOverlay("conflicts.csv", CONFLICTS
        + "story.c1,Story war,israel,israel,story.brigade,,,2023,2024,territory,\n");
    assertTrue(lexicon.conflicts().stream().anyMatch(c -> c.sideB().contains("story.brigade")));
  }

  @Test
  void aBadLetterADuplicateIdAndALongAcronymAreEachNamed() {
    List<String> p = problems("actors.csv", ACTORS
        + "story.a,Group A,,,armed_group,,Z,,,\n"
        + "story.b,Group B,,,armed_group,,E,,,\n"
        + "story.b,Group B again,,,armed_group,,E,,,\n"
        + "story.c,Group C,,LONGACRONYM,armed_group,,E,,,\n");
    assertTrue(p.contains("batch/knowledge/actors.csv:2: letter must be A-F, got 'Z'"), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.startsWith("batch/knowledge/actors.csv:4: duplicate id 'story.b'")),
        p.toString());
    assertTrue(p.stream().anyMatch(x -> x.startsWith("batch/knowledge/actors.csv:5: acronym 'LONGACRONYM'")),
        p.toString());
  }

  @Test
  void anOverlayRowReplacesTheShippedRowOfTheSameId() throws Exception {
    Lexicon lexicon = withOverlay("actors.csv", ACTORS + "mil.sudan,Sudanese Armed Forces,SAF army,,military,sudan,B,,,\n");
    Actor army = lexicon.actors().stream().filter(a -> a.id().equals("mil.sudan")).findFirst().orElseThrow();
    assertEquals("B", army.letter());
    assertEquals("batch/knowledge/actors.csv:2", army.origin());
    ArticleReading.Result r = new ArticleReading(lexicon, new NameIndex(lexicon)).read("The SAF army said so.");
    assertEquals("mil.sudan", r.named().get(0).actor().id());
  }

  @Test
  void anOverlaysAliasesFileAddsANameToAShippedRowAndKeepsTheRest() throws Exception {
    Lexicon lexicon = withOverlay("aliases.csv", "# a story's spelling\nid,aliases,acronyms,source\n"
        + "ucdp.303,Taliban fighters|Taleban,TLBN,https://example.org/story\n");
    Actor taleban = lexicon.actors().stream().filter(a -> a.id().equals("ucdp.303")).findFirst().orElseThrow();
    assertEquals(List.of("Taleban", "Taliban", "Taliban fighters"), taleban.aliases());
    assertEquals(List.of("TLBN"), taleban.acronyms());
    assertEquals(List.of("Taleban", "armed_group", "afghanistan", "E"), List.of(taleban.name(), taleban.kind(),
        taleban.country(), taleban.letter()));
    assertTrue(taleban.origin().startsWith("rules/knowledge/actors.csv:"), taleban.origin());
    ArticleReading.Result r = new ArticleReading(lexicon, new NameIndex(lexicon)).read("Taliban fighters said so.");
    assertEquals("ucdp.303", r.named().get(0).actor().id());
  }

  @Test
  void anAliasForNoRowOrThatAddsNothingIsNamedWithItsLine() {
    List<String> p = problems("aliases.csv", "id,aliases,acronyms\nstory.nobody,Nobody,\nucdp.303,taleban,\n"
        + "ucdp.303,,LONGACRONYM\n");
    assertEquals(List.of(
        "batch/knowledge/aliases.csv:2: no row has the id 'story.nobody': aliases.csv adds names to a row of an"
            + " earlier folder or of this folder's actor files",
        "batch/knowledge/aliases.csv:3: adds no name to ucdp.303: it has each already, or the row gives none",
        "batch/knowledge/aliases.csv:4: acronym 'LONGACRONYM' must be one word of at most 8 characters, matched"
            + " with its case (KCNA, BelTA, dpa); put longer names in aliases",
        "batch/knowledge/aliases.csv:4: adds no name to ucdp.303: it has each already, or the row gives none"), p);
  }

  @Test
  void aNameAnOverlayShareWithTheShippedKnowledgeIsTheOverlays() throws Exception {
    Lexicon lexicon = withOverlay("actors.csv", ACTORS
        + "story.rsf_unit,RSF unit in El Fasher,Rapid Support Forces,,armed_group,sudan,E,,,\n");
    ArticleReading.Result r = new ArticleReading(lexicon, new NameIndex(lexicon))
        .read("The Rapid Support Forces said they held the town.");
    assertEquals("story.rsf_unit", r.named().get(0).actor().id());
  }

  @Test
  void aMissingOrEmptyShippedKnowledgeFileIsAnError() throws Exception {
    Path rules = dir.resolve("rules");
    copy(Path.of("rules/knowledge"), rules.resolve("knowledge"));
    copy(Path.of("rules/lexicon"), rules.resolve("lexicon"));
    Files.delete(rules.resolve("knowledge/conflicts.csv"));
    Files.writeString(rules.resolve("knowledge/outlets-rsp.csv"), "# header only\nname,patterns,letter,rating,state_affiliated,source\n");
    List<String> p = assertThrows(SetupException.class, () -> Lexicon.loadRules(rules, "rules", List.of())).lines();
    assertTrue(p.stream().anyMatch(x -> x.startsWith("rules/knowledge/conflicts.csv:0: missing")), p.toString());
    assertTrue(p.stream().anyMatch(x -> x.startsWith("rules/knowledge/outlets-rsp.csv:1: empty")), p.toString());
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName().toString()));
      }
    }
  }
}
