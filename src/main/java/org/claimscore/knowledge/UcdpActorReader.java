package org.claimscore.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the UCDP Actor Dataset (v22.1, {@code ucdp/ucdp-actor-221.csv}: comma-separated, UTF-8
 * with a byte order mark) into {@link Actor}s with every name the dataset gives them.
 */
final class UcdpActorReader {

  static final String FILE = "ucdp/ucdp-actor-221.csv";
  /** UCDP's {@code Org} code of a formally organised armed group (4 is a government, 2 and 3 informal groups). */
  static final int ORGANISED_GROUP = 1;
  static final int GOVERNMENT = 4;

  /** The name fields, current name first. */
  static final List<String> NAME_FIELDS = List.of("NameData", "NameOrig", "NameOrigFull", "NameOrigFullEng",
      "NewName", "NewNameFullMotherTongue", "NewNameFullEng");
  private static final List<String> NEW_NAME_FIELDS = List.of("NewNameFullMotherTongue", "NewNameFullEng");
  private static final List<String> COLUMNS = List.of("ActorId", "NameData", "NameOrig", "NameOrigFull",
      "NameOrigFullEng", "NameChange", "NewName", "NewNameFullMotherTongue", "NewNameFullEng", "Org", "Location");

  /**
   * One actor.
   *
   * @param id UCDP's ActorId
   * @param name the name UCDP's data uses ({@code NameData})
   * @param names every name of the name fields, split where a field lists several, {@code name} first
   * @param org UCDP's organisation code
   * @param locations the location names, as written
   * @param line the record's line in the file
   */
  record Actor(int id, String name, List<String> names, int org, List<String> locations, int line) {
    Actor {
      names = List.copyOf(names);
      locations = List.copyOf(locations);
      if (id <= 0 || name.isBlank() || line <= 0) {
        throw new IllegalArgumentException("an actor needs an id, a name and a line");
      }
    }
  }

  private UcdpActorReader() {}

  /** Reads the actors; problems (missing columns, ids that are not numbers) are collected. */
  static List<Actor> read(SourceFile file, Problems problems) {
    List<Actor> actors = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser parser = CSVParser.parse(file.text(), format)) {
      List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(file.shown(), 1, "missing columns " + missing + " (is this the UCDP actor list v22.1?)");
        return actors;
      }
      for (CSVRecord rec : parser) {
        int line = file.lineAt(rec.getCharacterPosition());
        if (!rec.isConsistent()) {
          problems.add(file.shown(), line, "expected " + parser.getHeaderNames().size() + " fields, got " + rec.size());
          continue;
        }
        Integer id = number(rec.get("ActorId"));
        Integer org = number(rec.get("Org"));
        String name = clean(rec.get("NameData"));
        if (id == null || org == null || name.isEmpty()) {
          problems.add(file.shown(), line, "ActorId and Org must be whole numbers and NameData given, got '"
              + rec.get("ActorId") + "', '" + rec.get("Org") + "', '" + rec.get("NameData") + "'");
          continue;
        }
        actors.add(new Actor(id, name, names(rec), org, Text.splitOutside(clean(rec.get("Location")), ","), line));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(file.shown(), 1, "not a CSV file: " + e.getMessage());
    }
    return actors;
  }

  /** Every name of the record: fields split at " / " (scripts), at " or " between names, and a renamed group's list of new names. */
  static List<String> names(CSVRecord rec) {
    Set<String> names = new LinkedHashSet<>();
    int renames = Text.splitOutside(clean(rec.get("NewName")), ",").size();
    for (String field : NAME_FIELDS) {
      String value = clean(rec.get(field));
      if (value.isEmpty() || value.equalsIgnoreCase("n/a")) {
        continue;
      }
      List<String> parts = List.of(value);
      if (field.equals("NewName") || NEW_NAME_FIELDS.contains(field) && renames > 1) {
        List<String> split = Text.splitOutside(value, ",");
        parts = split.size() == renames ? split : parts;
      }
      for (String part : parts) {
        for (String script : part.split("\\s*/\\s+|\\s+/\\s*")) {
          names.addAll(alternatives(script.strip()));
        }
      }
    }
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String n : names) {
      if (!n.isEmpty() && seen.add(n.toLowerCase(Locale.ROOT))) {
        out.add(n);
      }
    }
    return out;
  }

  /** "A or B" as two names when both sides are names of at least two words; else the text whole. */
  private static List<String> alternatives(String s) {
    List<String> parts = Text.splitOutside(s, " or ");
    boolean names = parts.size() > 1 && parts.stream().allMatch(p -> p.contains(" ") && Character.isUpperCase(p.charAt(0)));
    return names ? parts : List.of(s);
  }

  static String clean(String s) {
    return Text.tidy(s);
  }

  private static Integer number(String s) {
    String t = s.strip();
    return t.matches("\\d{1,9}") ? Integer.valueOf(t) : null;
  }
}
