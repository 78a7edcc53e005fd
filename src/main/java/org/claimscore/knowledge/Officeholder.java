package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A head of state or government as the Factbook's executive branch names them: {@code President
 * Vladimir Vladimirovich PUTIN (since 7 May 2012)}. The Factbook writes surnames in capitals,
 * which is how the title, the given names and the surname are told apart.
 *
 * <p>Design decision: the name ends with the last word in capitals (and the name words after it:
 * {@code ABIY Ahmed Ali}) and starts where, reading back from there, a word is neither a given
 * name nor part of the name: a title word, an abbreviation ({@code Gen.}), a word of a country's
 * name, or an ordinary word that is not right between a title and the surname ({@code Prime
 * Minister Mark CARNEY} keeps Mark; {@code ... Armed Forces General Abd-al-Fattah al-BURHAN} stops
 * at General). The title is the title words just before the name, from the first common one on.
 *
 * @param title the title words before the name ({@code Prime Minister}); may be empty
 * @param name the full name, capitals in Title Case ({@code Vladimir Vladimirovich Putin})
 * @param shortName the first given name and the surname ({@code Vladimir Putin}), the surname and the
 *     next name for a name that starts with the surname ({@code Abiy Ahmed}), or empty
 * @param surname the surname in Title Case ({@code Putin}); may be the whole name ({@code Min Aung Hlaing})
 * @param represented true when the entry says the office holder is represented by someone else
 *     (a monarch or president of another country, as for a dependency or a Commonwealth realm)
 * @param context the entry's first clause without the name: where another country's name shows
 *     the office holder is that country's ({@code President of [another country]})
 */
record Officeholder(String title, String name, String shortName, String surname, boolean represented,
    String context) {

  private static final Pattern SINCE = Pattern.compile(
      "since (?:(\\d{1,2}) )?(January|February|March|April|May|June|July|August|September|October|November|December)?"
          + " ?(\\d{4})");
  private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  Officeholder {
    if (name.isBlank()) {
      throw new IllegalArgumentException("an office holder needs a name");
    }
  }

  /**
   * What tells a name from its surroundings.
   *
   * @param title true for a title word (President, Prime, Minister, or one the profile's executive branch writes in lower case)
   * @param commonTitle true for a title word many profiles use (President, Minister, King)
   * @param ordinary true for an ordinary word (its lower case is in the sources' prose)
   * @param countryName true for a country's name or a demonym (of one or more words)
   */
  record Words(Predicate<String> title, Predicate<String> commonTitle, Predicate<String> ordinary,
      Predicate<String> countryName) {

    Words {
      java.util.Objects.requireNonNull(title);
      java.util.Objects.requireNonNull(commonTitle);
      java.util.Objects.requireNonNull(ordinary);
      java.util.Objects.requireNonNull(countryName);
    }

    /** True for a capitalised title word. */
    boolean titleWord(String w) {
      return NameShapes.nameWord(w) && title.test(w);
    }

    /** True when the words ending at {@code end} (up to four of them) are a country's name or a demonym. */
    boolean endsCountryName(List<String> words, int end) {
      for (int from = end; from >= Math.max(0, end - 3); from--) {
        if (countryName.test(String.join(" ", words.subList(from, end + 1)))) {
          return true;
        }
      }
      return false;
    }

    /** True when the words starting at {@code start} (up to four of them) are a country's name or a demonym. */
    boolean startsCountryName(List<String> words, int start) {
      for (int to = start; to <= Math.min(words.size() - 1, start + 3); to++) {
        if (countryName.test(String.join(" ", words.subList(start, to + 1)))) {
          return true;
        }
      }
      return false;
    }
  }

  /** Reads the first office holder of an entry, or null when the entry names nobody ("None", prose). */
  static Officeholder read(String entry, Words known) {
    List<String> words = words(entry);
    if (words.isEmpty()) {
      return null;
    }
    boolean represented = entry.contains("represented by");
    int lastCaps = -1;
    for (int i = 0; i < words.size(); i++) {
      if (capitalised(words.get(i))) {
        lastCaps = i;
      }
    }
    if (lastCaps < 0) {
      boolean allName = words.stream().allMatch(w -> NameShapes.nameWord(w) || NameShapes.joining(w));
      return allName && words.size() >= 2 && !known.titleWord(words.get(0))
          ? new Officeholder("", String.join(" ", words), "", "", represented, "") : null;
    }
    int start = lastCaps;
    while (start > 0 && partOfName(words, start - 1, lastCaps, known)) {
      start--;
    }
    while (start < lastCaps && !NameShapes.nameWord(words.get(start)) && !capitalised(words.get(start))) {
      start++;
    }
    int end = lastCaps + 1;
    while (end < words.size() && (NameShapes.nameWord(words.get(end)) && !known.startsCountryName(words, end)
        || NameShapes.joining(words.get(end)))) {
      end++;
    }
    while (end > lastCaps + 1 && !NameShapes.nameWord(words.get(end - 1))) {
      end--;
    }
    List<String> title = new ArrayList<>();
    for (int i = start - 1; i >= 0; i--) {
      String w = words.get(i);
      if (abbreviation(w)) {
        continue;
      }
      boolean joins = NameShapes.joining(w) && i > 0 && known.titleWord(words.get(i - 1)) && !title.isEmpty();
      if (!known.titleWord(w) && !joins) {
        break;
      }
      title.add(0, w);
    }
    while (!title.isEmpty() && !known.commonTitle().test(title.get(0))) {
      title.remove(0);
    }
    int firstCaps = start;
    while (!capitalised(words.get(firstCaps))) {
      firstCaps++;
    }
    List<String> given = words.subList(start, firstCaps).stream().map(Officeholder::unquoted).toList();
    List<String> surnameWords = new ArrayList<>();
    for (int i = firstCaps; i <= lastCaps; i++) {
      surnameWords.add(titleCase(words.get(i), i == firstCaps));
    }
    String surname = String.join(" ", surnameWords);
    List<String> after = words.subList(lastCaps + 1, end).stream().map(w -> titleCase(w, false)).toList();
    List<String> full = new ArrayList<>(given);
    full.add(surname);
    full.addAll(after);
    String shortName = "";
    List<String> realGiven = given.stream().filter(g -> !initial(g) && !NameShapes.joining(g)).toList();
    if (!realGiven.isEmpty()) {
      shortName = realGiven.get(0) + " " + surname;
    } else if (given.isEmpty() && !surname.contains(" ") && !after.isEmpty() && NameShapes.nameWord(after.get(0))) {
      shortName = surname + " " + after.get(0);
    } else if (surname.contains(" ")) {
      shortName = surname;
    }
    List<String> outside = new ArrayList<>(words.subList(0, start));
    outside.addAll(words.subList(end, words.size()));
    return new Officeholder(String.join(" ", title), String.join(" ", full), shortName, surname, represented,
        String.join(" ", outside));
  }

  /** Whether the word at {@code i}, just before the name read so far, belongs to the name. */
  private static boolean partOfName(List<String> words, int i, int lastCaps, Words known) {
    String w = words.get(i);
    if (initial(w) || quoted(w) || capitalised(w)) {
      return true;
    }
    if (NameShapes.joining(w)) {
      return i > 0 && NameShapes.nameWord(words.get(i - 1)) && !known.titleWord(words.get(i - 1))
          && !abbreviation(words.get(i - 1)) && !known.endsCountryName(words, i - 1);
    }
    if (!NameShapes.nameWord(w) || abbreviation(w) || known.titleWord(w) || known.endsCountryName(words, i)) {
      return false;
    }
    if (w.length() < 3 || !known.ordinary().test(w)) {
      return true;
    }
    String before = i > 0 ? words.get(i - 1) : "";
    String next = words.get(i + 1);
    return NameShapes.nameWord(before) && known.commonTitle().test(before)
        && (capitalised(next) || NameShapes.nameWord(next));
  }

  /** The words of the entry's first clause: before its first ";", "(" or ",", typographic marks made plain. */
  static List<String> words(String entry) {
    String clause = Text.tidy(entry);
    for (String stop : List.of(";", "(", ",")) {
      int at = clause.indexOf(stop);
      if (at >= 0) {
        clause = clause.substring(0, at);
      }
    }
    clause = clause.strip();
    if (clause.isEmpty() || clause.equalsIgnoreCase("none") || !Character.isUpperCase(clause.charAt(0))) {
      return List.of();
    }
    return NameShapes.words(clause);
  }

  /** The index of the first surname word (all capitals), or -1. */
  static int surnameStart(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (capitalised(words.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The latest "since" date of an entry as YYYY-MM-DD (YYYY-MM or YYYY when the day or month is
   * not given), or "" when it gives none.
   */
  static String latestSince(String entry) {
    Matcher m = SINCE.matcher(entry);
    String latest = "";
    while (m.find()) {
      String date = m.group(3);
      if (m.group(2) != null) {
        date += String.format(Locale.ROOT, "-%02d", MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1);
        if (m.group(1) != null) {
          date += String.format(Locale.ROOT, "-%02d", Integer.parseInt(m.group(1)));
        }
      }
      if (date.compareTo(latest) > 0) {
        latest = date;
      }
    }
    return latest;
  }

  /** A surname word: no dot, and a part (between hyphens, after a particle) of two or more letters all in capitals. */
  static boolean capitalised(String w) {
    if (w.contains(".") || quoted(w)) {
      return false;
    }
    for (String part : w.split("[-']")) {
      long letters = part.chars().filter(Character::isLetter).count();
      if (letters >= 2 && part.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }

  /** J. or J.M.: initials of given names. */
  private static boolean initial(String w) {
    return w.matches("(\\p{Lu}\\.)+");
  }

  private static boolean quoted(String w) {
    return w.length() > 2 && (w.startsWith("'") && w.endsWith("'") || w.startsWith("\"") && w.endsWith("\""));
  }

  private static String unquoted(String w) {
    return quoted(w) ? w.substring(1, w.length() - 1) : w;
  }

  private static boolean abbreviation(String w) {
    return w.endsWith(".") && !initial(w);
  }

  /**
   * PUTIN to Putin, al-BURHAN to al-Burhan, Hoseini-KHAMENEI to Hoseini-Khamenei; a word not in
   * capitals is kept; a Roman numeral after the first word is kept (Charles III, but Xi Jinping).
   */
  static String titleCase(String w, boolean first) {
    if (!capitalised(w) || !first && w.matches("[IVXL]+")) {
      return w;
    }
    StringBuilder out = new StringBuilder(w.length());
    for (String part : w.split("(?<=[-'])")) {
      boolean caps = part.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      if (!caps || part.chars().filter(Character::isLetter).count() < 2) {
        out.append(part);
        continue;
      }
      out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }
}
