package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which names are written as aliases (matched case-insensitively), which as acronyms
 * (matched case-sensitively, where the context supports them) and which are left out.
 *
 * <p>The exclusion rule, as the generated headers state it: a name is left out when it is not in
 * the Latin script; when it is one word of fewer than three letters; when it is one ordinary
 * word (a word the sources' own prose writes in lower case, or one listed in
 * {@code generator/not-names.txt}), optionally after "The"; when the whole name is listed in
 * not-names.txt; or when it is the name of something else (a country, capital or demonym, for the
 * names of a group or an outlet). A name of 2-6 characters in capitals (digits and hyphens
 * allowed), or with a capital after its first letter (HuM, LeJ), is an acronym; one letter is
 * never a name. An accented alias also gets its plain-ASCII spelling, and an acronym with a
 * hyphen between a letter and a digit its unhyphenated one (G-7, G7).
 */
final class NameRules {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\\-]*");
  private static final Pattern LETTER_HYPHEN_DIGIT = Pattern.compile("^([A-Za-z]+)-(\\d+)$");

  private final Set<String> ordinaryWords;
  private final Set<String> notNames;

  /**
   * @param ordinaryWords lower-case words the sources' prose writes in lower case
   * @param notNames lower-case words and names never written alone
   */
  NameRules(Set<String> ordinaryWords, Set<String> notNames) {
    this.ordinaryWords = Set.copyOf(ordinaryWords);
    this.notNames = Set.copyOf(notNames);
  }

  /**
   * Names sorted into aliases and acronyms.
   *
   * @param aliases matched case-insensitively, in first-seen order
   * @param acronyms matched case-sensitively, in first-seen order
   */
  record Sorted(List<String> aliases, List<String> acronyms) {
    Sorted {
      aliases = List.copyOf(aliases);
      acronyms = List.copyOf(acronyms);
    }
  }

  /** Adds every lower-case word of {@code text} (a word with no capital) to {@code words}. */
  static void lowerCaseWords(String text, Set<String> words) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      if (w.chars().noneMatch(Character::isUpperCase)) {
        words.add(w);
      }
    }
  }

  /** True for one word that the sources write in lower case, or that not-names.txt lists. */
  boolean ordinaryWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return ordinaryWords.contains(w) || notNames.contains(w);
  }

  /** True when every word of {@code phrase} is an ordinary word ("Security Forces", "Border Guard"). */
  boolean generic(String phrase) {
    List<String> words = new ArrayList<>();
    for (String w : phrase.split("[\\s/]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return !words.isEmpty() && words.stream().allMatch(this::ordinaryWord);
  }

  /**
   * Sorts {@code candidates} into safe aliases and acronyms.
   *
   * @param reserved lower-case names that name something else and so are left out
   */
  Sorted sort(Collection<String> candidates, Set<String> reserved) {
    Set<String> aliasKeys = new LinkedHashSet<>();
    List<String> aliases = new ArrayList<>();
    List<String> acronyms = new ArrayList<>();
    for (String candidate : candidates) {
      String c = clean(candidate);
      if (c.isEmpty() || !Text.latin(c) || c.chars().noneMatch(Character::isLetter)) {
        continue;
      }
      String key = c.toLowerCase(Locale.ROOT);
      if (reserved.contains(key) || notNames.contains(key)) {
        continue;
      }
      if (NameShapes.acronym(c)) {
        if (c.length() == 2 && ordinaryWord(c)) {
          continue;
        }
        addOnce(acronyms, c);
        Matcher m = LETTER_HYPHEN_DIGIT.matcher(c);
        if (m.matches()) {
          addOnce(acronyms, m.group(1) + m.group(2));
        }
        continue;
      }
      if (!safeAlias(c)) {
        continue;
      }
      if (aliasKeys.add(key)) {
        aliases.add(c);
      }
      String folded = Text.fold(c);
      if (!folded.equals(c) && aliasKeys.add(folded.toLowerCase(Locale.ROOT))) {
        aliases.add(folded);
      }
    }
    acronyms.removeIf(a -> aliasKeys.contains(a.toLowerCase(Locale.ROOT)));
    return new Sorted(aliases, acronyms);
  }

  /** False for one word of fewer than three letters or an ordinary word ("Union", "The Star"). */
  boolean safeAlias(String name) {
    String[] words = name.split("\\s+");
    if (words.length == 2 && words[0].equalsIgnoreCase("the")) {
      return !ordinaryWord(words[1]);
    }
    if (words.length > 1) {
      return true;
    }
    return name.chars().filter(Character::isLetter).count() >= 3 && !ordinaryWord(name);
  }

  /** The name tidied, with enclosing quotes and trailing punctuation removed. */
  static String clean(String name) {
    String c = Text.tidy(name);
    while (c.length() >= 2 && (c.startsWith("'") && c.endsWith("'") || c.startsWith("\"") && c.endsWith("\""))) {
      c = c.substring(1, c.length() - 1).strip();
    }
    return c.replaceAll("[\\s,;:]+$", "").strip();
  }

  private static void addOnce(List<String> list, String s) {
    if (!list.contains(s)) {
      list.add(s);
    }
  }
}
