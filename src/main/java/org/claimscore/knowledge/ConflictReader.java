package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the UCDP/PRIO Armed Conflict Dataset (v25.1, {@code ucdp/UcdpPrioConflict_v25_1.csv}; this
 * copy is semicolon-separated with CR LF line ends) into one {@link ConflictYear} per record.
 *
 * <p>Design decision: the copy has one record broken across two lines (its first line ends
 * after {@code territory_name}, the next starts with an empty field and then the year). Such a
 * pair is read as one record whose year comes from the second line and whose other fields
 * after the year are not used; it is listed in {@link Read#repairs()} so the run says so.
 * Any other malformed line is a problem.
 */
final class ConflictReader {

  static final String FILE = "ucdp/UcdpPrioConflict_v25_1.csv";

  private static final List<String> COLUMNS = List.of("conflict_id", "location", "side_a", "side_a_id", "side_a_2nd",
      "side_b", "side_b_id", "side_b_2nd", "incompatibility", "territory_name", "year");

  /**
   * One conflict-year record.
   *
   * @param conflictId UCDP's conflict id
   * @param location the location cell: country names, comma-separated
   * @param sideA side A's actor names, in the cell's order
   * @param sideAIds side A's actor ids, in the cell's order (not necessarily the names' order)
   * @param supportersA side A's secondary supporters (names)
   * @param sideB side B's actor names
   * @param sideBIds side B's actor ids
   * @param supportersB side B's secondary supporters (names)
   * @param incompatibility 1 territory, 2 government, 3 both
   * @param territory the territory's name, or ""
   * @param year the year
   * @param line the record's (first) line
   */
  record ConflictYear(int conflictId, String location, List<String> sideA, List<Integer> sideAIds,
      List<String> supportersA, List<String> sideB, List<Integer> sideBIds, List<String> supportersB,
      int incompatibility, String territory, int year, int line) {
    ConflictYear {
      sideA = List.copyOf(sideA);
      sideAIds = List.copyOf(sideAIds);
      supportersA = List.copyOf(supportersA);
      sideB = List.copyOf(sideB);
      sideBIds = List.copyOf(sideBIds);
      supportersB = List.copyOf(supportersB);
      if (sideA.size() != sideAIds.size() || sideB.size() != sideBIds.size() || incompatibility < 1
          || incompatibility > 3 || line <= 1) {
        throw new IllegalArgumentException("not a conflict year: " + conflictId + " " + year);
      }
    }
  }

  /**
   * What was read.
   *
   * @param years the records in file order
   * @param repairs one note per record read across two lines
   */
  record Read(List<ConflictYear> years, List<String> repairs) {
    Read {
      years = List.copyOf(years);
      repairs = List.copyOf(repairs);
    }
  }

  private ConflictReader() {}

  static Read read(SourceFile file, Problems problems) {
    String[] lines = file.lines();
    List<ConflictYear> years = new ArrayList<>();
    List<String> repairs = new ArrayList<>();
    if (lines.length == 0) {
      problems.add(file.shown(), 1, "empty");
      return new Read(years, repairs);
    }
    List<String> header = Arrays.asList(lines[0].split(";", -1));
    Map<String, Integer> col = new HashMap<>();
    for (String c : COLUMNS) {
      col.put(c, header.indexOf(c));
    }
    List<String> missing = COLUMNS.stream().filter(c -> col.get(c) < 0).toList();
    if (missing.isEmpty() && header.size() < 2) {
      missing = COLUMNS;
    }
    if (!missing.isEmpty()) {
      problems.add(file.shown(), 1, "missing columns " + missing + " (expected the UCDP/PRIO armed conflict dataset,"
          + " semicolon-separated)");
      return new Read(years, repairs);
    }
    int yearAt = col.get("year");
    for (int i = 1; i < lines.length; i++) {
      int lineNo = i + 1;
      if (lines[i].isBlank()) {
        continue;
      }
      String[] f = lines[i].split(";", -1);
      if (f.length != header.size()) {
        problems.add(file.shown(), lineNo, "expected " + header.size() + " fields separated by ';', got " + f.length);
        continue;
      }
      String year = f[yearAt].strip();
      if (year.isEmpty() && i + 1 < lines.length) {
        String[] next = lines[i + 1].split(";", -1);
        if (next.length > 1 && next[0].isBlank() && next[1].strip().matches("\\d{4}")) {
          year = next[1].strip();
          repairs.add(file.path() + ":" + lineNo + "-" + (lineNo + 1) + ": one record broken across two lines;"
              + " read as conflict " + f[col.get("conflict_id")].strip() + ", year " + year);
          i++;
        }
      }
      ConflictYear row = row(f, col, year, lineNo, file, problems);
      if (row != null) {
        years.add(row);
      }
    }
    return new Read(years, repairs);
  }

  private static ConflictYear row(String[] f, Map<String, Integer> col, String year, int line, SourceFile file,
      Problems problems) {
    String id = f[col.get("conflict_id")].strip();
    String incompatibility = f[col.get("incompatibility")].strip();
    if (!id.matches("\\d{1,9}") || !year.matches("\\d{4}") || !incompatibility.matches("[123]")) {
      problems.add(file.shown(), line, "conflict_id and year must be whole numbers and incompatibility 1-3, got '" + id
          + "', '" + year + "', '" + incompatibility + "'");
      return null;
    }
    List<String> sideA = sideNames(f[col.get("side_a")]);
    List<Integer> sideAIds = ids(f[col.get("side_a_id")]);
    List<String> sideB = sideNames(f[col.get("side_b")]);
    List<Integer> sideBIds = ids(f[col.get("side_b_id")]);
    if (sideAIds.size() == 1) {
      sideA = List.of(String.join(", ", sideA));
    }
    if (sideBIds.size() == 1) {
      sideB = List.of(String.join(", ", sideB));
    }
    if (sideAIds.contains(null) || sideBIds.contains(null) || sideA.size() != sideAIds.size()
        || sideB.size() != sideBIds.size() || sideA.isEmpty() || sideB.isEmpty()) {
      problems.add(file.shown(), line, "each side needs as many actor ids (whole numbers) as names, got side A '"
          + f[col.get("side_a")] + "' / '" + f[col.get("side_a_id")] + "', side B '" + f[col.get("side_b")] + "' / '"
          + f[col.get("side_b_id")] + "'");
      return null;
    }
    return new ConflictYear(Integer.parseInt(id), Text.tidy(f[col.get("location")]), sideA, sideAIds,
        sideNames(f[col.get("side_a_2nd")]), sideB, sideBIds, sideNames(f[col.get("side_b_2nd")]),
        Integer.parseInt(incompatibility), Text.tidy(f[col.get("territory_name")]), Integer.parseInt(year), line);
  }

  /** Names separated by commas outside parentheses ("CPP, Military faction (forces of Honasan, Abenina & Zumel)"). */
  static List<String> sideNames(String cell) {
    return Text.splitOutside(Text.tidy(cell), ",");
  }

  private static List<Integer> ids(String cell) {
    List<Integer> out = new ArrayList<>();
    for (String s : Text.splitOutside(cell, ",")) {
      out.add(s.matches("\\d{1,9}") ? Integer.valueOf(s) : null);
    }
    return out;
  }
}
