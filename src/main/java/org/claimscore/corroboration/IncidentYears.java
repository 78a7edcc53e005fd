package org.claimscore.corroboration;

import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscore.claims.Claim;
import org.claimscore.claims.Quantity;

/**
 * Tells claims about an event's own incident from claims about past ones, by the years they name:
 * "the 2004 tsunami killed 230,000" in a story about a 2013 quake is another incident's toll.
 *
 * <h2>Design decision: the event's year is the latest that two articles name</h2>
 *
 * <p>Articles often carry their date in the text and recall earlier incidents of the same kind.
 * The event's year is the latest year named in claims of two or more of its articles (the latest
 * named at all when no two articles share one), so one article's forecast ("by 2030") does not
 * move it. A claim that names years, all of them before the event's year, is about a past incident
 * of those years; any other claim is about the event's own. Claims of different incidents are never
 * compared. A figure written like a year ("2000 people") is a count, not a year.
 */
final class IncidentYears {

  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])(1[89]\\d\\d|20\\d\\d)(?!\\d|[.,]\\d)");
  private static final int[] PRESENT = new int[0];

  private IncidentYears() {}

  /**
   * For each claim, the past years it is about, sorted, or an empty array when it is about the
   * event's own incident.
   */
  static int[][] of(List<Claim> claims) {
    int[][] named = new int[claims.size()][];
    TreeMap<Integer, TreeSet<String>> articlesNaming = new TreeMap<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      named[i] = yearsNamed(c);
      for (int year : named[i]) {
        articlesNaming.computeIfAbsent(year, y -> new TreeSet<>()).add(c.articleId());
      }
    }
    if (articlesNaming.isEmpty()) {
      return presentAll(claims.size());
    }
    int eventYear = articlesNaming.lastKey();
    for (var e : articlesNaming.descendingMap().entrySet()) {
      if (e.getValue().size() >= 2) {
        eventYear = e.getKey();
        break;
      }
    }
    int[][] past = new int[claims.size()][];
    for (int i = 0; i < claims.size(); i++) {
      int[] years = named[i];
      past[i] = years.length > 0 && years[years.length - 1] < eventYear ? years : PRESENT;
    }
    return past;
  }

  /** Whether two claims can be about one incident: both about the event's own, or a past year in common. */
  static boolean sameIncident(int[] a, int[] b) {
    if (a.length == 0 || b.length == 0) {
      return a.length == b.length;
    }
    return IdSets.intersects(a, b);
  }

  private static int[][] presentAll(int n) {
    int[][] all = new int[n][];
    Arrays.fill(all, PRESENT);
    return all;
  }

  private static int[] yearsNamed(Claim c) {
    String text = c.text();
    if (text.indexOf('1') < 0 && text.indexOf('2') < 0) {
      return PRESENT;
    }
    TreeSet<Integer> years = new TreeSet<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      if (!countedAt(c, year, c.span().start() + m.start())) {
        years.add(year);
      }
    }
    return years.stream().mapToInt(Integer::intValue).toArray();
  }

  /** True when the claim reads the number {@code value} written at {@code at} as a count of something. */
  private static boolean countedAt(Claim c, long value, int at) {
    for (Quantity q : c.numbers()) {
      if (q.value() == value && !q.unit().isEmpty() && at >= q.span().start() && at < q.span().end()) {
        return true;
      }
    }
    return false;
  }
}
