package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** What a piece of source text looks like as a name: a Title Case phrase, an acronym, a run of name words. */
final class NameShapes {

  /** Short lower-case words that end a name rather than join it ("Capital in Language", "X or Y"). */
  private static final Set<String> NOT_JOINING = Set.of("is", "in", "on", "at", "to", "as", "or", "aka", "by");

  private NameShapes() {}

  /** True for 2-6 characters, no space, upper-case letters (and digits, hyphens), or a capital after the first character (HuM, LeJ). */
  static boolean acronym(String s) {
    if (s.length() < 2 || s.length() > 6 || s.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    if (!s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')) {
      return false;
    }
    if (s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
      return Character.isLetterOrDigit(s.charAt(0));
    }
    return Character.isUpperCase(s.charAt(0)) && s.substring(1).chars().anyMatch(Character::isUpperCase);
  }

  /** True for a word that starts a name: a capital or digit, possibly after a short particle (al-, d', l'). */
  static boolean nameWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    char c = w.charAt(0);
    if (Character.isUpperCase(c) || Character.isDigit(c)) {
      return true;
    }
    int cut = Math.max(w.indexOf('-'), w.indexOf('\''));
    return cut > 0 && cut <= 3 && cut + 1 < w.length() && Character.isUpperCase(w.charAt(cut + 1))
        && w.substring(0, cut).chars().allMatch(Character::isLowerCase);
  }

  /** True for a short lower-case word that may join name words (of, the, and, de, la, du). */
  static boolean joining(String w) {
    return w.length() <= 3 && !w.isEmpty() && w.chars().allMatch(Character::isLowerCase) && !NOT_JOINING.contains(w);
  }

  /** True when {@code s} is a Title Case name: name words, joined only by short lower-case words. */
  static boolean name(String s) {
    List<String> words = words(s);
    if (words.isEmpty() || !nameWord(words.get(0)) || !nameWord(words.get(words.size() - 1))) {
      return false;
    }
    return words.stream().allMatch(w -> nameWord(w) || joining(w));
  }

  /** The name at the start of {@code s}: name words and joining words up to the first other word, without a trailing joiner. */
  static String leadingName(String s) {
    List<String> words = words(s);
    int end = 0;
    int lastName = -1;
    while (end < words.size()) {
      String w = words.get(end);
      String bare = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
      if (nameWord(bare)) {
        lastName = end;
      } else if (!joining(bare) || end == 0) {
        break;
      }
      end++;
      if (!bare.equals(w)) {
        break;
      }
    }
    if (lastName < 0) {
      return "";
    }
    String joined = String.join(" ", words.subList(0, lastName + 1));
    return joined.endsWith(",") ? joined.substring(0, joined.length() - 1) : joined;
  }

  /** The name at the end of {@code s} ("the Airborne Forces" in "branches include the Airborne Forces"). */
  static String trailingName(String s) {
    List<String> words = words(s);
    int start = words.size();
    int firstName = -1;
    while (start > 0) {
      String w = words.get(start - 1);
      if (nameWord(w)) {
        firstName = start - 1;
      } else if (!joining(w) || start == words.size()) {
        break;
      }
      start--;
    }
    return firstName < 0 ? "" : String.join(" ", words.subList(firstName, words.size()));
  }

  /** Drops leading lower-case words (aka, or, the, includes, commonly referred to as). */
  static String withoutLeadingLowerCase(String s) {
    List<String> words = new ArrayList<>(words(s));
    while (!words.isEmpty() && !nameWord(words.get(0))) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  static List<String> words(String s) {
    String t = s.strip();
    return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
  }
}
