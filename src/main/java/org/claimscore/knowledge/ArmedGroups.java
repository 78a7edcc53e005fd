package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The armed non-state groups: UCDP's organised armed groups, the actors only the conflict file
 * names, and the Factbook's terrorist groups. A Factbook name that names a UCDP group active in
 * the same country (by its name in another case or spelling of apostrophes, or by its acronym: a
 * force "Ruritanian Liberation Front (RLF)" to UCDP's "RLF") is added to that group; another becomes a group of its own ({@code fb.<name>}).
 */
final class ArmedGroups {

  /** A group being built. */
  private static final class Group {
    final String id;
    final String name;
    final Set<String> names = new LinkedHashSet<>();
    final Set<String> locations = new LinkedHashSet<>();
    final Set<String> sources = new LinkedHashSet<>();
    final String body;

    Group(String id, String name, String body) {
      this.id = id;
      this.name = name;
      this.body = body;
      names.add(name);
    }
  }

  private final Map<String, Group> groups = new TreeMap<>();
  private final Map<String, List<Group>> byKey = new HashMap<>();
  private final Map<String, Group> factbookByKey = new HashMap<>();

  /**
   * @param actors UCDP's organised armed groups
   * @param newActors the actors only the conflict file names
   */
  ArmedGroups(List<UcdpActorReader.Actor> actors, List<Conflicts.NewActor> newActors, CountryResolver resolver,
      String actorFile) {
    for (UcdpActorReader.Actor a : actors) {
      Group g = new Group("ucdp." + a.id(), a.name(), "ucdp");
      g.names.addAll(a.names());
      for (String place : a.locations()) {
        CountryResolver.Resolved r = resolver.resolve(place);
        if (r != null) {
          g.locations.add(r.id());
        }
      }
      g.sources.add(actorFile + ":" + a.line());
      add(g);
    }
    for (Conflicts.NewActor a : newActors) {
      Group g = new Group("ucdp." + a.id(), a.name(), "ucdp");
      if (!a.country().isEmpty()) {
        g.locations.add(a.country());
      }
      g.sources.add(a.source());
      add(g);
    }
  }

  /**
   * Adds the editors' names to the groups of their ids, with their pages as sources, so that a
   * Factbook group of that name joins the group (Boko Haram to UCDP's Jama'atu Ahlis Sunna
   * Lidda'awati wal-Jihad); returns the aliases whose id no group has yet.
   */
  List<GeneratorPolicy.EditorsAlias> addEditorsNames(List<GeneratorPolicy.EditorsAlias> aliases) {
    List<GeneratorPolicy.EditorsAlias> pending = new ArrayList<>();
    for (GeneratorPolicy.EditorsAlias a : aliases) {
      Group g = groups.get(a.id());
      if (g == null) {
        pending.add(a);
      } else {
        addNames(g, List.of(a.alias()), null, a.source());
      }
    }
    return pending;
  }

  private void add(Group g) {
    groups.put(g.id, g);
    g.names.forEach(n -> index(n, g));
  }

  private void index(String name, Group g) {
    String key = CountryResolver.key(name);
    if (!key.isEmpty()) {
      List<Group> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(g)) {
        list.add(g);
      }
    }
  }

  /**
   * The groups one of whose names matches {@code name}: the same name folded (case, accents,
   * apostrophes, hyphens), except that two acronyms match only when written alike (JeM is not JEM).
   */
  private Set<Group> named(String name) {
    Set<Group> found = new LinkedHashSet<>();
    boolean acronym = NameShapes.acronym(name);
    for (Group g : byKey.getOrDefault(CountryResolver.key(name), List.of())) {
      for (String other : g.names) {
        boolean sameKey = CountryResolver.key(other).equals(CountryResolver.key(name));
        if (sameKey && (!acronym || !NameShapes.acronym(other) || other.equals(name))) {
          found.add(g);
          break;
        }
      }
    }
    return found;
  }

  /**
   * Adds {@code names} to the one group that has one of them as a name or acronym and is active in
   * {@code country}; returns false (and adds nothing) when there is no such group or more than one.
   */
  boolean link(Collection<String> names, String country, String source) {
    return link(names, country, source, g -> true);
  }

  /**
   * Adds a state force's names to the one armed group, fighting in the conflict data's latest year,
   * that one of them names in the same country (a force the state lists that fights it); false when
   * none. A force named like a group of an old war (a faction that became the army) stays the state's.
   *
   * @param fighting ids of the non-state parties of the conflict data's latest year
   */
  boolean linkForce(Collection<String> names, String country, String source, Set<String> fighting) {
    return link(names, country, source, g -> fighting.contains(g.id));
  }

  private boolean link(Collection<String> names, String country, String source, Predicate<Group> eligible) {
    Set<Group> found = new LinkedHashSet<>();
    for (String n : names) {
      named(n).stream().filter(g -> g.locations.contains(country) && eligible.test(g)).forEach(found::add);
    }
    if (found.size() != 1) {
      return false;
    }
    addNames(found.iterator().next(), names, null, source);
    return true;
  }

  private void addNames(Group g, Collection<String> names, String country, String source) {
    for (String n : names) {
      g.names.add(n);
      index(n, g);
    }
    if (country != null) {
      g.locations.add(country);
    }
    g.sources.add(source);
  }

  /**
   * Adds the terrorist groups the Factbook profiles list: to the UCDP group one names in the same
   * country; then, until nothing changes, to the one UCDP group that has one of its names (a group
   * two profiles list, matched where UCDP has it active, then found by that name elsewhere); the
   * rest to Factbook groups of their names. A name that a profile's military list also gives (a
   * state's own force) is left out.
   *
   * @param stateForces keys of every force name the Factbook lists for a state
   */
  void addTerroristGroups(List<FactbookProfile> profiles, Set<String> stateForces) {
    List<FactbookProfile> pendingProfiles = new ArrayList<>();
    List<List<String>> pendingNames = new ArrayList<>();
    for (FactbookProfile profile : profiles) {
      for (String item : terroristGroupItems(profile.terroristGroups())) {
        List<String> names = terroristGroupNames(item);
        if (names.isEmpty() || names.stream().anyMatch(n -> stateForces.contains(CountryResolver.key(n)))) {
          continue;
        }
        if (!link(names, profile.id(), profile.path())) {
          pendingProfiles.add(profile);
          pendingNames.add(names);
        }
      }
    }
    boolean[] placed = new boolean[pendingNames.size()];
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int i = 0; i < pendingNames.size(); i++) {
        if (placed[i]) {
          continue;
        }
        Set<Group> found = new LinkedHashSet<>();
        pendingNames.get(i).forEach(n -> named(n).stream().filter(g -> g.body.equals("ucdp")).forEach(found::add));
        if (found.size() == 1) {
          addNames(found.iterator().next(), pendingNames.get(i), pendingProfiles.get(i).id(),
              pendingProfiles.get(i).path());
          placed[i] = true;
          progress = true;
        }
      }
    }
    for (int i = 0; i < pendingNames.size(); i++) {
      if (!placed[i]) {
        Group g = factbookGroup(pendingNames.get(i));
        if (g != null) {
          addNames(g, pendingNames.get(i), pendingProfiles.get(i).id(), pendingProfiles.get(i).path());
        }
      }
    }
  }

  /** The Factbook group of these names, made when there is none; null when its id is taken. */
  private Group factbookGroup(List<String> names) {
    String key = CountryResolver.key(names.get(0));
    Group g = factbookByKey.get(key);
    if (g == null) {
      g = new Group("fb." + Text.slug(names.get(0)), names.get(0), "fb");
      if (groups.containsKey(g.id)) {
        return null;
      }
      factbookByKey.put(key, g);
      add(g);
    }
    return g;
  }

  /** The items of a terrorist group list: split at ";", and at "," where every part starts like a name. */
  static List<String> terroristGroupItems(String text) {
    List<String> items = new ArrayList<>();
    for (String semi : Text.splitOutside(text, ";")) {
      List<String> parts = Text.splitOutside(semi, ",");
      boolean names = parts.size() > 1 && parts.stream().allMatch(p -> NameShapes.nameWord(p.split("\\s+")[0]));
      items.addAll(names ? parts : List.of(semi));
    }
    return items;
  }

  /**
   * "Name (ACRONYM)", "Name (Other Name)", "Name (ACRONYM)/Other Name";
   * none for prose (more than one lower-case word of four letters or more).
   */
  static List<String> terroristGroupNames(String item) {
    List<String> names = new ArrayList<>();
    String main = Text.withoutParentheses(item);
    long prose = NameShapes.words(main).stream().filter(w -> w.length() >= 4 && Character.isLowerCase(w.charAt(0))
        && !NameShapes.nameWord(w)).count();
    if (prose > 1) {
      return names;
    }
    for (String part : main.split("/")) {
      String p = part.strip();
      if (!p.isEmpty() && NameShapes.nameWord(p.split("\\s+")[0])) {
        names.add(p);
      }
    }
    for (String inside : Text.parentheses(item)) {
      for (String comma : Text.splitOutside(inside, ",")) {
        for (String alt : Text.splitOutside(comma, " or ")) {
          String a = NameShapes.withoutLeadingLowerCase(alt);
          if (!a.isEmpty()) {
            names.add(a);
          }
        }
      }
    }
    return names;
  }

  /** actors.csv rows, sorted by id; names sorted by {@link NameRules} against the countries' names. */
  List<ActorRow> rows(NameRules rules, GeneratorPolicy policy, Set<String> reserved) {
    List<ActorRow> rows = new ArrayList<>();
    for (Group g : groups.values()) {
      NameRules.Sorted sorted = rules.sort(g.names, reserved);
      String country = g.body.equals("fb") ? (g.locations.size() == 1 ? g.locations.iterator().next() : "")
          : g.locations.isEmpty() ? "" : g.locations.iterator().next();
      GeneratorPolicy.Body body = policy.body(g.body);
      rows.add(new ActorRow(g.id, g.name, sorted.aliases(), sorted.acronyms(), body.kind(), country, body.letter(), "",
          List.copyOf(g.sources)));
    }
    return rows;
  }
}
