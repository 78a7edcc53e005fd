package org.claimscore.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscore.claims.Quantity.Qualifier;
import org.claimscore.text.Span;
import org.claimscore.text.Vocabulary;

/**
 * Reads the figures of a sentence: digits and number words with the thing they count.
 *
 * <p>Design decision: a figure is kept only when it counts a known unit (a table below) or follows
 * a killing verb ("killed 195"), so dates, years, ordinals and durations never become figures.
 * People counted next to a killing verb are reported as {@code killed} (or {@code wounded}): the
 * proposition downstream rules compare is how many died, not what the dead were called.
 */
final class QuantityParser {

  private static final Map<String, Long> WORDS = Words.map(Map.ofEntries(
      Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L),
      Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L),
      Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L),
      Map.entry("thirteen", 13L), Map.entry("fourteen", 14L), Map.entry("fifteen", 15L),
      Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
      Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
      Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
      Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
      Map.entry("hundred", 100L), Map.entry("thousand", 1000L), Map.entry("dozen", 12L)));

  private static final Set<String> VAGUE = Words.set("several", "dozens", "hundreds", "thousands", "numerous");

  private static final Set<String> MONTHS = Words.set("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private static final Set<String> KILL = Words.set("killed", "kill", "killing", "destroyed", "destroy",
      "destroying", "dead", "died", "eliminated", "liquidated", "neutralised", "neutralized");
  private static final Set<String> WOUND = Words.set("wounded", "injured", "injuring", "wounding");

  private static final Set<String> PEOPLE = Words.set("soldier", "fighter", "attacker", "militant", "civilian",
      "child", "person", "troop", "serviceman");

  private static final Set<String> COUNTED = Words.set("soldier", "fighter", "attacker", "militant", "civilian",
      "child", "person", "killed", "wounded", "tank", "armoured_vehicle", "vehicle", "drone", "aircraft",
      "helicopter", "missile", "warship", "oil_facility", "refinery", "oil_depot");

  private static final Set<String> ABOUT =
      Words.set("about", "nearly", "around", "approximately", "almost", "roughly", "some");

  private static final Set<String> STOP = Words.set("and", "or", "in", "on", "at", "from", "to", "by", "with",
      "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute", "minutes",
      "time", "times", "percent");

  private static final PhraseMatcher<String> UNITS = units();

  private static PhraseMatcher<String> units() {
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    String[][] table = {
        {"killed", "killed"}, {"dead", "killed"}, {"deaths", "killed"}, {"wounded", "wounded"},
        {"injured", "wounded"},
        {"soldier", "soldier"}, {"soldiers", "soldier"}, {"troops", "soldier"}, {"servicemen", "soldier"},
        {"fighter", "fighter"}, {"fighters", "fighter"}, {"attacker", "attacker"}, {"attackers", "attacker"},
        {"militant", "militant"}, {"militants", "militant"}, {"civilian", "civilian"},
        {"civilians", "civilian"}, {"child", "child"}, {"children", "child"}, {"people", "person"}, {"rescuer", "person"}, {"rescuers", "person"}, {"specialists", "person"},
        {"residents", "person"}, {"survivors", "person"},
        {"person", "person"}, {"persons", "person"},
        {"tank", "tank"}, {"tanks", "tank"},
        {"armoured vehicle", "armoured_vehicle"}, {"armoured vehicles", "armoured_vehicle"},
        {"armored vehicle", "armoured_vehicle"}, {"armored vehicles", "armoured_vehicle"},
        {"armoured infantry vehicle", "armoured_vehicle"}, {"armoured infantry vehicles", "armoured_vehicle"},
        {"armored infantry vehicle", "armoured_vehicle"}, {"armored infantry vehicles", "armoured_vehicle"},
        {"armoured fighting vehicle", "armoured_vehicle"}, {"armoured fighting vehicles", "armoured_vehicle"},
        {"armored fighting vehicle", "armoured_vehicle"}, {"armored fighting vehicles", "armoured_vehicle"},
        {"armoured personnel carrier", "armoured_vehicle"}, {"armoured personnel carriers", "armoured_vehicle"},
        {"armored personnel carrier", "armoured_vehicle"}, {"armored personnel carriers", "armoured_vehicle"},
        {"vehicle", "vehicle"}, {"vehicles", "vehicle"},
        {"drone", "drone"}, {"drones", "drone"}, {"aircraft", "aircraft"}, {"plane", "aircraft"},
        {"planes", "aircraft"}, {"jet", "aircraft"}, {"jets", "aircraft"}, {"helicopter", "helicopter"},
        {"helicopters", "helicopter"}, {"missile", "missile"}, {"missiles", "missile"},
        {"warship", "warship"}, {"warships", "warship"},
        {"km", "km"}, {"kilometre", "km"}, {"kilometres", "km"}, {"kilometer", "km"}, {"kilometers", "km"},
        {"mile", "mile"}, {"miles", "mile"},
        {"oil facility", "oil_facility"}, {"oil facilities", "oil_facility"}, {"refinery", "refinery"},
        {"refineries", "refinery"}, {"oil refinery", "refinery"}, {"oil refineries", "refinery"},
        {"oil depot", "oil_depot"}, {"oil depots", "oil_depot"},
        {"village", "village"}, {"villages", "village"}, {"town", "town"}, {"towns", "town"},
        {"settlement", "settlement"}, {"settlements", "settlement"},
        {"group", "group"}, {"groups", "group"}, {"unit", "unit"}, {"units", "unit"},
        {"incursion", "incursion"}, {"incursions", "incursion"}, {"attack", "attack"}, {"attacks", "attack"},
        {"raid", "raid"}, {"raids", "raid"}, {"assault", "assault"}, {"assaults", "assault"},
        {"strike", "strike"}, {"strikes", "strike"}, {"prisoner", "prisoner"}, {"prisoners", "prisoner"},
    };
    for (String[] row : table) {
      b.add(row[0], row[1]);
    }
    return b.build();
  }

  /** Words the parser compares tokens with one by one, besides its lists. */
  private static final Set<String> COMPARED = Words.set("a", "of", "the", "them", "than", "more", "over", "less",
      "fewer", "least", "at", "up", "to", "under", "toll", "death", "or", "one", "may");

  private QuantityParser() {}

  /** Every word the parser looks up, for the extractor's {@link Vocabulary}. */
  static Set<String> words() {
    Set<String> out = new HashSet<>(COMPARED);
    out.addAll(WORDS.keySet());
    for (Set<String> list : List.of(VAGUE, MONTHS, KILL, WOUND, PEOPLE, ABOUT, STOP)) {
      out.addAll(list);
    }
    out.addAll(UNITS.words());
    return out;
  }

  /**
   * Figures in text order; {@code offset} is where the sentence starts in the article. The tokens
   * must be cut with a vocabulary holding {@link #words()}.
   */
  static List<Quantity> parse(Tokens t, int offset) {
    List<Quantity> out = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      int next = i + 1;
      String w = t.norm[i];
      boolean vague = t.isWord(i) && t.known(i) && VAGUE.contains(w);
      long value = vague ? 0 : valueAt(t, i);
      if (vague || value >= 0) {
        int numEnd = i + 1;
        long upper = value;
        Qualifier q = vague ? Qualifier.VAGUE : Qualifier.EXACT;
        if (!vague && t.is(i + 1, "-") && i + 2 < t.size && t.kind[i + 2] == Tokens.NUMBER) {
          long hi = valueAt(t, i + 2);
          if (hi > value) {
            upper = hi;
            q = Qualifier.RANGE;
            numEnd = i + 3;
          }
        }
        if (!vague && t.is(i + 1, "-") && numEnd == i + 1 && isWordNumber(t, i) && isWordNumber(t, i + 2)) {
          value += valueAt(t, i + 2);
          upper = value;
          numEnd = i + 3;
        }
        int qStart = i;
        if (!vague && q == Qualifier.EXACT) {
          int[] found = qualifierBefore(t, i);
          if (found != null) {
            q = Qualifier.values()[found[1]];
            qStart = found[0];
          }
        }
        if (!isDate(t, i, numEnd)) {
          Quantity made = withUnit(t, offset, qStart, i, numEnd, value, upper, q);
          if (made == null && !out.isEmpty() && t.is(numEnd, "of") && t.is(numEnd + 1, "them") && q == Qualifier.EXACT) {
            made = new Quantity(value, upper, out.get(out.size() - 1).unit(), q,
                new Span(offset + t.start[qStart], offset + t.end[numEnd + 1]));
          }
          if (made != null) {
            out.add(made);
            next = Math.max(next, numEnd);
          }
        }
      }
      i = next;
    }
    return out;
  }

  private static boolean isWordNumber(Tokens t, int i) {
    return t.isWord(i) && t.known(i) && WORDS.containsKey(t.norm[i]);
  }

  /** The value of a number token, or -1. */
  private static long valueAt(Tokens t, int i) {
    if (i >= t.size) {
      return -1;
    }
    if (t.kind[i] == Tokens.NUMBER) {
      String digits = t.norm[i];
      if (digits.indexOf('.') >= 0 && digits.indexOf(',') < 0) {
        return -1;
      }
      String plain = digits.replace(",", "");
      if (plain.length() > 15 || plain.indexOf('.') >= 0) {
        return -1;
      }
      return Long.parseLong(plain);
    }
    if (t.isWord(i) && t.known(i)) {
      Long v = WORDS.get(t.norm[i]);
      if (v == null || t.norm[i].equals("dozen") && !t.is(i - 1, "a")) {
        return -1;
      }
      return v;
    }
    return -1;
  }

  /** {@code [startToken, qualifierOrdinal]} for "more than", "at least", "up to", "about" ... or null. */
  private static int[] qualifierBefore(Tokens t, int i) {
    String p1 = i >= 1 ? t.norm[i - 1] : "";
    String p2 = i >= 2 ? t.norm[i - 2] : "";
    if (p1.equals("than") && (p2.equals("more") || p2.equals("over"))) {
      return new int[] {i - 2, Qualifier.MORE_THAN.ordinal()};
    }
    if (p1.equals("than") && (p2.equals("less") || p2.equals("fewer"))) {
      return new int[] {i - 2, Qualifier.UP_TO.ordinal()};
    }
    if (p1.equals("least") && p2.equals("at")) {
      return new int[] {i - 2, Qualifier.AT_LEAST.ordinal()};
    }
    if (p1.equals("to") && p2.equals("up")) {
      return new int[] {i - 2, Qualifier.UP_TO.ordinal()};
    }
    if (p1.equals("over")) {
      return new int[] {i - 1, Qualifier.MORE_THAN.ordinal()};
    }
    if (p1.equals("under")) {
      return new int[] {i - 1, Qualifier.UP_TO.ordinal()};
    }
    if (ABOUT.contains(p1)) {
      return new int[] {i - 1, Qualifier.ABOUT.ordinal()};
    }
    return null;
  }

  private static boolean isDate(Tokens t, int from, int to) {
    if ((from >= 1 && MONTHS.contains(t.norm[from - 1]) && !t.is(from - 1, "may"))
        || (to < t.size && MONTHS.contains(t.norm[to]) && !t.is(to, "may"))) {
      return true;
    }
    String n = t.norm[from];
    if (t.kind[from] == Tokens.NUMBER && n.length() == 4 && (n.startsWith("19") || n.startsWith("20"))) {
      PhraseMatcher.Match<String> unit = to < t.size ? UNITS.matchAt(t, to) : null;
      return unit == null || !COUNTED.contains(unit.value());
    }
    return false;
  }

  private static Quantity withUnit(
      Tokens t, int offset, int qStart, int num, int numEnd, long value, long upper, Qualifier q) {
    int j = numEnd;
    if (t.is(num, "one") && t.is(numEnd, "of")) {
      return null;
    }
    if (t.is(j, "of") && t.is(j + 1, "the")) {
      j += 2;
    } else if (t.is(j, "of")) {
      j += 1;
    }
    String unit = null;
    int unitEnd = numEnd;
    int words = 0;
    for (int k = j; k < t.size && words < 4; k++) {
      if (t.kind[k] == Tokens.MARK) {
        if (t.norm[k].equals("-") || t.norm[k].equals("\"") || t.norm[k].equals("'")) {
          continue;
        }
        break;
      }
      if (!gluedToHyphen(t, k)) {
        words++;
      }
      if (t.kind[k] == Tokens.NUMBER || WORDS.containsKey(t.norm[k])) {
        break;
      }
      PhraseMatcher.Match<String> m = UNITS.matchAt(t, k);
      if (m != null) {
        PhraseMatcher.Match<String> head = m.to() < t.size ? UNITS.matchAt(t, m.to()) : null;
        if (head != null) {
          m = head;
        }
        unit = m.value();
        unitEnd = m.to();
        break;
      }
      if (STOP.contains(t.norm[k])) {
        break;
      }
    }
    if (unit == null && killVerbWithin(t, num - 3, num)) {
      unit = "killed";
    } else if (unit == null && woundVerbWithin(t, num - 3, num)) {
      unit = "wounded";
    } else if (unit == null && deathToll(t, qStart)) {
      unit = "killed";
    }
    if (unit == null || t.is(num, "one") && !COUNTED.contains(unit)) {
      return null;
    }
    if (PEOPLE.contains(unit) && !alternativeOutcome(t, unitEnd, unitEnd + 3)) {
      if (qStart >= 1 && KILL.contains(t.norm[qStart - 1])) {
        unit = "killed";
      } else if (qStart >= 1 && WOUND.contains(t.norm[qStart - 1])) {
        unit = "wounded";
      } else if (killVerbWithin(t, unitEnd, unitEnd + 3)) {
        unit = "killed";
      } else if (woundVerbWithin(t, unitEnd, unitEnd + 3)) {
        unit = "wounded";
      } else if (killVerbWithin(t, qStart - 3, qStart)) {
        unit = "killed";
      } else if (woundVerbWithin(t, qStart - 3, qStart)) {
        unit = "wounded";
      }
    }
    if (q == Qualifier.UP_TO) {
      value = 0;
    }
    int spanEnd = t.end[Math.max(numEnd, unitEnd) - 1];
    Span span = new Span(offset + t.start[qStart], offset + spanEnd);
    return new Quantity(value, upper, unit, q, span);
  }

  /** "the death toll ... rose to 2,122": a bare number after "toll" in the same clause counts the dead. */
  private static boolean deathToll(Tokens t, int qStart) {
    for (int k = qStart - 1; k >= 0 && k >= qStart - 15; k--) {
      if (t.is(k, ",") || t.is(k, ";")) {
        return false;
      }
      if (t.is(k, "toll") && (t.is(k - 1, "death") || t.is(k - 1, "the"))) {
        return true;
      }
    }
    return false;
  }

  /** "pro-Ukraine": the part after a hyphen inside a compound is not a word of its own. */
  private static boolean gluedToHyphen(Tokens t, int k) {
    return k >= 2 && t.is(k - 1, "-") && t.start[k] == t.end[k - 1] && t.end[k - 2] == t.start[k - 1];
  }

  /**
   * "more than 70 of the attackers were killed or pushed back": a killing or wounding verb offered
   * with an alternative does not say how many died, so the people stay counted as what they are.
   */
  private static boolean alternativeOutcome(Tokens t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(t.size, to); k++) {
      if ((KILL.contains(t.norm[k]) || WOUND.contains(t.norm[k])) && t.is(k + 1, "or")) {
        return true;
      }
    }
    return false;
  }

  private static boolean killVerbWithin(Tokens t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(t.size, to); k++) {
      if (KILL.contains(t.norm[k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean woundVerbWithin(Tokens t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(t.size, to); k++) {
      if (WOUND.contains(t.norm[k])) {
        return true;
      }
    }
    return false;
  }
}
