package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the Factbook country a name of another source means ("New Name (Old Name)", "A-B" for
 * "A and B", "Government of X" without its prefix), by the country's names, former names and
 * abbreviations. A key two countries share resolves to neither.
 */
final class CountryResolver {

  private final Map<String, Set<String>> idsByKey = new HashMap<>();

  /**
   * Where a name resolved.
   *
   * @param id the country id
   * @param otherName the name's main part when only its parenthesised part resolved ("New Name" of
   *     "New Name (Old Name)"): a name the country is known by that the Factbook does not give; else ""
   */
  record Resolved(String id, String otherName) {
    Resolved {
      if (id.isBlank()) {
        throw new IllegalArgumentException("a resolved name needs a country id");
      }
    }
  }

  CountryResolver(List<FactbookProfile> profiles) {
    for (FactbookProfile p : profiles) {
      List<String> names = new ArrayList<>();
      names.add(p.name());
      names.addAll(p.otherNames());
      names.addAll(p.formerNames());
      names.addAll(p.abbreviations());
      for (String n : names) {
        String key = key(n);
        if (!key.isEmpty()) {
          idsByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(p.id());
        }
      }
    }
  }

  /** The country {@code name} means, or null. */
  Resolved resolve(String name) {
    String whole = unique(name);
    if (whole != null) {
      return new Resolved(whole, "");
    }
    String main = Text.withoutParentheses(name);
    String byMain = unique(main);
    if (byMain != null) {
      return new Resolved(byMain, "");
    }
    for (String inside : Text.parentheses(name)) {
      String byInside = unique(inside);
      if (byInside != null) {
        return new Resolved(byInside, main);
      }
    }
    return null;
  }

  private String unique(String name) {
    Set<String> ids = idsByKey.get(key(name));
    return ids != null && ids.size() == 1 ? ids.iterator().next() : null;
  }

  /** Folded, lower case, "&" as "and", runs of other characters as one space, without "the" and "and". */
  static String key(String name) {
    String s = Text.fold(name).toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "");
    StringBuilder out = new StringBuilder();
    for (String w : s.split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !w.equals("the") && !w.equals("and")) {
        out.append(out.length() == 0 ? "" : " ").append(w);
      }
    }
    return out.toString();
  }
}
