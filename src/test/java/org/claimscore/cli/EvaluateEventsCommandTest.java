package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --events}: event grouping measured against gold events from a file or from ECB+ names. */
class EvaluateEventsCommandTest {

  @TempDir Path dir;

  private static final String FLOOD = "Floods swept through Varnholt on Monday. Mayor Ilse Brandauer said 14 people "
      + "were missing in Varnholt after the Ostrava Dam gave way.";
  private static final String FLOOD_AGAIN = "Rescuers in Varnholt searched for the 14 people missing since the "
      + "Ostrava Dam failed, Mayor Ilse Brandauer said.";
  private static final String FIRE = "A fire destroyed the Kelmscott Mill in Dunmere. Fire chief Aled Prothero "
      + "said 3 workers were hurt.";

  private Path articles(String... namesAndTexts) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      Files.writeString(in.resolve(namesAndTexts[i] + ".txt"), namesAndTexts[i + 1]);
    }
    return in;
  }

  @Test
  void aGoldEventsFileGivesPairwiseScoresAndTheEventCounts() throws Exception {
    Path in = articles("flood-1", FLOOD, "flood-2", FLOOD_AGAIN, "fire-1", FIRE);
    Path gold = dir.resolve("gold-events.csv");
    Files.writeString(gold, "article_id,event\nflood-1,flood\nflood-2,flood\nfire-1,fire\n");
    Cli.Run run = Cli.run("evaluate", in.toString(), "--events", "--gold-events", gold.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("3 articles, 2 gold events, 2 events, 1 singletons\n"
        + "pairwise precision 1.000 recall 1.000 F1 1.000 (1 right pairs, 1 grouped, 1 gold)\n"), run.out());
  }

  @Test
  void ecbPlusNamesNeedNoGoldFile() throws Exception {
    Path in = articles("1_1ecb", FLOOD, "1_2ecb", FLOOD_AGAIN, "1_1ecbplus", FIRE);
    Cli.Run run = Cli.run("evaluate", in.toString(), "--events");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("3 articles, 2 gold events, 2 events"), run.out());
  }

  @Test
  void withoutGoldEventsItIsAUsageError() throws Exception {
    Path in = articles("flood-1", FLOOD, "fire-1", FIRE);
    Cli.Run run = Cli.run("evaluate", in.toString(), "--events");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("evaluate: no gold events: give --gold-events FILE"), run.err());
  }

  @Test
  void aBadGoldEventsFileIsFileLineAndExitTwo() throws Exception {
    Path in = articles("flood-1", FLOOD, "fire-1", FIRE);
    Path gold = dir.resolve("gold-events.csv");
    Files.writeString(gold, "article_id,event\nflood-1,flood\nflood-9,flood\n");
    Cli.Run run = Cli.run("evaluate", in.toString(), "--events", "--gold-events", gold.toString());
    assertEquals(2, run.exit());
    assertEquals(gold + ":3: unknown article_id 'flood-9'", run.err().strip());
    Cli.Run missing = Cli.run("evaluate", in.toString(), "--events", "--gold-events", dir.resolve("no.csv").toString());
    assertEquals(2, missing.exit());
    Cli.Run folder = Cli.run("evaluate", in.toString(), "--events", "--gold-events", dir.toString());
    assertEquals(2, folder.exit(), folder.err());
    assertTrue(folder.err().startsWith("evaluate: cannot read the gold events file " + dir), folder.err());
  }
}
