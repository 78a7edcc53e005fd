package org.claimscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.claims.Attribution;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.Interest;
import org.claimscore.claims.Quantity;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.setup.SetupException;
import org.claimscore.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStandingsTest {

  private static final StandingWeights WEIGHTS = new StandingWeights(50, 5, -3, -25);

  @TempDir Path tmp;

  /** The articles of one event and what the corroborator found of their figures. */
  private final List<ScoredClaim> claims = new ArrayList<>();
  private final Map<String, ArticleOrigin> origins = new TreeMap<>();

  private void origin(String article) {
    origins.put(article, new ArticleOrigin(article, article, "", 0, List.of()));
  }

  private void copy(String article, String of, String family) {
    origins.put(article, new ArticleOrigin(article, family, of, 0.9, List.of()));
  }

  /** A claim of {@code article} giving {@code killed}, or no figure when it is negative. */
  private void claim(String article, int n, long killed, List<String> supporting, int origins,
      List<String> contradicting, List<String> flags) {
    String id = article + "#" + n;
    String text = "Claim " + id + ".";
    Span span = new Span(0, text.length());
    List<Quantity> numbers = killed < 0 ? List.of()
        : List.of(new Quantity(killed, killed, "killed", Quantity.Qualifier.EXACT, span));
    Claim c = new Claim(id, article, n, ClaimType.CASUALTY, span, text, Attribution.NONE, Interest.NEUTRAL, List.of(),
        numbers, List.of(), List.of(), List.of());
    claims.add(new ScoredClaim(c, new Corroboration(id, id, supporting, origins, origins, contradicting, false, flags),
        new Score(id, 50, "F3", List.of(), List.of())));
  }

  private Map<String, ArticleStanding> standings() {
    return new ArticleStandings(WEIGHTS).of(List.copyOf(origins.keySet()), origins, claims);
  }

  @Test
  void aTollThatMoreOriginsContradictRanksBelowTheReportsThatAgree() {
    for (String a : List.of("bbc", "enough", "unhcr", "reuters", "nyt")) {
      origin(a);
    }
    copy("rnw", "reuters", "reuters");
    claim("bbc", 1, 12, List.of("nyt"), 2, List.of("enough"), List.of("contradicted"));
    claim("nyt", 1, 7, List.of("bbc"), 2, List.of(), List.of("figure-update"));
    claim("enough", 1, 0, List.of("reuters", "rnw", "unhcr"), 3, List.of("bbc"), List.of("contradicted"));
    claim("unhcr", 1, 0, List.of("enough", "reuters"), 3, List.of(), List.of());
    claim("reuters", 1, 0, List.of("enough", "unhcr"), 3, List.of(), List.of());
    claim("rnw", 1, 0, List.of("enough", "unhcr"), 3, List.of(), List.of());

    Map<String, ArticleStanding> s = standings();

    assertEquals(new ArticleStanding("bbc", 25,
        "1 figure contradicted by 3 independent origins (enough, reuters, unhcr) (-25)"), s.get("bbc"));
    assertEquals(new ArticleStanding("enough", 55, "1 figure backed by other independent origins (+5)"),
        s.get("enough"), "disputed by one origin, backed by two others: not contradicted");
    assertEquals(55, s.get("unhcr").standing());
    assertEquals(new ArticleStanding("rnw", 55, "copies reuters: 1 figure backed by other independent origins (+5)"),
        s.get("rnw"), "a copy ranks by its origin");
    assertEquals(new ArticleStanding("nyt", 47, "1 figure superseded by a later or fuller count (-3)"), s.get("nyt"));
    assertTrue(s.get("bbc").standing() < s.get("enough").standing());
  }

  @Test
  void twoLoneFiguresAgainstEachOtherAreADisputeNeitherLoses() {
    origin("one");
    origin("two");
    claim("one", 1, 12, List.of(), 1, List.of("two"), List.of("contradicted"));
    claim("two", 1, 0, List.of(), 1, List.of("one"), List.of("contradicted"));

    Map<String, ArticleStanding> s = standings();

    for (String a : List.of("one", "two")) {
      assertEquals(new ArticleStanding(a, 50, "no figure that other origins back or contradict"), s.get(a));
    }
  }

  @Test
  void aCopyOfACopyNamesBothAndClaimsWithoutFiguresCountNothing() {
    origin("root");
    copy("mid", "root", "root");
    copy("leaf", "mid", "root");
    claim("root", 1, -1, List.of("mid"), 2, List.of("x"), List.of("contradicted"));
    claim("leaf", 1, 5, List.of(), 1, List.of("other"), List.of("contradicted"));

    Map<String, ArticleStanding> s = standings();

    assertEquals(new ArticleStanding("root", 50, "no figure that other origins back or contradict"), s.get("root"));
    assertEquals("copies mid, whose origin is root: no figure that other origins back or contradict",
        s.get("leaf").reasons(), "the copy's own figure does not count: it ranks by its origin");
  }

  @Test
  void theStandingStaysWithinZeroToOneHundred() {
    origin("low");
    origin("high");
    for (int i = 1; i <= 3; i++) {
      origin("o" + i);
    }
    for (int n = 1; n <= 3; n++) {
      claim("low", n, 10 + n, List.of(), 1, List.of("o1", "o2", "o3"), List.of("contradicted"));
      claim("o" + n, 1, 0, List.of("o1", "o2", "o3"), 3, List.of("low"), List.of("contradicted"));
    }
    for (int n = 1; n <= 12; n++) {
      claim("high", n, 100 + n, List.of("o1"), 2, List.of(), List.of());
    }

    Map<String, ArticleStanding> s = standings();

    assertEquals(0, s.get("low").standing(), s.get("low").reasons());
    assertEquals(100, s.get("high").standing());
    assertEquals("12 figures backed by other independent origins (+60)", s.get("high").reasons());
  }

  @Test
  void theShippedSettingsGiveTheWeightsAndABackwardsPairIsNamedAtItsLine() throws IOException, SetupException {
    Settings shipped = Settings.load(Path.of("rules"), "rules");
    assertEquals(new StandingWeights(50, 5, 0, -25), shipped.standing());

    Path dir = Files.createDirectories(tmp.resolve("rules"));
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("rules", Settings.FILE)));
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("standing.figure_contradicted,")) {
        lines.set(i, "standing.figure_contradicted,10,backwards");
        at = i + 1;
      }
    }
    lines.removeIf(l -> l.startsWith("standing.base,"));
    at--;
    Files.write(dir.resolve(Settings.FILE), lines);

    SetupException e = assertThrows(SetupException.class, () -> Settings.load(dir, "rules"));

    assertEquals(List.of("rules/settings.csv:1: missing key 'standing.base'",
        "rules/settings.csv:" + at + ": standing.figure_contradicted must be below standing.figure_backed (5): an"
            + " article whose figures independent origins contradict ranks below one they back"),
        e.diagnostics().stream().map(Object::toString).toList());
  }
}
