package org.claimscore.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimscore.setup.CsvProblem;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;

/**
 * The gold event of each article: from a CSV file of {@code article_id,event} rows, or from
 * article ids that follow the ECB+ naming.
 */
public final class GoldEvents {

  /** The columns of a gold events file, in order. */
  public static final List<String> COLUMNS = List.of("article_id", "event");

  /**
   * ECB+ document names: {@code <topic>_<n>ecb} for the first event of a topic and
   * {@code <topic>_<n>ecbplus} for the second; the event is {@code <topic>_ecb} or
   * {@code <topic>_ecbplus}.
   */
  private static final Pattern ECB_PLUS_ID = Pattern.compile("(\\d+)_\\d+(ecb|ecbplus)");

  private GoldEvents() {}

  /**
   * Reads {@code file}, named {@code display} in messages. Every row must name an article of
   * {@code articleIds}, once, with a non-blank event; articles the file does not name have no gold
   * event.
   *
   * @throws SetupException naming the file and line of the first malformed row
   */
  public static Map<String, String> read(Path file, String display, Set<String> articleIds)
      throws IOException, SetupException {
    String content = EvaluationFile.read(file, display);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).build();
    Map<String, String> out = new TreeMap<>();
    Map<String, Long> lineOf = new TreeMap<>();
    LineCounter lines = new LineCounter(content);
    try (CSVParser parser = CSVParser.parse(content, format)) {
      if (!parser.getHeaderNames().equals(COLUMNS)) {
        throw new SetupException(new Diagnostic(display, 1, "header must be " + String.join(",", COLUMNS) + ", got "
            + String.join(",", parser.getHeaderNames())));
      }
      for (CSVRecord rec : parser) {
        long line = lines.lineAt(rec.getCharacterPosition());
        int at = (int) line;
        if (rec.size() != COLUMNS.size()) {
          throw new SetupException(new Diagnostic(display, at, "expected " + COLUMNS.size() + " fields, got " + rec.size()));
        }
        String id = rec.get(0).strip();
        String event = rec.get(1).strip();
        if (!articleIds.contains(id)) {
          throw new SetupException(new Diagnostic(display, at, "unknown article_id '" + id + "'"));
        }
        if (event.isEmpty()) {
          throw new SetupException(new Diagnostic(display, at, "empty event for article " + id));
        }
        if (out.containsKey(id)) {
          throw new SetupException(new Diagnostic(display, at, "article " + id + " is already given on line " + lineOf.get(id)));
        }
        out.put(id, event);
        lineOf.put(id, line);
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      throw new SetupException(CsvProblem.of(display, e));
    }
    return out;
  }

  /**
   * The gold events read from the ids when every id follows the ECB+ naming ({@code 37_4ecb} is
   * event {@code 37_ecb}, {@code 37_12ecbplus} is {@code 37_ecbplus}); empty otherwise.
   */
  public static Optional<Map<String, String>> fromEcbPlusIds(Collection<String> articleIds) {
    Map<String, String> out = new TreeMap<>();
    for (String id : articleIds) {
      Matcher m = ECB_PLUS_ID.matcher(id);
      if (!m.matches()) {
        return Optional.empty();
      }
      out.put(id, m.group(1) + "_" + m.group(2));
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out);
  }
}
