package org.claimscore.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscore.claims.Quantity.Qualifier;
import org.claimscore.language.Language;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Span;
import org.claimscore.text.Tokens;
import org.claimscore.text.Vocabulary;

/**
 * Reads the figures of a sentence: digits and number words with the thing they count, from the
 * word lists of {@code rules/language/en/}.
 *
 * <p>Design decision: a figure is kept only when it counts a known unit ({@code units.csv}) or
 * follows a word of what happened to people ({@code outcomes.csv}: "killed 195"), so dates, years,
 * ordinals and durations never become figures. A number that a word before or after marks as a
 * label, rank, age, time, share or address ({@code not-count-before.txt},
 * {@code not-count-after.txt}) is no figure either, nor is a number set off by commas after a name
 * ("Johnson, 66,"). People counted next to an outcome word are reported as that outcome
 * ({@code killed}, {@code wounded}, {@code arrested}, {@code evacuated} ...): the proposition
 * downstream rules compare is how many died, not what the dead were called. "No one was hurt" and
 * "no deaths" are figures of 0.
 */
final class QuantityParser {

  /** Words compared one by one, besides the lists: grammar, not vocabulary. */
  private static final Set<String> COMPARED = Words.set("a", "an", "of", "the", "them", "or", "one", "may",
      "toll", "death", "us", "$", "€", "£", ",", ";", ".", "-");

  private final Map<String, Long> numbers;
  private final Map<String, Long> multipliers;
  private final Set<String> vague;
  private final Set<String> months;
  private final Map<String, String> outcomes;
  private final Set<String> people;
  private final Set<String> counted;
  private final Set<String> stops;
  private final Set<String> zeroDeterminers;
  private final Set<String> anaphoric;
  private final List<String[]> notBefore;
  private final List<String[]> notAfter;
  private final List<String[]> addressWords;
  private final List<String[]> zeroSubjects;
  private final Set<String> beWords;
  private final List<Qualifying> qualifiers;
  private final PhraseMatcher<String> units;

  /** A phrase before a number and the precision it gives. */
  private record Qualifying(String[] words, Qualifier qualifier) {}

  /** {@link Marks} bit: the word begins a phrase of {@code zero-subjects.txt} or is a zero determiner. */
  private static final byte ZERO_START = 1;
  /** {@link Marks} bit: a vague number word. */
  private static final byte VAGUE = 1 << 1;
  /** {@link Marks} bit: a multiplier. */
  private static final byte MULTIPLIER = 1 << 2;
  /** {@link Marks} bit: a month's name ({@code months.csv}). */
  private static final byte MONTH = 1 << 3;

  /**
   * What each word of a vocabulary is to the parser, by the word's id: bits, and the value of a
   * number word or multiplier (null for other words), that spare a look-up per token.
   */
  private record Marks(Vocabulary vocabulary, byte[] byId, Long[] values) {}

  /** The marks of the vocabulary the last tokens were cut with. */
  private volatile Marks marks;

  QuantityParser(Language language) {
    this.numbers = longs(language.table("numbers.csv"));
    this.multipliers = longs(language.table("multipliers.csv"));
    this.vague = Words.set(language.list("vague.txt").toArray(String[]::new));
    this.months = Words.set(language.table("months.csv").keySet().toArray(String[]::new));
    this.outcomes = Words.map(language.table("outcomes.csv"));
    this.people = Words.set(language.list("people.txt").toArray(String[]::new));
    this.beWords = Words.set(language.list("be-words.txt").toArray(String[]::new));
    this.counted = Words.set(language.list("counted.txt").toArray(String[]::new));
    this.stops = Words.set(language.list("unit-stops.txt").toArray(String[]::new));
    this.zeroDeterminers = Words.set(language.list("zero-determiners.txt").toArray(String[]::new));
    this.anaphoric = Words.set(language.list("anaphoric-units.txt").toArray(String[]::new));
    this.notBefore = phrases(language.list("not-count-before.txt"));
    this.notAfter = phrases(language.list("not-count-after.txt"));
    this.addressWords = phrases(language.list("address-words.txt"));
    this.zeroSubjects = phrases(language.list("zero-subjects.txt"));
    List<Qualifying> q = new ArrayList<>();
    language.table("qualifiers.csv").forEach((phrase, label) ->
        q.add(new Qualifying(Tokens.normsOf(phrase), Qualifier.valueOf(label.toUpperCase(Locale.ROOT)))));
    q.sort((x, y) -> y.words().length - x.words().length);
    this.qualifiers = List.copyOf(q);
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder();
    language.table("units.csv").forEach(b::add);
    this.units = b.build();
  }

  private static Map<String, Long> longs(Map<String, String> table) {
    Map<String, Long> out = new HashMap<>();
    table.forEach((k, v) -> out.put(k, Long.parseLong(v)));
    return Words.map(out);
  }

  private static List<String[]> phrases(List<String> list) {
    List<String[]> out = new ArrayList<>();
    for (String p : list) {
      String[] words = Tokens.normsOf(p);
      if (words.length > 0) {
        out.add(words);
      }
    }
    return List.copyOf(out);
  }

  /** Every word the parser looks up, for the extractor's {@link Vocabulary}. */
  Set<String> words() {
    Set<String> out = new HashSet<>(COMPARED);
    out.addAll(numbers.keySet());
    out.addAll(multipliers.keySet());
    for (Set<String> list : List.of(vague, months, people, stops, zeroDeterminers, anaphoric)) {
      out.addAll(list);
    }
    out.addAll(outcomes.keySet());
    for (List<String[]> list : List.of(notBefore, notAfter, addressWords, zeroSubjects)) {
      list.forEach(words -> out.addAll(List.of(words)));
    }
    qualifiers.forEach(q -> out.addAll(List.of(q.words())));
    out.addAll(units.words());
    return out;
  }

  /**
   * Figures in text order; {@code offset} is where the sentence starts in the article. The tokens
   * must be cut with a vocabulary holding {@link #words()}.
   */
  List<Quantity> parse(Tokens t, int offset) {
    List<Quantity> out = new ArrayList<>();
    byte[] marked = marksOf(t.vocabulary).byId();
    int i = 0;
    while (i < t.size) {
      int next = i + 1;
      byte here = t.id[i] >= 0 ? marked[t.id[i]] : 0;
      int zeroEnd = (here & ZERO_START) != 0 ? zeroAt(t, i) : i;
      if (zeroEnd > i) {
        Quantity zero = zero(t, offset, i, zeroEnd);
        if (zero != null) {
          out.add(zero);
          i = Math.max(zeroEnd, next);
          continue;
        }
      }
      String w = t.norm[i];
      boolean isVague = t.isWord(i) && (here & VAGUE) != 0;
      long value = isVague ? 0 : valueAt(t, i);
      int numEnd = i + 1;
      if (!isVague && i + 1 < t.size && t.known(i + 1) && (marked[t.id[i + 1]] & MULTIPLIER) != 0
          && (here & MULTIPLIER) == 0) {
        long scaled = scaled(t, i, multipliers.get(t.norm[i + 1]));
        if (scaled >= 0) {
          value = scaled;
          numEnd = i + 2;
        }
      }
      if (isVague || value >= 0) {
        long upper = value;
        Qualifier q = isVague ? Qualifier.VAGUE : Qualifier.EXACT;
        if (!isVague && t.is(numEnd, "-") && numEnd + 1 < t.size && t.kind[numEnd + 1] == Tokens.NUMBER) {
          long hi = valueAt(t, numEnd + 1);
          if (hi > value) {
            upper = hi;
            q = Qualifier.RANGE;
            numEnd += 2;
          }
        }
        if (!isVague && t.is(i + 1, "-") && numEnd == i + 1 && isWordNumber(t, i) && isWordNumber(t, i + 2)) {
          value += valueAt(t, i + 2);
          upper = value;
          numEnd = i + 3;
        }
        int qStart = i;
        if (!isVague && q == Qualifier.EXACT) {
          for (Qualifying qual : qualifiers) {
            if (endsBefore(t, i, qual.words())) {
              q = qual.qualifier();
              qStart = i - qual.words().length;
              break;
            }
          }
        }
        if (!isDate(t, i, numEnd) && !isLabel(t, qStart, i, numEnd)) {
          Quantity made = withUnit(t, offset, qStart, i, numEnd, value, upper, q);
          if (made == null && !out.isEmpty() && numEnd < t.size && t.known(numEnd)
              && anaphoric.contains(t.norm[numEnd])) {
            made = another(t, offset, qStart, i, numEnd, value, upper, q, out.get(out.size() - 1));
          }
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

  /**
   * The marks and values of each word of {@code vocabulary}, by id; a word outside the vocabulary is in none
   * of the parser's lists, as {@link #parse} requires.
   */
  private Marks marksOf(Vocabulary vocabulary) {
    Marks m = marks;
    if (m == null || m.vocabulary() != vocabulary) {
      Set<String> zeroStarts = new HashSet<>(zeroDeterminers);
      zeroSubjects.forEach(words -> zeroStarts.add(words[0]));
      byte[] byId = new byte[vocabulary.size()];
      Long[] values = new Long[vocabulary.size()];
      for (int id = 0; id < byId.length; id++) {
        String w = vocabulary.word(id);
        byId[id] = (byte) ((zeroStarts.contains(w) ? ZERO_START : 0) | (vague.contains(w) ? VAGUE : 0)
            | (multipliers.containsKey(w) ? MULTIPLIER : 0) | (months.contains(w) ? MONTH : 0));
        Long v = numbers.get(w);
        values[id] = v != null ? v : multipliers.get(w);
      }
      m = new Marks(vocabulary, byId, values);
      marks = m;
    }
    return m;
  }

  private boolean isWordNumber(Tokens t, int i) {
    return t.isWord(i) && t.known(i) && numbers.containsKey(t.norm[i]);
  }

  /** The value of a number token, or -1. */
  private long valueAt(Tokens t, int i) {
    if (i >= t.size) {
      return -1;
    }
    if (t.kind[i] == Tokens.NUMBER) {
      String digits = t.norm[i];
      long value = 0;
      int count = 0;
      for (int k = 0; k < digits.length(); k++) {
        char c = digits.charAt(k);
        if (c == '.' || c != ',' && ++count > 15) {
          return -1;
        }
        if (c != ',') {
          value = value * 10 + (c - '0');
        }
      }
      return value;
    }
    if (t.isWord(i) && t.known(i)) {
      Long v = marksOf(t.vocabulary).values()[t.id[i]];
      if (v == null || t.norm[i].equals("dozen") && !t.is(i - 1, "a")) {
        return -1;
      }
      return v;
    }
    return -1;
  }

  /** "two hundred", "1.5 million": the number at {@code i} times {@code multiplier}, or -1. */
  private long scaled(Tokens t, int i, long multiplier) {
    if (t.kind[i] == Tokens.NUMBER && t.norm[i].indexOf('.') >= 0 && t.norm[i].indexOf(',') < 0
        && t.norm[i].length() <= 12) {
      try {
        return Math.round(Double.parseDouble(t.norm[i]) * multiplier);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    long v = valueAt(t, i);
    return v < 0 || v > Long.MAX_VALUE / multiplier ? -1 : v * multiplier;
  }

  /** Whether the tokens right before {@code i} are {@code words}. */
  private static boolean endsBefore(Tokens t, int i, String[] words) {
    int from = i - words.length;
    if (from < 0) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!t.norm[from + k].equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the tokens from {@code i} are {@code words}. */
  private static boolean startsAt(Tokens t, int i, String[] words) {
    if (i + words.length > t.size) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!t.norm[i + k].equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  private boolean isDate(Tokens t, int from, int to) {
    if ((from >= 1 && isMonth(t, from - 1) && !t.is(from - 1, "may"))
        || (to < t.size && isMonth(t, to) && !t.is(to, "may"))) {
      return true;
    }
    String n = t.norm[from];
    if (t.kind[from] == Tokens.NUMBER && n.length() == 4 && (n.startsWith("19") || n.startsWith("20"))) {
      PhraseMatcher.Match<String> unit = to < t.size ? units.matchAt(t, to) : null;
      return unit == null || !counted.contains(unit.value());
    }
    return false;
  }

  /** Whether token {@code i} names a month; the tokens must be cut with a vocabulary holding {@link #words()}. */
  private boolean isMonth(Tokens t, int i) {
    return t.known(i) && (marksOf(t.vocabulary).byId()[t.id[i]] & MONTH) != 0;
  }

  /**
   * A label, rank, age, time, share or address: "aged 66", "No. 10", "a 9-year-old", "7 p.m.", "10:00",
   * "40 percent", and a number set off by commas after a name ("LuAnn Johnson, 66, of Burnsville").
   */
  private boolean isLabel(Tokens t, int qStart, int num, int numEnd) {
    for (String[] words : notBefore) {
      if (endsBefore(t, qStart, words)) {
        return true;
      }
    }
    for (String[] words : notAfter) {
      if (startsAt(t, numEnd, words)) {
        return true;
      }
    }
    for (int k = numEnd; k < t.size && k < numEnd + 6 && (t.capitalised(k) || t.is(k, ".")); k++) {
      for (String[] words : addressWords) {
        if (k > numEnd && startsAt(t, k, words)) {
          return true;
        }
      }
    }
    if (t.is(numEnd, ":") && numEnd + 1 < t.size && t.kind[numEnd + 1] == Tokens.NUMBER) {
      return true;
    }
    return qStart == num && t.is(num - 1, ",") && t.capitalised(num - 2)
        && (t.is(numEnd, ",") || numEnd == t.size || t.is(numEnd, "."));
  }

  /** The end of a phrase that says "nobody" starting at {@code i}, or {@code i}. */
  private int zeroAt(Tokens t, int i) {
    if (!t.isWord(i) || !t.known(i)) {
      return i;
    }
    for (String[] words : zeroSubjects) {
      if (startsAt(t, i, words)) {
        return i + words.length;
      }
    }
    if (zeroDeterminers.contains(t.norm[i])) {
      PhraseMatcher.Match<String> unit = i + 1 < t.size ? units.matchAt(t, i + 1) : null;
      if (unit != null && counted.contains(unit.value())) {
        return i + 1;
      }
    }
    return i;
  }

  /** "No one was hurt" is 0 wounded, "no deaths" 0 killed; null when no unit or outcome follows. */
  private Quantity zero(Tokens t, int offset, int from, int to) {
    Quantity q = withUnit(t, offset, from, from, to, 0, 0, Qualifier.EXACT);
    if (q != null) {
      return q;
    }
    for (int k = to; k < t.size && k < to + 5; k++) {
      if (t.kind[k] == Tokens.MARK && !t.is(k, "-")) {
        break;
      }
      String outcome = t.known(k) ? outcomes.get(t.norm[k]) : null;
      if (outcome != null) {
        return new Quantity(0, 0, outcome, Qualifier.EXACT,
            new Span(offset + t.start[from], offset + t.end[to - 1]));
      }
    }
    return null;
  }

  private Quantity withUnit(
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
    int wordCount = 0;
    for (int k = j; k < t.size && wordCount < 4; k++) {
      if (t.kind[k] == Tokens.MARK) {
        if (t.norm[k].equals("-") || t.norm[k].equals("\"") || t.norm[k].equals("'")) {
          continue;
        }
        break;
      }
      if (!gluedToHyphen(t, k)) {
        wordCount++;
      }
      if (t.kind[k] == Tokens.NUMBER || numbers.containsKey(t.norm[k])) {
        break;
      }
      PhraseMatcher.Match<String> m = units.matchAt(t, k);
      if (m != null) {
        PhraseMatcher.Match<String> head = m.to() < t.size ? units.matchAt(t, m.to()) : null;
        if (head != null) {
          m = head;
        }
        unit = m.value();
        unitEnd = m.to();
        break;
      }
      if (stops.contains(t.norm[k])) {
        break;
      }
    }
    if (unit == null) {
      unit = currencyBefore(t, qStart);
    }
    if (unit == null) {
      String before = outcomeBefore(t, num - 3, num);
      if (before != null) {
        unit = before;
      } else if (deathToll(t, qStart)) {
        unit = "killed";
      }
    }
    if (unit == null || t.is(num, "one") && !counted.contains(unit)) {
      return null;
    }
    if (people.contains(unit) && !alternativeOutcome(t, unitEnd, unitEnd + 3)) {
      String outcome = outcomeOf(t, qStart, unitEnd);
      if (outcome != null) {
        unit = outcome;
      }
    }
    if (q == Qualifier.UP_TO) {
      value = 0;
    }
    int spanEnd = t.end[Math.max(numEnd, unitEnd) - 1];
    Span span = new Span(offset + t.start[qStart], offset + spanEnd);
    return new Quantity(value, upper, unit, q, span);
  }

  /**
   * "killed five soldiers and wounded three others": more of what the figure before counted, with
   * the outcome a nearby word gives them.
   */
  private Quantity another(Tokens t, int offset, int qStart, int num, int numEnd, long value, long upper,
      Qualifier q, Quantity before) {
    boolean ofPeople = people.contains(before.unit()) || outcomes.containsValue(before.unit());
    String unit = before.unit();
    if (ofPeople) {
      String outcome = outcomeOf(t, qStart, numEnd + 1);
      unit = outcome != null ? outcome : "person";
    }
    if (q == Qualifier.UP_TO) {
      value = 0;
    }
    return new Quantity(value, upper, unit, q, new Span(offset + t.start[qStart], offset + t.end[numEnd]));
  }

  /** "$2 million", "US$ 5": the currency written before a figure, or null. */
  private static String currencyBefore(Tokens t, int qStart) {
    if (t.is(qStart - 1, "$")) {
      return "usd";
    }
    if (t.is(qStart - 1, "€")) {
      return "eur";
    }
    if (t.is(qStart - 1, "£")) {
      return "gbp";
    }
    return null;
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
   * "more than 70 of the attackers were killed or pushed back": an outcome offered with an
   * alternative does not say how many it happened to, so the people stay counted as what they are.
   */
  private boolean alternativeOutcome(Tokens t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(t.size, to); k++) {
      if (t.known(k) && outcomes.containsKey(t.norm[k]) && t.is(k + 1, "or")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What happened to the people a figure from {@code qStart} counts, its unit ending at {@code
   * unitEnd}: the word right before the figure ("killed 40 civilians"), else the first within three
   * after the unit ("40 people were evacuated"), else the first of a passive clause within {@link
   * #PASSIVE_REACH} after the unit ("five people had so far been confirmed dead", "two people from
   * Zinbi village were hurt"), else the nearest within three before.
   */
  private String outcomeOf(Tokens t, int qStart, int unitEnd) {
    String outcome = qStart >= 1 && t.known(qStart - 1) ? outcomes.get(t.norm[qStart - 1]) : null;
    if (outcome == null) {
      outcome = outcomeAfter(t, unitEnd, unitEnd + 3);
    }
    if (outcome == null) {
      outcome = passiveOutcome(t, unitEnd);
    }
    if (outcome == null) {
      outcome = outcomeBefore(t, qStart - 3, qStart);
    }
    return outcome;
  }

  /** How many tokens after a unit a passive clause may reach its word of outcome. */
  static final int PASSIVE_REACH = 7;

  /**
   * The word of outcome of a passive clause right after a unit: within {@link #PASSIVE_REACH}
   * tokens, after a form of "be" of {@code be-words.txt}, with no comma, semicolon or other number
   * between; null when there is none ("5 people attended a memorial for the dead" has no "be").
   */
  private String passiveOutcome(Tokens t, int from) {
    boolean be = false;
    for (int k = Math.max(0, from); k < Math.min(t.size, from + PASSIVE_REACH); k++) {
      if (t.is(k, ",") || t.is(k, ";") || t.kind[k] == Tokens.NUMBER) {
        return null;
      }
      String o = t.known(k) ? outcomes.get(t.norm[k]) : null;
      if (o != null) {
        return be ? o : null;
      }
      be |= t.known(k) && beWords.contains(t.norm[k]);
    }
    return null;
  }

  /** The first outcome word in {@code [from, to)}, or null. */
  private String outcomeAfter(Tokens t, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(t.size, to); k++) {
      String o = t.known(k) ? outcomes.get(t.norm[k]) : null;
      if (o != null) {
        return o;
      }
    }
    return null;
  }

  /** The outcome word nearest before {@code to}, from {@code from}, or null. */
  private String outcomeBefore(Tokens t, int from, int to) {
    for (int k = Math.min(t.size, to) - 1; k >= Math.max(0, from); k--) {
      String o = t.known(k) ? outcomes.get(t.norm[k]) : null;
      if (o != null) {
        return o;
      }
    }
    return null;
  }
}
