package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The UCDP/PRIO conflicts active in or after {@link #FIRST_YEAR}, each with its locations, its two
 * sides and their secondary supporters as country ids (a state) and {@code ucdp.<ActorId>} (a
 * non-state actor), and the non-state actors the conflict file names that the actor list lacks.
 */
final class Conflicts {

  /**
   * The prefix of a conflict's id: {@code ucdp.conflict.<conflict_id>}, apart from the actors'
   * {@code ucdp.<ActorId>} (UCDP numbers conflicts and actors each from 1; conflict 234 is not actor 234).
   */
  static final String CONFLICT_ID_PREFIX = "ucdp.conflict.";

  /** A conflict with a record in this year or later is written. */
  static final int FIRST_YEAR = 2010;
  static final String GOVERNMENT_OF = "Government of ";
  static final List<String> COLUMNS = List.of("id", "name", "location", "side_a", "side_b", "supporters_a",
      "supporters_b", "first_year", "last_year", "incompatibility", "source");
  private static final Map<Integer, String> INCOMPATIBILITY = Map.of(1, "territory", 2, "government", 3, "both");

  /**
   * A non-state actor only the conflict file names.
   *
   * @param id UCDP's actor id
   * @param name the name the conflict file gives it
   * @param country the first location of the first conflict it is in
   * @param source {@code FILE:LINE} of the first record that names it
   * @param pairedByPosition true when its name and id were matched by their order in the record,
   *     the record listing several new actors at once
   */
  record NewActor(int id, String name, String country, String source, boolean pairedByPosition) {
    NewActor {
      if (id <= 0 || name.isBlank() || source.isBlank()) {
        throw new IllegalArgumentException("a new actor needs an id, a name and a source");
      }
    }
  }

  private final List<List<String>> rows;
  private final List<NewActor> newActors;
  private final int lastYear;
  private final Set<String> fighting;

  private Conflicts(List<List<String>> rows, List<NewActor> newActors, int lastYear, Set<String> fighting) {
    this.rows = List.copyOf(rows);
    this.newActors = List.copyOf(newActors);
    this.lastYear = lastYear;
    this.fighting = Set.copyOf(fighting);
  }

  /** The non-state parties ({@code ucdp.<id>}) of the records of the latest year. */
  Set<String> fighting() {
    return fighting;
  }

  List<List<String>> rows() {
    return rows;
  }

  List<NewActor> newActors() {
    return newActors;
  }

  /** The latest year of any record. */
  int lastYear() {
    return lastYear;
  }

  /**
   * Builds the conflicts; a location, government or supporter that resolves to no country or actor
   * is a problem at its record's line.
   */
  static Conflicts build(List<ConflictReader.ConflictYear> years, List<UcdpActorReader.Actor> actors,
      CountryResolver resolver, SourceFile file, Problems problems) {
    Map<Integer, UcdpActorReader.Actor> actorsById = new HashMap<>();
    Map<String, UcdpActorReader.Actor> actorsByName = new HashMap<>();
    for (UcdpActorReader.Actor a : actors) {
      actorsById.put(a.id(), a);
      actorsByName.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
    }
    Map<Integer, List<ConflictReader.ConflictYear>> byConflict = new TreeMap<>();
    int lastYear = 0;
    for (ConflictReader.ConflictYear y : years) {
      byConflict.computeIfAbsent(y.conflictId(), k -> new ArrayList<>()).add(y);
      lastYear = Math.max(lastYear, y.year());
    }
    Map<Integer, String> names = new HashMap<>();
    Set<Integer> byPosition = new HashSet<>();
    pairNames(years, actorsById, names, byPosition);
    Map<Integer, NewActor> newActors = new TreeMap<>();
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<Integer, List<ConflictReader.ConflictYear>> e : byConflict.entrySet()) {
      List<ConflictReader.ConflictYear> all = e.getValue();
      List<ConflictReader.ConflictYear> recent = all.stream().filter(y -> y.year() >= FIRST_YEAR).toList();
      if (recent.isEmpty()) {
        continue;
      }
      Set<String> location = new LinkedHashSet<>();
      Set<String> sideA = new TreeSet<>();
      Set<String> sideB = new TreeSet<>();
      Set<String> supportersA = new TreeSet<>();
      Set<String> supportersB = new TreeSet<>();
      for (ConflictReader.ConflictYear y : recent) {
        for (String place : Text.splitOutside(y.location(), ",")) {
          CountryResolver.Resolved r = resolver.resolve(place);
          if (r == null) {
            problems.add(file.shown(), y.line(), "location '" + place + "' is no Factbook country");
          } else {
            location.add(r.id());
          }
        }
        side(y.sideA(), y.sideAIds(), actorsById, resolver, sideA, file, y.line(), problems);
        side(y.sideB(), y.sideBIds(), actorsById, resolver, sideB, file, y.line(), problems);
        supporters(y.supportersA(), actorsByName, resolver, supportersA, file, y.line(), problems);
        supporters(y.supportersB(), actorsByName, resolver, supportersB, file, y.line(), problems);
        for (int i = 0; i < y.sideBIds().size() + y.sideAIds().size(); i++) {
          boolean a = i < y.sideAIds().size();
          int id = a ? y.sideAIds().get(i) : y.sideBIds().get(i - y.sideAIds().size());
          if (!actorsById.containsKey(id) && !government(id, names) && !newActors.containsKey(id)) {
            String country = location.isEmpty() ? "" : location.iterator().next();
            newActors.put(id, new NewActor(id, names.getOrDefault(id, "UCDP actor " + id), country, file.path() + ":"
                + y.line(), byPosition.contains(id)));
          }
        }
      }
      ConflictReader.ConflictYear latest = recent.get(recent.size() - 1);
      String territory = latest.territory().isEmpty() ? INCOMPATIBILITY.get(latest.incompatibility())
          : latest.territory();
      rows.add(List.of(CONFLICT_ID_PREFIX + e.getKey(), latest.location() + ": " + territory,
          String.join("|", location),
          String.join("|", sideA), String.join("|", sideB), String.join("|", supportersA),
          String.join("|", supportersB), String.valueOf(all.stream().mapToInt(ConflictReader.ConflictYear::year).min()
              .orElseThrow()), String.valueOf(all.stream().mapToInt(ConflictReader.ConflictYear::year).max()
              .orElseThrow()), INCOMPATIBILITY.get(latest.incompatibility()), file.path() + ":" + latest.line()));
    }
    Set<String> fighting = new TreeSet<>();
    for (ConflictReader.ConflictYear y : years) {
      if (y.year() == lastYear) {
        List<Integer> ids = new ArrayList<>(y.sideAIds());
        ids.addAll(y.sideBIds());
        ids.stream().filter(id -> !government(id, names) && (!actorsById.containsKey(id)
            || actorsById.get(id).org() != UcdpActorReader.GOVERNMENT)).forEach(id -> fighting.add("ucdp." + id));
      }
    }
    return new Conflicts(rows, new ArrayList<>(newActors.values()), lastYear, fighting);
  }

  /** A side's parties: a country id for each "Government of X", {@code ucdp.<id>} for each other actor. */
  private static void side(List<String> sideNames, List<Integer> ids, Map<Integer, UcdpActorReader.Actor> actorsById,
      CountryResolver resolver, Set<String> parties, SourceFile file, int line, Problems problems) {
    int governmentCount = 0;
    for (String name : sideNames) {
      if (name.startsWith(GOVERNMENT_OF)) {
        governmentCount++;
        String country = country(name, resolver);
        if (country == null) {
          problems.add(file.shown(), line, "'" + name + "' is the government of no Factbook country");
        } else {
          parties.add(country);
        }
      }
    }
    int governments = governmentCount;
    List<Integer> nonState = ids.stream().filter(id -> {
      UcdpActorReader.Actor a = actorsById.get(id);
      return a == null ? governments == 0 : a.org() != UcdpActorReader.GOVERNMENT;
    }).toList();
    if (governments + nonState.size() != ids.size()) {
      problems.add(file.shown(), line, "cannot tell which of the ids " + ids + " belong to the governments in "
          + sideNames);
      return;
    }
    nonState.forEach(id -> parties.add("ucdp." + id));
  }

  /** Secondary supporters: "Government of X" as a country id, another name as its actor's {@code ucdp.<id>}. */
  private static void supporters(List<String> names, Map<String, UcdpActorReader.Actor> actorsByName,
      CountryResolver resolver, Set<String> parties, SourceFile file, int line, Problems problems) {
    for (String name : names) {
      if (name.startsWith(GOVERNMENT_OF)) {
        String country = country(name, resolver);
        if (country == null) {
          problems.add(file.shown(), line, "supporter '" + name + "' is the government of no Factbook country");
        } else {
          parties.add(country);
        }
      } else {
        UcdpActorReader.Actor a = actorsByName.get(name.toLowerCase(Locale.ROOT));
        if (a == null) {
          problems.add(file.shown(), line, "supporter '" + name + "' is in neither the actor list nor the Factbook");
        } else {
          parties.add("ucdp." + a.id());
        }
      }
    }
  }

  static String country(String governmentName, CountryResolver resolver) {
    CountryResolver.Resolved r = resolver.resolve(governmentName.substring(GOVERNMENT_OF.length()));
    return r == null ? null : r.id();
  }

  private static boolean government(int id, Map<Integer, String> names) {
    String name = names.get(id);
    return name != null && name.startsWith(GOVERNMENT_OF);
  }

  /**
   * The name of each actor id of the conflict file. A record lists a side's names in one order and
   * its ids in another, so: names the actor list gives; then, repeatedly, the one id and one name
   * a record leaves unmatched; what is still open after that is paired by order, and noted.
   */
  static void pairNames(List<ConflictReader.ConflictYear> years, Map<Integer, UcdpActorReader.Actor> actorsById,
      Map<Integer, String> names, Set<Integer> byPosition) {
    actorsById.forEach((id, a) -> names.put(id, a.name()));
    List<List<String>> sideNames = new ArrayList<>();
    List<List<Integer>> sideIds = new ArrayList<>();
    for (ConflictReader.ConflictYear y : years) {
      sideNames.add(y.sideA());
      sideIds.add(y.sideAIds());
      sideNames.add(y.sideB());
      sideIds.add(y.sideBIds());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int s = 0; s < sideNames.size(); s++) {
        List<String> openNames = new ArrayList<>(sideNames.get(s));
        List<Integer> openIds = new ArrayList<>();
        for (int id : sideIds.get(s)) {
          String known = names.get(id);
          if (known == null || !openNames.remove(known)) {
            openIds.add(id);
          }
        }
        if (openIds.size() == 1 && openNames.size() == 1 && !names.containsKey(openIds.get(0))) {
          names.put(openIds.get(0), openNames.get(0));
          changed = true;
        }
      }
    }
    for (int s = 0; s < sideNames.size(); s++) {
      List<String> openNames = new ArrayList<>(sideNames.get(s));
      List<Integer> openIds = new ArrayList<>();
      for (int id : sideIds.get(s)) {
        String known = names.get(id);
        if (known == null || !openNames.remove(known)) {
          openIds.add(id);
        }
      }
      openIds.sort(null);
      for (int i = 0; i < openIds.size() && i < openNames.size(); i++) {
        if (!names.containsKey(openIds.get(i))) {
          names.put(openIds.get(i), openNames.get(i));
          byPosition.add(openIds.get(i));
        }
      }
    }
  }

  /** Every name of a location or government the conflict file gives, with the {@code FILE:LINE} it is first on. */
  static Map<String, String> countryNames(List<ConflictReader.ConflictYear> years, String path) {
    Map<String, String> out = new LinkedHashMap<>();
    for (ConflictReader.ConflictYear y : years) {
      for (String place : Text.splitOutside(y.location(), ",")) {
        out.putIfAbsent(place, path + ":" + y.line());
      }
      List<String> all = new ArrayList<>(y.sideA());
      all.addAll(y.sideB());
      all.addAll(y.supportersA());
      all.addAll(y.supportersB());
      for (String n : all) {
        if (n.startsWith(GOVERNMENT_OF)) {
          out.putIfAbsent(n.substring(GOVERNMENT_OF.length()), path + ":" + y.line());
        }
      }
    }
    return out;
  }
}
