package org.claimscore.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the two copies of Wikipedia's perennial sources list: {@code wp-rsp/perennial-sources.csv}
 * (one row per entry, with its statuses, URLs and summary) and {@code wp-rsp/reliability_ranking.csv}
 * (one row per domain, with a status code) into {@link Entry}s, before they are merged per outlet.
 */
final class PerennialSourcesReader {

  static final String PERENNIAL = "wp-rsp/perennial-sources.csv";
  static final String RANKING = "wp-rsp/reliability_ranking.csv";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One entry of either file.
   *
   * @param source {@code FILE:LINE} of the row
   * @param heading the name as written ("Outlet (Outlet English, Outlet.com)")
   * @param statuses the statuses: labels of perennial-sources.csv or codes of reliability_ranking.csv
   * @param domains host names of its URLs, lower case, without {@code www.}
   * @param summary the summary text, or ""
   */
  record Entry(String source, String heading, List<String> statuses, List<String> domains, String summary) {
    Entry {
      statuses = List.copyOf(statuses);
      domains = List.copyOf(domains);
      if (source.isBlank() || heading.isBlank()) {
        throw new IllegalArgumentException("an entry needs a source and a name");
      }
    }

    /** The heading's first name without its parenthesised parts ("Outlet"). */
    String baseName() {
      return Text.withoutParentheses(Text.splitOutside(heading, ";").get(0));
    }

    /**
     * The other names of the heading: the names of a list ("X (general topics); X (...)")
     * after the first, and the parenthesised parts split at commas ("Outlet English", "Outlet.com").
     */
    List<String> otherNames() {
      List<String> out = new ArrayList<>();
      for (String part : Text.splitOutside(heading, ";")) {
        out.add(Text.withoutParentheses(part));
        for (String inside : Text.parentheses(part)) {
          out.addAll(Text.splitOutside(inside, ","));
        }
      }
      out.remove(baseName());
      return out;
    }

    /** True for a row of reliability_ranking.csv, the later copy of the list. */
    boolean ranking() {
      return source.startsWith(RANKING + ":");
    }
  }

  private PerennialSourcesReader() {}

  static List<Entry> readPerennial(SourceFile file, Problems problems) {
    List<Entry> out = new ArrayList<>();
    for (CSVRecord rec : records(file, List.of("name", "status", "urls", "info"), problems)) {
      int line = file.lineAt(rec.getCharacterPosition());
      List<String> statuses = jsonList(rec.get("status"), file, line, problems);
      List<String> urls = jsonList(rec.get("urls"), file, line, problems);
      String name = Text.tidy(rec.get("name"));
      if (statuses == null || urls == null) {
        continue;
      }
      if (name.isEmpty()) {
        problems.add(file.shown(), line, "an entry without a name");
        continue;
      }
      List<String> domains = urls.stream().map(PerennialSourcesReader::host).filter(h -> !h.isEmpty()).distinct()
          .toList();
      out.add(new Entry(file.path() + ":" + line, name, statuses, domains, Text.squeeze(rec.get("info"))));
    }
    return out;
  }

  static List<Entry> readRanking(SourceFile file, Problems problems) {
    List<Entry> out = new ArrayList<>();
    for (CSVRecord rec : records(file, List.of("source_name", "status", "domain"), problems)) {
      int line = file.lineAt(rec.getCharacterPosition());
      String name = Text.tidy(rec.get("source_name"));
      String status = rec.get("status").strip();
      if (name.isEmpty() || status.isEmpty()) {
        problems.add(file.shown(), line, "an entry needs a source_name and a status");
        continue;
      }
      String host = host(rec.get("domain"));
      out.add(new Entry(file.path() + ":" + line, name, List.of(status), host.isEmpty() ? List.of() : List.of(host), ""));
    }
    return out;
  }

  /** The host of a URL, lower case, without scheme, {@code www.}, port or path. */
  static String host(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
    int end = u.length();
    for (char c : new char[] {'/', '?', '#', ':'}) {
      int at = u.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    String host = u.substring(0, end);
    return host.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+") ? host : "";
  }

  private static List<String> jsonList(String cell, SourceFile file, int line, Problems problems) {
    try {
      JsonNode node = JSON.readTree(cell);
      if (node != null && node.isArray()) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText().strip()));
        return out;
      }
    } catch (JsonProcessingException e) {
      // reported below
    }
    problems.add(file.shown(), line, "expected a JSON list such as [\"Generally reliable\"], got '" + cell + "'");
    return null;
  }

  private static List<CSVRecord> records(SourceFile file, List<String> columns, Problems problems) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    List<CSVRecord> out = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(file.text(), format)) {
      List<String> missing = columns.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(file.shown(), 1, "missing columns " + missing);
        return out;
      }
      for (CSVRecord rec : parser) {
        if (!rec.isConsistent()) {
          problems.add(file.shown(), file.lineAt(rec.getCharacterPosition()), "expected "
              + parser.getHeaderNames().size() + " fields, got " + rec.size());
        } else {
          out.add(rec);
        }
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(file.shown(), 1, "not a CSV file: " + e.getMessage());
    }
    return out;
  }
}
