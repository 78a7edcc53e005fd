package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The countries and territories of the Factbook with the names the other tables use: their
 * aliases, the demonyms and capitals that name them alone, and the names UCDP knows them by.
 */
final class Countries {

  /**
   * A demonym two countries share names the bodies of the one whose population is at least this
   * many times each other's ("Congolese" the DR Congo's, "Dominican" the Dominican Republic's).
   */
  static final int PREVAILING_POPULATION = 10;

  /**
   * One country.
   *
   * @param profile its Factbook profile
   * @param shortNames its English short names: the profile's name (and without a leading "The"),
   *     and UCDP's name when UCDP's differs ({@code {country}} in forms.csv)
   * @param aliases every alias written in countries.csv
   * @param acronyms its abbreviations (US, DRC)
   * @param adjectives demonym adjectives no other country shares ({@code {demonym}})
   * @param capitals capitals no other profile shares and no country is named ({@code {capital}})
   * @param sources the profile's path, then the UCDP lines that gave an alias
   */
  record Country(FactbookProfile profile, List<String> shortNames, List<String> aliases, List<String> acronyms,
      List<String> adjectives, List<String> capitals, List<String> sources) {
    Country {
      shortNames = List.copyOf(shortNames);
      aliases = List.copyOf(aliases);
      acronyms = List.copyOf(acronyms);
      adjectives = List.copyOf(adjectives);
      capitals = List.copyOf(capitals);
      sources = List.copyOf(sources);
    }

    String id() {
      return profile.id();
    }
  }

  private final List<Country> countries;
  private final Map<String, Country> byId = new LinkedHashMap<>();
  private final Set<String> reserved = new HashSet<>();

  private Countries(List<Country> countries) {
    this.countries = List.copyOf(countries);
    for (Country c : countries) {
      byId.put(c.id(), c);
      reserved.add(c.profile().name().toLowerCase(Locale.ROOT));
      c.aliases().forEach(a -> reserved.add(a.toLowerCase(Locale.ROOT)));
      c.acronyms().forEach(a -> reserved.add(a.toLowerCase(Locale.ROOT)));
      c.profile().demonyms().forEach(d -> reserved.add(d.toLowerCase(Locale.ROOT)));
      c.profile().capitals().forEach(d -> reserved.add(d.toLowerCase(Locale.ROOT)));
    }
  }

  List<Country> all() {
    return countries;
  }

  Country get(String id) {
    return byId.get(id);
  }

  /** Lower-case names that mean a country: names, aliases, abbreviations, demonyms, capitals. */
  Set<String> reserved() {
    return reserved;
  }

  /**
   * Builds the countries from the profiles.
   *
   * @param ucdpNames names UCDP gives countries, each with the {@code FILE:LINE} it was first seen on
   * @param editorSources by country id, the editors' page that gave it demonyms or capitals
   */
  static Countries build(List<FactbookProfile> profiles, CountryResolver resolver, Map<String, String> ucdpNames,
      NameRules rules, Map<String, String> editorSources) {
    Map<String, List<String>> extraNames = new HashMap<>();
    Map<String, List<String>> extraSources = new HashMap<>();
    for (Map.Entry<String, String> e : ucdpNames.entrySet()) {
      CountryResolver.Resolved r = resolver.resolve(e.getKey());
      if (r != null && !r.otherName().isEmpty()) {
        List<String> names = extraNames.computeIfAbsent(r.id(), k -> new ArrayList<>());
        if (!names.contains(r.otherName())) {
          names.add(r.otherName());
          extraSources.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(e.getValue());
        }
      }
    }
    Map<String, Set<String>> nameOwners = new HashMap<>();
    Map<String, Set<String>> capitalOwners = new HashMap<>();
    Map<String, Set<String>> adjectiveOwners = new HashMap<>();
    Set<String> dependencies = new HashSet<>();
    Map<String, Long> populations = new HashMap<>();
    for (FactbookProfile p : profiles) {
      populations.put(p.id(), p.population());
      if (p.dependency()) {
        dependencies.add(p.id());
      }
      for (String n : names(p)) {
        nameOwners.computeIfAbsent(lower(n), k -> new HashSet<>()).add(p.id());
      }
      for (String f : p.formerNames()) {
        nameOwners.computeIfAbsent(lower(f), k -> new HashSet<>()).add(p.id());
      }
      p.capitals().forEach(c -> capitalOwners.computeIfAbsent(lower(c), k -> new HashSet<>()).add(p.id()));
      p.adjectives().forEach(a -> adjectiveOwners.computeIfAbsent(lower(a), k -> new HashSet<>()).add(p.id()));
    }
    List<Country> countries = new ArrayList<>();
    for (FactbookProfile p : profiles) {
      List<String> shortNames = new ArrayList<>();
      shortNames.add(p.name());
      if (p.name().startsWith("The ")) {
        shortNames.add(p.name().substring(4));
      }
      shortNames.addAll(extraNames.getOrDefault(p.id(), List.of()));
      List<String> candidates = new ArrayList<>(names(p));
      candidates.addAll(extraNames.getOrDefault(p.id(), List.of()));
      for (String f : p.formerNames()) {
        if (nameOwners.getOrDefault(lower(f), Set.of()).size() == 1 && !capitalOwners.containsKey(lower(f))) {
          candidates.add(f);
        }
      }
      candidates.addAll(p.abbreviations());
      Set<String> othersReserved = new HashSet<>(capitalOwners.keySet());
      nameOwners.forEach((n, owners) -> {
        if (!owners.equals(Set.of(p.id()))) {
          othersReserved.add(n);
        }
      });
      NameRules.Sorted sorted = rules.sort(candidates, othersReserved);
      List<String> aliases = new ArrayList<>(sorted.aliases());
      aliases.removeIf(a -> a.equals(p.name()));
      List<String> adjectives = p.adjectives().stream()
          .filter(a -> sole(adjectiveOwners.get(lower(a)), p.id(), dependencies, populations)).toList();
      List<String> capitals = p.capitals().stream()
          .filter(c -> capitalOwners.get(lower(c)).size() == 1 && !nameOwners.containsKey(lower(c))).toList();
      List<String> sources = new ArrayList<>();
      sources.add(p.path());
      sources.addAll(extraSources.getOrDefault(p.id(), List.of()));
      if (editorSources.containsKey(p.id())) {
        sources.add(editorSources.get(p.id()));
      }
      countries.add(new Country(p, distinct(shortNames), aliases, sorted.acronyms(), adjectives, capitals, sources));
    }
    countries.sort(Comparator.comparing(Country::id));
    return new Countries(countries);
  }

  /** countries.csv's rows: id, name, aliases, demonyms, capital, source, acronyms. */
  List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>();
    for (Country c : countries) {
      rows.add(List.of(c.id(), c.profile().name(), String.join("|", c.aliases()),
          String.join("|", c.profile().demonyms()), String.join("|", c.profile().capitals()),
          String.join("|", c.sources()), String.join("|", c.acronyms())));
    }
    return rows;
  }

  /**
   * True when {@code id} is the only profile giving this adjective, dependencies giving way to their
   * sovereign, or the one among those left whose population is {@link #PREVAILING_POPULATION} times
   * each other's.
   */
  private static boolean sole(Set<String> owners, String id, Set<String> dependencies, Map<String, Long> populations) {
    Set<String> sovereign = new HashSet<>(owners);
    sovereign.removeAll(dependencies);
    Set<String> deciding = sovereign.isEmpty() ? owners : sovereign;
    if (!deciding.contains(id)) {
      return false;
    }
    long own = populations.getOrDefault(id, 0L);
    return deciding.stream().filter(o -> !o.equals(id))
        .allMatch(o -> own > 0 && own >= PREVAILING_POPULATION * populations.getOrDefault(o, 0L));
  }

  /**
   * The profiles with a qualified demonym where an adjective is shared: a profile named "Q Rest"
   * whose adjective another profile also gives and that extends Rest (less a final vowel) gets "Q
   * adjective" (and "Q noun" for its nouns): North Korea's "Korean" gives "North Korean" and "North
   * Koreans"; "The Dominican" gets nothing, its adjective being its name.
   */
  static List<FactbookProfile> withQualifiedDemonyms(List<FactbookProfile> profiles) {
    Map<String, Set<String>> adjectiveOwners = new HashMap<>();
    profiles.forEach(p -> p.adjectives().forEach(a -> adjectiveOwners.computeIfAbsent(lower(a), k -> new HashSet<>())
        .add(p.id())));
    List<FactbookProfile> out = new ArrayList<>();
    for (FactbookProfile p : profiles) {
      int space = p.name().indexOf(' ');
      String qualifier = space > 0 ? p.name().substring(0, space) : "";
      String rest = space > 0 ? p.name().substring(space + 1) : "";
      String stem = rest.length() > 3 && "aeo".indexOf(rest.charAt(rest.length() - 1)) >= 0
          ? rest.substring(0, rest.length() - 1) : rest;
      List<String> adjectives = new ArrayList<>();
      List<String> demonyms = new ArrayList<>();
      if (!stem.isEmpty() && !rest.contains(" ") && NameShapes.nameWord(qualifier)) {
        for (String a : p.adjectives()) {
          if (adjectiveOwners.get(lower(a)).size() > 1 && a.startsWith(stem) && a.length() > rest.length()) {
            adjectives.add(qualifier + " " + a);
            p.demonyms().stream().filter(d -> d.startsWith(a)).forEach(d -> demonyms.add(qualifier + " " + d));
          }
        }
      }
      out.add(adjectives.isEmpty() ? p : p.with(demonyms, adjectives, List.of()));
    }
    return out;
  }

  private static List<String> names(FactbookProfile p) {
    List<String> names = new ArrayList<>();
    names.add(p.name());
    names.addAll(p.otherNames());
    return names;
  }

  private static List<String> distinct(List<String> names) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (seen.add(lower(n))) {
        out.add(n);
      }
    }
    return out;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
