package org.claimscore.corroboration;

import static org.claimscore.claims.ClaimType.CASUALTY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimscore.claims.Claim;
import org.claimscore.claims.Quantity;
import org.claimscore.text.Span;
import org.junit.jupiter.api.Test;

class IncidentYearsTest {

  private static Claim claim(String articleId, String text) {
    return TestClaims.article(articleId, text).claim(1, CASUALTY, text).build();
  }

  @Test
  void aYearBeforeTheOneTwoArticlesNameIsAPastIncident() {
    List<Claim> claims = List.of(
        claim("a", "On July 2, 2013, the quake killed 24 people."),
        claim("a2", "In 2004, a tsunami killed 230,000 people; in September 2009 a quake near Padang killed 1,000."),
        claim("b", "July 2, 2013: a quake hit Aceh."),
        claim("c", "By 2030 the province hopes to rebuild."),
        claim("d", "Five people died."));

    int[][] years = IncidentYears.of(claims);

    assertArrayEquals(new int[0], years[0], "the event's own year");
    assertArrayEquals(new int[] {2004, 2009}, years[1]);
    assertArrayEquals(new int[0], years[2]);
    assertArrayEquals(new int[0], years[3], "one article's 2030 does not move the event's year");
    assertArrayEquals(new int[0], years[4], "a claim that names no year is about the event");
    assertTrue(IncidentYears.sameIncident(years[0], years[4]));
    assertFalse(IncidentYears.sameIncident(years[0], years[1]));
    assertTrue(IncidentYears.sameIncident(years[1], new int[] {2004}));
    assertFalse(IncidentYears.sameIncident(new int[] {2004}, new int[] {2009}));
  }

  @Test
  void aCountWrittenLikeAYearOrWithSeparatorsIsNotAYear() {
    String text = "In 2011, 2000 people fled and 2,013 were counted; 1999.5 tonnes.";
    TestClaims article = TestClaims.article("x", text);
    Claim base = article.claim(1, CASUALTY, text).build();
    int at = text.indexOf("2000");
    Quantity fled = new Quantity(2000, 2000, "person", Quantity.Qualifier.EXACT, new Span(at, at + 4));
    Claim counted = new Claim(base.id(), base.articleId(), base.sentenceIndex(), base.type(), base.span(), base.text(),
        base.attribution(), base.interest(), base.hedges(), List.of(fled), base.places(), base.actors(),
        base.qualifiers());
    List<Claim> claims = List.of(counted, claim("y", "In 2013 the camp was bombed."), claim("z", "In 2013, again."));

    int[][] years = IncidentYears.of(claims);

    assertArrayEquals(new int[] {2011}, years[0], "2000 is a count of people; 2,013 and 1999.5 are no years");
  }
}
