package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code who NAME}: what the knowledge says about a name, with its sides and the line it came from. */
class WhoCommandTest {

  private Cli.Run last;

  @TempDir Path overlay;

  /** Runs {@code who} in-process through the command tests' {@link Cli}, keeping its outputs. */
  private int run(String... args) {
    last = Cli.run(args);
    return last.exit();
  }

  @Test
  void anAcronymShowsItsGroupItsConflictItsSideAndItsLine() {
    assertEquals(0, run("who", "RSF"));
    String said = last.out();
    assertTrue(said.contains("kind: armed_group  country: sudan"), said);
    assertTrue(said.contains("Sudan: government") && said.contains("side B"), said);
    assertTrue(said.matches("(?s).*from: rules/knowledge/actors\\.csv:\\d+.*"), said);
  }

  @Test
  void aBodyOfAStateStandsWithItsCountry() {
    assertEquals(0, run("who", "the Russian defence ministry"));
    String said = last.out();
    assertTrue(said.contains("min.defence.russia"), said);
    assertTrue(said.contains("Russia (Soviet Union), Ukraine") && said.contains("side A (as russia)"), said);
  }

  @Test
  void aCountryByItsCapitalAndASupporterAreShown() {
    assertEquals(0, run("who", "Pyongyang"));
    String said = last.out();
    assertTrue(said.contains("north_korea") && said.contains("(country)"), said);
    assertTrue(said.contains("supporter of side A (as north_korea)"), said);
  }

  @Test
  void anOverlayEntryIsFoundWithItsFile() {
    assertEquals(1, run("who", "Sim Tack"));
    assertEquals(0, run("who", "Sim Tack", "--knowledge", "fixtures/kursk-raid-2024/knowledge"));
    assertTrue(last.out().contains("from: fixtures/kursk-raid-2024/knowledge/actors.csv:"), last.out());
  }

  @Test
  void theNewsSpellingsNameUcdpsGroupsWithTheirConflicts() {
    assertEquals(0, run("who", "Taliban"));
    assertTrue(last.out().startsWith("ucdp.303  Taleban") && last.out().contains("Afghanistan: government")
        && last.out().contains("side B (as ucdp.303)"), last.out());
    assertEquals(0, run("who", "Boko Haram"));
    assertTrue(last.out().startsWith("ucdp.1051  Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")
        && last.out().contains("ucdp.conflict.297 Nigeria: government") && !last.out().contains("fb.boko_haram"),
        last.out());
  }

  @Test
  void aSharedDemonymNamesTheFarMorePopulousCountrysBodyOrNeedsItsQualifier() {
    assertEquals(0, run("who", "Congolese army"));
    assertTrue(last.out().startsWith("mil.drc  Congolese army") && last.out().contains("country: drc"), last.out());
    assertEquals(0, run("who", "North Korean army"));
    assertTrue(last.out().startsWith("mil.north_korea"), last.out());
    assertEquals(1, run("who", "Korean army"));
  }

  @Test
  void anOverlaysAliasesFileAddsANameWhoFinds() throws Exception {
    Files.writeString(overlay.resolve("aliases.csv"), "id,aliases,acronyms\nucdp.303,Taliban fighters,\n");
    assertEquals(1, run("who", "Taliban fighters"));
    assertEquals(0, run("who", "Taliban fighters", "--knowledge", overlay.toString()));
    assertTrue(last.out().startsWith("ucdp.303  Taleban"), last.out());
  }

  @Test
  void nothingKnownIsExitOneWithAClearMessage() {
    assertEquals(1, run("who", "Zyxwv Institute"));
    assertTrue(last.err().contains("nothing in the knowledge is named 'Zyxwv Institute'"), last.err());
    assertFalse(last.out().contains("kind:"), last.out());
  }

  @Test
  void aMissingOverlayIsAUsageError() {
    assertEquals(2, run("who", "RSF", "--knowledge", "no/such/folder"));
    assertTrue(last.err().contains("no such knowledge folder: no/such/folder"), last.err());
  }
}
