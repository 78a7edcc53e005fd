package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code who NAME}: what the knowledge says about a name, with its sides and the line it came from. */
class WhoCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void anAcronymShowsItsGroupItsConflictItsSideAndItsLine() {
    assertEquals(0, run("who", "RSF"));
    String said = out.toString();
    assertTrue(said.contains("kind: armed_group  country: sudan"), said);
    assertTrue(said.contains("Sudan: government") && said.contains("side B"), said);
    assertTrue(said.matches("(?s).*from: rules/knowledge/actors\\.csv:\\d+.*"), said);
  }

  @Test
  void aBodyOfAStateStandsWithItsCountry() {
    assertEquals(0, run("who", "the Russian defence ministry"));
    String said = out.toString();
    assertTrue(said.contains("min.defence.russia"), said);
    assertTrue(said.contains("Russia (Soviet Union), Ukraine") && said.contains("side A (as russia)"), said);
  }

  @Test
  void aCountryByItsCapitalAndASupporterAreShown() {
    assertEquals(0, run("who", "Pyongyang"));
    String said = out.toString();
    assertTrue(said.contains("north_korea") && said.contains("(country)"), said);
    assertTrue(said.contains("supporter of side A (as north_korea)"), said);
  }

  @Test
  void anOverlayEntryIsFoundWithItsFile() {
    assertEquals(1, run("who", "Sim Tack"));
    assertEquals(0, run("who", "Sim Tack", "--knowledge", "fixtures/kursk-raid-2024/knowledge"));
    assertTrue(out.toString().contains("from: fixtures/kursk-raid-2024/knowledge/actors.csv:"), out.toString());
  }

  @Test
  void nothingKnownIsExitOneWithAClearMessage() {
    assertEquals(1, run("who", "Zyxwv Institute"));
    assertTrue(err.toString().contains("nothing in the knowledge is named 'Zyxwv Institute'"), err.toString());
    assertFalse(out.toString().contains("kind:"), out.toString());
  }

  @Test
  void aMissingOverlayIsAUsageError() {
    assertEquals(2, run("who", "RSF", "--knowledge", "no/such/folder"));
    assertTrue(err.toString().contains("no such knowledge folder: no/such/folder"), err.toString());
  }
}
