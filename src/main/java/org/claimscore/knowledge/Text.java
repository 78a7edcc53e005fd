package org.claimscore.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers for the source files: HTML entities and tags, folding, slugs, splitting outside parentheses. */
final class Text {

  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);");
  private static final Pattern ACCENTED = Pattern.compile("([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring|caron)");
  private static final Map<String, String> MARKS = Map.of("acute", "\u0301", "grave", "\u0300", "circ", "\u0302",
      "uml", "\u0308", "tilde", "\u0303", "cedil", "\u0327", "ring", "\u030a", "caron", "\u030c");
  private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
      Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
      Map.entry("szlig", "\u00df"), Map.entry("aelig", "\u00e6"), Map.entry("AElig", "\u00c6"),
      Map.entry("oelig", "\u0153"), Map.entry("oslash", "\u00f8"), Map.entry("Oslash", "\u00d8"),
      Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201d"),
      Map.entry("ldquo", "\u201c"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
      Map.entry("hellip", "\u2026"), Map.entry("deg", "\u00b0"));
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern MARK = Pattern.compile("\\p{M}+");

  private Text() {}

  /** Decodes HTML character references (named, decimal, hex); an unknown name is left as written. */
  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static String entity(String name, String whole) {
    if (name.startsWith("#x")) {
      return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
    }
    if (name.startsWith("#")) {
      return new String(Character.toChars(Integer.parseInt(name.substring(1))));
    }
    String named = NAMED.get(name);
    if (named != null) {
      return named;
    }
    Matcher a = ACCENTED.matcher(name);
    return a.matches() ? a.group(1) + MARKS.get(a.group(2)) : whole;
  }

  /** Replaces HTML tags by a space (a line break by "; "), decodes entities and collapses white space. */
  static String plain(String html) {
    String s = html.replaceAll("(?i)(<br\\s*/?>\\s*)+", "; ");
    return squeeze(decodeEntities(TAG.matcher(s).replaceAll(" ")));
  }

  /** Collapses runs of white space (line breaks in a hyphenated word join it) and trims. */
  static String squeeze(String s) {
    return s.replaceAll("-\\s*[\\r\\n]+\\s*", "-").replaceAll("[\\s\\u00a0]+", " ").strip();
  }

  /** Typographic apostrophes, quotes and dashes as their ASCII forms, white space squeezed. */
  static String tidy(String s) {
    return squeeze(s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'')
        .replace('\u2013', '-').replace('\u2014', '-').replace('\u201c', '"').replace('\u201d', '"'));
  }

  /** The text with accents removed (Côte to Cote); letters without an ASCII base are kept. */
  static String fold(String s) {
    return MARK.matcher(Normalizer.normalize(tidy(s), Normalizer.Form.NFD)).replaceAll("")
        .replace('\u00df', 's').replace('\u00e6', 'a').replace('\u00c6', 'A').replace('\u0153', 'o')
        .replace('\u00f8', 'o').replace('\u00d8', 'O');
  }

  /** Lower case, accents folded, runs of anything but letters and digits as one underscore, no edge underscores. */
  static String slug(String s) {
    String folded = fold(s).toLowerCase(Locale.ROOT).replace("'", "");
    return folded.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }

  /** True when every letter of {@code s} is in the Latin script. */
  static boolean latin(String s) {
    return s.codePoints().filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /** Splits on {@code separator} where it stands outside parentheses and brackets; parts trimmed, empty ones dropped. */
  static List<String> splitOutside(String s, String separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0 && s.startsWith(separator, i)) {
        parts.add(s.substring(start, i));
        start = i + separator.length();
        i = start - 1;
      }
    }
    parts.add(s.substring(start));
    return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  /** The text with every parenthesised or bracketed part removed, white space squeezed. */
  static String withoutParentheses(String s) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return squeeze(out.toString());
  }

  /** The top-level parenthesised parts of {@code s}, without their parentheses, in order. */
  static List<String> parentheses(String s) {
    List<String> found = new ArrayList<>();
    int depth = 0;
    int start = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        if (depth++ == 0) {
          start = i + 1;
        }
      } else if (c == ')' && depth > 0 && --depth == 0) {
        found.add(s.substring(start, i).strip());
      }
    }
    return found;
  }
}
