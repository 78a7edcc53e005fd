package org.claimscore.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.claimscore.claims.ClaimType;
import org.claimscore.claims.SpeakerKind;
import org.claimscore.ingest.Article;
import org.claimscore.setup.CsvProblem;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;
import org.claimscore.text.Span;

/** Reads and writes gold files: one CSV row per check-worthy sentence, checked against the articles. */
public final class GoldFile {

  /** The columns of a gold file, in order. */
  public static final List<String> COLUMNS = List.of(
      "article_id", "start", "end", "text", "type", "speaker", "speaker_kind", "party_to_conflict", "hedges",
      "figures");

  private static final Set<String> TYPES =
      Arrays.stream(ClaimType.values()).map(ClaimType::label).collect(Collectors.toSet());
  private static final Set<String> KINDS =
      Arrays.stream(SpeakerKind.values()).map(SpeakerKind::label).collect(Collectors.toSet());

  /**
   * The finer kinds a gold file may use (the knowledge files' kinds), each compared as the coarse
   * kind the extractor reports: bodies of a state are government, outlets and agencies media,
   * organisations of every other kind organisation, crowd sources anonymous.
   */
  private static final Map<String, String> COARSE = Map.ofEntries(
      Map.entry("head_of_state", "government"), Map.entry("head_of_government", "government"),
      Map.entry("ministry", "government"), Map.entry("military", "government"), Map.entry("police", "government"),
      Map.entry("agency", "government"), Map.entry("state_media", "media"), Map.entry("news_agency", "media"),
      Map.entry("outlet", "media"), Map.entry("international_org", "organisation"),
      Map.entry("ngo", "organisation"), Map.entry("monitor", "organisation"), Map.entry("research", "organisation"),
      Map.entry("armed_group", "organisation"), Map.entry("crowd", "anonymous"));

  private GoldFile() {}

  /**
   * Reads {@code file}, named {@code display} in messages, and checks every row against {@code articles}
   * (by id): the span must lie in the article and cover the row's text, up to runs of white space. An
   * empty {@code text} cell takes the text from the article: gold for a corpus whose texts may not be
   * copied names its sentences by offsets alone.
   *
   * @throws SetupException naming {@code display} and the line of the first malformed row
   */
  public static List<GoldRow> read(Path file, String display, Map<String, Article> articles)
      throws SetupException {
    String content;
    try {
      content = EvaluationFile.read(file, display);
    } catch (IOException e) {
      throw new SetupException(Diagnostic.cannotRead(display, e));
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).build();
    List<GoldRow> rows = new ArrayList<>();
    LineCounter lines = new LineCounter(content);
    try (CSVParser parser = CSVParser.parse(content, format)) {
      if (!parser.getHeaderNames().equals(COLUMNS)) {
        throw new SetupException(new Diagnostic(display, 1, "header must be " + String.join(",", COLUMNS) + ", got "
            + String.join(",", parser.getHeaderNames())));
      }
      for (CSVRecord rec : parser) {
        int line = lines.lineAt(rec.getCharacterPosition());
        rows.add(row(rec, line, display, articles));
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      throw new SetupException(CsvProblem.of(display, e));
    }
    return rows;
  }

  private static GoldRow row(CSVRecord rec, int line, String display, Map<String, Article> articles)
      throws SetupException {
    Where where = new Where(display, line);
    if (rec.size() != COLUMNS.size()) {
      throw where.problem("expected " + COLUMNS.size() + " fields, got " + rec.size());
    }
    String id = rec.get("article_id").strip();
    Article article = articles.get(id);
    if (article == null) {
      throw where.problem("unknown article_id '" + id + "'");
    }
    int start = integer(rec.get("start"), "start", where);
    int end = integer(rec.get("end"), "end", where);
    if (start < 0 || end <= start || end > article.text().length()) {
      throw where.problem("span " + start + "-" + end + " is not inside article " + id
          + " (" + article.text().length() + " characters)");
    }
    String text = rec.get("text");
    String covered = article.text().substring(start, end);
    if (!text.isBlank() && !squeeze(covered).equals(squeeze(text))) {
      throw where.problem("text does not match article " + id + " at " + start + "-" + end
          + ": the article has \"" + abbreviate(covered) + "\"");
    }
    String type = rec.get("type").strip();
    if (!TYPES.contains(type)) {
      throw where.problem("unknown type '" + type + "', expected one of " + sorted(TYPES));
    }
    String kind = COARSE.getOrDefault(rec.get("speaker_kind").strip(), rec.get("speaker_kind").strip());
    if (!KINDS.contains(kind)) {
      throw where.problem("unknown speaker_kind '" + kind + "', expected one of " + sorted(KINDS));
    }
    String speaker = rec.get("speaker").strip();
    if (speaker.isEmpty() != kind.equals(SpeakerKind.NONE.label())) {
      throw where.problem("speaker and speaker_kind disagree: a speaker needs a kind other than"
          + " none, and none needs an empty speaker");
    }
    String party = rec.get("party_to_conflict").strip().toLowerCase(Locale.ROOT);
    if (!party.equals("true") && !party.equals("false")) {
      throw where.problem("party_to_conflict must be true or false, got '" + party + "'");
    }
    return new GoldRow(id, new Span(start, end), covered, type, speaker, kind, party.equals("true"),
        list(rec.get("hedges")), list(rec.get("figures")), line);
  }

  /** Writes rows in gold-file form, e.g. the extractor's own rows as a starting point for an annotator. */
  public static void write(List<GoldRow> rows, Writer out) throws IOException {
    CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
    p.printRecord(COLUMNS);
    for (GoldRow r : rows) {
      p.printRecord(r.articleId(), r.span().start(), r.span().end(), r.text(), r.type(), r.speaker(),
          r.speakerKind(), r.partyToConflict(), String.join(";", r.hedges()), String.join(";", r.figures()));
    }
    p.flush();
  }

  /** A row's place in the gold file, which every problem with it names. */
  private record Where(String display, int line) {
    SetupException problem(String message) {
      return new SetupException(new Diagnostic(display, line, message));
    }
  }

  private static int integer(String value, String column, Where where) throws SetupException {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw where.problem(column + " must be a whole number, got '" + value + "'");
    }
  }

  private static List<String> list(String semicolonSeparated) {
    return Arrays.stream(semicolonSeparated.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String squeeze(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private static String abbreviate(String s) {
    String one = squeeze(s);
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }


}
