package org.claimscore.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimscore.claims.Attribution;
import org.claimscore.claims.Claim;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.Interest;
import org.claimscore.claims.Quantity;
import org.claimscore.claims.SpeakerKind;
import org.claimscore.claims.VerbStrength;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mapping claim, evidence and origin records into the flat facts the rules read. */
class ClaimFactsBuilderTest {

  private static final String TEXT = "The ministry said 234 Ukrainian fighters were killed.";
  private static final Attribution MINISTRY = new Attribution("Russian defence ministry", new Span(0, 12),
      SpeakerKind.GOVERNMENT, "", sided(SpeakerKind.GOVERNMENT, "russia"), "said", VerbStrength.NEUTRAL, "statement", false, "");

  private static ClaimFactsBuilder builder;

  @BeforeAll
  static void load() throws Exception {
    SourceRegistry sources = new SourceRegistry(Lexicon.empty(), Settings.load(Path.of("rules"), "rules"));
    builder = ClaimFactsBuilder.of(sources, Language.load(Path.of("rules"), "rules"));
  }

  private static Claim claim(ClaimType type, List<Quantity> numbers, List<String> qualifiers) {
    return new Claim("003#4", "003", 7, type, new Span(100, 100 + TEXT.length()), TEXT, MINISTRY,
        Interest.SELF_SERVING, List.of(), numbers, List.of(), List.of("Russian defence ministry"), qualifiers);
  }

  private static Quantity q(long value, String unit, Quantity.Qualifier qualifier) {
    return new Quantity(value, value, unit, qualifier, new Span(118, 121));
  }

  @Test
  void mapsEveryLayer() {
    Corroboration ev = new Corroboration("003#4", "000#2", List.of("000", "002", "004"), 3, 1, List.of("002"),
        false, List.of("inconsistent-figures"));
    ArticleOrigin origin = new ArticleOrigin("003", "003", "", 0, List.of("editorialising"));
    ClaimFacts f = builder.facts(claim(ClaimType.CASUALTY, List.of(q(234, "fighter", Quantity.Qualifier.EXACT)), List.of("notoriously unreliable")),
        ev, origin);
    assertEquals("casualty", f.type());
    assertTrue(f.factual());
    assertEquals("government", f.speakerKind());
    assertTrue(f.partyToConflict());
    assertEquals("russia", f.side());
    assertEquals("self_serving", f.interest());
    assertEquals("neutral", f.verbStrength());
    assertEquals("statement", f.channel());
    assertEquals(1, f.figures());
    assertTrue(f.casualtyFigure());
    assertEquals(3, f.supportingArticles());
    assertEquals(3, f.independentOrigins());
    assertEquals(1, f.independentSources());
    assertEquals(1, f.contradictingArticles());
    assertEquals(List.of("inconsistent-figures"), f.evidenceFlags());
    assertTrue(f.qualified());
    assertEquals(List.of("editorialising"), f.articleCues());
    assertFalse(f.articleDerived());
    assertEquals("D", f.sourceLetter());
  }

  @Test
  void casualtyFigureNeedsADefiniteFigureOfPeople() {
    ClaimFacts tanks = builder.facts(claim(ClaimType.MATERIEL_LOSS, List.of(q(5, "tank", Quantity.Qualifier.EXACT)), List.of()), null, null);
    assertFalse(tanks.casualtyFigure());
    assertEquals(1, tanks.figures());
    ClaimFacts vague = builder.facts(claim(ClaimType.EVENT, List.of(q(0, "soldier", Quantity.Qualifier.VAGUE)), List.of()), null, null);
    assertFalse(vague.casualtyFigure());
    assertEquals(0, vague.figures());
    ClaimFacts moreThan = builder.facts(claim(ClaimType.EVENT, List.of(q(70, "attacker", Quantity.Qualifier.MORE_THAN)), List.of()), null, null);
    assertTrue(moreThan.casualtyFigure());
    ClaimFacts casualtyType = builder.facts(claim(ClaimType.CASUALTY, List.of(q(12, "person", Quantity.Qualifier.ABOUT)), List.of()), null, null);
    assertTrue(casualtyType.casualtyFigure());
  }

  @Test
  void missingEvidenceAndOriginCountAsAnOriginalUncorroboratedClaim() {
    ClaimFacts f = builder.facts(claim(ClaimType.OPINION, List.of(), List.of()), null, null);
    assertFalse(f.factual());
    assertEquals(1, f.independentOrigins());
    assertEquals(0, f.supportingArticles());
    assertEquals(List.of(), f.articleCues());
    assertFalse(f.articleDerived());
    assertFalse(f.qualified());
  }

  @Test
  void derivedArticleIsMarked() {
    ArticleOrigin copy = new ArticleOrigin("001", "002", "002", 0.8, List.of("machine-summary-disclaimer"));
    ClaimFacts f = builder.facts(claim(ClaimType.EVENT, List.of(), List.of()), null, copy);
    assertTrue(f.articleDerived());
    assertEquals(List.of("machine-summary-disclaimer"), f.articleCues());
  }

  /** A speaker of {@code kind} standing on {@code side} of a test conflict, or on none for "". */
  static org.claimscore.claims.Identity sided(SpeakerKind kind, String side) {
    return side.isEmpty() ? org.claimscore.claims.Identity.unknown(kind)
        : new org.claimscore.claims.Identity("", kind.label(), "", new org.claimscore.lexicon.Standing("ucdp.test", side, false));
  }
}
