package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provenance table of the sources' {@code NOTICE.md}: for each copied file (or pattern of
 * files, such as {@code factbook/<region>/<gec>.json}) the repository, commit, path there and
 * licence it was copied under. The generated files name these in their headers.
 *
 * @param entries the table's rows, in file order
 */
record SourceNotice(List<Entry> entries) {

  static final String FILE = "NOTICE.md";

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern PLACEHOLDER = Pattern.compile("<[^>/]+>");

  SourceNotice {
    entries = List.copyOf(entries);
  }

  /**
   * One row of the table.
   *
   * @param path the path (or pattern) under the sources folder
   * @param repository owner/name of the repository it was copied from
   * @param commit the commit it was read at
   * @param sourcePath the path in that repository
   * @param licence the licence cell, as stated
   * @param line the row's line in NOTICE.md
   */
  record Entry(String path, String repository, String commit, String sourcePath, String licence, int line) {
    Entry {
      if (path.isBlank() || repository.isBlank() || commit.isBlank()) {
        throw new IllegalArgumentException("a notice entry needs a path, a repository and a commit");
      }
    }

    /** True when this row covers {@code file} (a pattern's {@code <...>} parts match one path segment each). */
    boolean covers(String file) {
      if (path.equals(file)) {
        return true;
      }
      StringBuilder regex = new StringBuilder();
      Matcher m = PLACEHOLDER.matcher(path);
      int last = 0;
      while (m.find()) {
        regex.append(Pattern.quote(path.substring(last, m.start()))).append("[^/]+");
        last = m.end();
      }
      regex.append(Pattern.quote(path.substring(last)));
      return last > 0 && file.matches(regex.toString());
    }
  }

  /** The row covering {@code file}, or null. */
  Entry entryFor(String file) {
    return entries.stream().filter(e -> e.covers(file)).findFirst().orElse(null);
  }

  /**
   * Reads the first table whose header has Path, Source repo, Commit, Source path and Licence
   * columns; problems (no such table, a row without a repository or commit) are collected.
   */
  static SourceNotice read(SourceFile notice, Problems problems) {
    String[] lines = notice.lines();
    List<Entry> entries = new ArrayList<>();
    int path = -1;
    int repo = -1;
    int commit = -1;
    int sourcePath = -1;
    int licence = -1;
    boolean inTable = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.startsWith("|")) {
        if (inTable) {
          break;
        }
        continue;
      }
      List<String> cells = cells(line);
      if (!inTable) {
        for (int c = 0; c < cells.size(); c++) {
          String h = cells.get(c);
          if (h.equals("Path")) {
            path = c;
          } else if (h.equals("Source repo")) {
            repo = c;
          } else if (h.equals("Commit")) {
            commit = c;
          } else if (h.equals("Source path")) {
            sourcePath = c;
          } else if (h.startsWith("Licence")) {
            licence = c;
          }
        }
        inTable = path >= 0 && repo >= 0 && commit >= 0 && sourcePath >= 0 && licence >= 0;
        continue;
      }
      if (line.matches("\\|[-\\s|:]+\\|")) {
        continue;
      }
      int needed = Math.max(Math.max(path, repo), Math.max(Math.max(commit, sourcePath), licence));
      if (cells.size() <= needed) {
        problems.add(notice.shown(), i + 1, "expected at least " + (needed + 1) + " table cells, got " + cells.size());
        continue;
      }
      String filePath = firstCode(cells.get(path));
      String repository = cells.get(repo).replace("`", "").strip();
      String hash = cells.get(commit).replace("`", "").strip();
      if (filePath.isEmpty() || repository.isEmpty() || !hash.matches("[0-9a-f]{7,40}")) {
        problems.add(notice.shown(), i + 1, "a provenance row needs a `path`, a repository and a commit hash");
        continue;
      }
      entries.add(new Entry(filePath, repository, hash, firstCode(cells.get(sourcePath)),
          cells.get(licence).replace("`", "").replace("**", "").strip(), i + 1));
    }
    if (!inTable) {
      problems.add(notice.shown(), 1, "no provenance table (a header with Path, Source repo, Commit, Source path and"
          + " Licence columns)");
    }
    return new SourceNotice(entries);
  }

  private static String firstCode(String cell) {
    Matcher m = CODE.matcher(cell);
    return m.find() ? m.group(1).strip() : cell.strip();
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
    List<String> cells = new ArrayList<>();
    for (String c : inner.split("\\|", -1)) {
      cells.add(c.strip());
    }
    return cells;
  }
}
