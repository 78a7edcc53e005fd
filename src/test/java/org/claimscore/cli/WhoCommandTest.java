package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code who NAME}: what the knowledge says about a name, with its sides and the line it came from. */
class WhoCommandTest {

  private Cli.Run last;

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
