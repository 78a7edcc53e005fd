package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The outlets Wikipedia's perennial sources list rates, one row per outlet: entries of both copies
 * are one outlet when their names (without parentheses) are the same or they share a web domain.
 * A domain that perennial-sources.csv lists for entries of different names (wikidata.org,
 * youtube.com) is nobody's own and is left out there; reliability_ranking.csv gives one row per
 * domain, and its domains are kept. An outlet's rating is the most cautious of its
 * reliability_ranking.csv rows (the later copy of the list, already the most cautious per
 * domain), else the most cautious of its perennial-sources.csv entries.
 */
final class Outlets {

  static final List<String> COLUMNS = List.of("name", "patterns", "letter", "rating", "state_affiliated", "source",
      "acronyms");

  /**
   * What was built.
   *
   * @param rows outlets-rsp.csv's rows, sorted by name
   * @param unrated entries left out because none of their statuses is in ratings.csv, as {@code FILE:LINE status}
   */
  record Built(List<List<String>> rows, List<String> unrated) {
    Built {
      rows = List.copyOf(rows);
      unrated = List.copyOf(unrated);
    }
  }

  private Outlets() {}

  static Built build(List<PerennialSourcesReader.Entry> entries, GeneratorPolicy policy, NameRules rules,
      Set<String> reserved) {
    Map<String, Set<String>> domainNames = new HashMap<>();
    for (PerennialSourcesReader.Entry e : entries) {
      if (e.ranking()) {
        continue;
      }
      for (String d : e.domains()) {
        domainNames.computeIfAbsent(d, k -> new HashSet<>()).add(key(e.baseName()));
      }
    }
    List<PerennialSourcesReader.Entry> rated = new ArrayList<>();
    List<String> unrated = new ArrayList<>();
    for (PerennialSourcesReader.Entry e : entries) {
      if (e.statuses().stream().anyMatch(s -> rating(s, policy) != null)) {
        rated.add(e);
      } else {
        unrated.add(e.source() + " " + e.statuses());
      }
    }
    int[] parent = new int[rated.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int i = 0; i < rated.size(); i++) {
      PerennialSourcesReader.Entry e = rated.get(i);
      List<String> keys = new ArrayList<>();
      keys.add("name:" + key(e.baseName()));
      for (String d : ownDomains(e, domainNames)) {
        keys.add("domain:" + d);
      }
      for (String k : keys) {
        Integer other = firstByKey.putIfAbsent(k, i);
        if (other != null) {
          union(parent, i, other);
        }
      }
    }
    Map<Integer, List<PerennialSourcesReader.Entry>> outlets = new HashMap<>();
    for (int i = 0; i < rated.size(); i++) {
      outlets.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rated.get(i));
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<PerennialSourcesReader.Entry> outlet : outlets.values()) {
      rows.add(row(outlet, domainNames, policy, rules, reserved));
    }
    rows.sort(Comparator.<List<String>, String>comparing(r -> r.get(0).toLowerCase(Locale.ROOT))
        .thenComparing(r -> r.get(0)).thenComparing(r -> r.get(5)));
    return new Built(rows, unrated);
  }

  private static List<String> row(List<PerennialSourcesReader.Entry> entries, Map<String, Set<String>> domainNames,
      GeneratorPolicy policy, NameRules rules, Set<String> reserved) {
    List<String> candidates = new ArrayList<>();
    Set<String> domains = new LinkedHashSet<>();
    GeneratorPolicy.Rating worst = null;
    boolean rankedByLaterCopy = entries.stream().anyMatch(PerennialSourcesReader.Entry::ranking);
    boolean state = false;
    List<String> sources = new ArrayList<>();
    for (PerennialSourcesReader.Entry e : entries) {
      candidates.add(e.baseName());
      for (String other : e.otherNames()) {
        if (other.chars().anyMatch(Character::isDigit) || !Character.isUpperCase(other.charAt(0))) {
          continue;
        }
        candidates.add(other);
      }
      domains.addAll(ownDomains(e, domainNames));
      for (String s : rankedByLaterCopy && !e.ranking() ? List.<String>of() : e.statuses()) {
        GeneratorPolicy.Rating r = rating(s, policy);
        if (r != null && (worst == null || policy.caution(r) > policy.caution(worst))) {
          worst = r;
        }
      }
      String summary = e.summary().toLowerCase(Locale.ROOT);
      state |= policy.stateAffiliation().stream().anyMatch(summary::contains);
      sources.add(e.source());
    }
    NameRules.Sorted sorted = rules.sort(candidates, reserved);
    List<String> patterns = new ArrayList<>(sorted.aliases());
    for (String d : domains) {
      if (patterns.stream().noneMatch(p -> p.equalsIgnoreCase(d))) {
        patterns.add(d);
      }
    }
    sources.sort(Comparator.comparing((String s) -> s.substring(0, s.lastIndexOf(':')))
        .thenComparingInt(s -> Integer.parseInt(s.substring(s.lastIndexOf(':') + 1))));
    return List.of(entries.get(0).baseName(), String.join("|", patterns), worst.letter(), worst.rating(),
        String.valueOf(state), String.join("|", sources), String.join("|", sorted.acronyms()));
  }

  /** The entry's domains, less those perennial-sources.csv lists for entries of other names. */
  private static List<String> ownDomains(PerennialSourcesReader.Entry e, Map<String, Set<String>> domainNames) {
    if (e.ranking()) {
      return e.domains();
    }
    return e.domains().stream().filter(d -> domainNames.get(d).size() == 1).toList();
  }

  private static GeneratorPolicy.Rating rating(String status, GeneratorPolicy policy) {
    for (GeneratorPolicy.Rating r : policy.ratings()) {
      if (r.label().equalsIgnoreCase(status) || !r.code().isEmpty() && r.code().equalsIgnoreCase(status)) {
        return r;
      }
    }
    return null;
  }

  private static String key(String name) {
    return CountryResolver.key(name);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
