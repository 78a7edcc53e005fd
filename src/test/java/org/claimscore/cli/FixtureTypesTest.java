package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Claim type F1 of {@code claimscore evaluate} on each bundled gold fixture stays at or above the
 * figure recorded in the README's "Measuring extraction": the cues of {@code cues.csv} type claims
 * on any topic, and a cue list tuned to one story shows here as a loss on the others.
 */
class FixtureTypesTest {

  private static final Pattern TYPE_F1 = Pattern.compile("(?m)^type +[0-9.]+ +[0-9.]+ +([0-9.]+) ");

  @ParameterizedTest
  @CsvSource({"fixtures/kursk-raid-2024, 0.789", "fixtures/morocco-earthquake-2023, 0.875",
      "fixtures/wikinews-sample, 0.797"})
  void typeF1StaysAtTheRecordedFigure(String fixture, double recorded) {
    Cli.Run run = Cli.run("evaluate", fixture);
    assertEquals(0, run.exit(), run.err());
    Matcher m = TYPE_F1.matcher(run.out());
    assertTrue(m.find(), run.out());
    double f1 = Double.parseDouble(m.group(1));
    assertTrue(f1 >= recorded, fixture + ": type F1 " + f1 + " fell below the recorded " + recorded);
  }
}
