package org.claimscore.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimscore.ingest.Article;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;
import org.claimscore.text.Span;

/**
 * Reads a key file of judgements a careful reader wrote before the scorer ran: "claim A should
 * score above claim B" and "claim A should (not) be flagged F". A claim is named by its article
 * and the offsets of its sentence, so keys for a corpus that may not be copied hold no text.
 */
public final class JudgementKeys {

  /** The columns of a key file, in order. */
  public static final List<String> COLUMNS = List.of(
      "key", "topic", "kind", "article_a", "start_a", "end_a", "article_b", "start_b", "end_b", "flag", "because");

  private static final Pattern FLAG = Pattern.compile("[a-z][a-z0-9-]*");

  private JudgementKeys() {}

  /** What a key asserts. */
  public enum Kind {
    /** A scores strictly above B. */
    ABOVE,
    /** A carries the flag. */
    FLAGGED,
    /** A does not carry the flag. */
    NOT_FLAGGED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A claim as a key names it: an article and the span of its sentence.
   *
   * @param articleId the article
   * @param span the sentence's offsets in the article text
   */
  public record ClaimRef(String articleId, Span span) {
    public ClaimRef {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(span, "span");
    }

    @Override
    public String toString() {
      return articleId + ":" + span.start() + "-" + span.end();
    }
  }

  /**
   * One judgement.
   *
   * @param key its name, unique in the file
   * @param topic what it is about (an ECB+ topic number, a fixture name)
   * @param kind what it asserts
   * @param a the claim judged
   * @param b the claim A is compared with, or {@code null} for a flag key
   * @param flag the flag of a flag key, or {@code ""}
   * @param because the reader's reason
   * @param line the key's line in its file
   */
  public record Key(String key, String topic, Kind kind, ClaimRef a, ClaimRef b, String flag, String because,
      int line) {
    public Key {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(a, "a");
      if ((kind == Kind.ABOVE) != (b != null)) {
        throw new IllegalArgumentException("an 'above' key compares two claims, a flag key names one");
      }
    }
  }

  /**
   * Reads {@code file}, named {@code display} in messages; every claim must lie in an article of
   * {@code articles}.
   */
  public static List<Key> read(Path file, String display, Map<String, Article> articles)
      throws IOException, SetupException {
    String content = EvaluationFile.read(file, display);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setCommentMarker('#').build();
    List<Key> keys = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    LineCounter lines = new LineCounter(content);
    try (CSVParser parser = CSVParser.parse(content, format)) {
      if (!parser.getHeaderNames().equals(COLUMNS)) {
        throw new SetupException(new Diagnostic(display, 1, "header must be " + String.join(",", COLUMNS) + ", got "
            + String.join(",", parser.getHeaderNames())));
      }
      for (CSVRecord rec : parser) {
        int line = lines.recordLineAt(rec.getCharacterPosition());
        At where = new At(display, line);
        if (!rec.isConsistent()) {
          throw where.problem("expected " + COLUMNS.size() + " fields, got " + rec.size());
        }
        Key k = key(rec, where, line, articles);
        if (!seen.add(k.key())) {
          throw where.problem("key '" + k.key() + "' is used twice");
        }
        keys.add(k);
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new SetupException(new Diagnostic(display, 0, String.valueOf(e.getMessage())));
    }
    return keys;
  }

  private static Key key(CSVRecord rec, At where, int line, Map<String, Article> articles)
      throws SetupException {
    String name = rec.get("key").strip();
    if (name.isEmpty()) {
      throw where.problem("the key has no name");
    }
    Kind kind;
    try {
      kind = Kind.valueOf(rec.get("kind").strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw where.problem("unknown kind '" + rec.get("kind").strip()
          + "', expected above, flagged or not_flagged");
    }
    ClaimRef a = ref(rec, "a", where, articles);
    ClaimRef b = null;
    String flag = rec.get("flag").strip();
    if (kind == Kind.ABOVE) {
      b = ref(rec, "b", where, articles);
      if (!flag.isEmpty()) {
        throw where.problem("an 'above' key has no flag");
      }
    } else {
      if (!FLAG.matcher(flag).matches()) {
        throw where.problem("a flag key needs a flag in lower case, got '" + flag + "'");
      }
      if (!rec.get("article_b").isBlank() || !rec.get("start_b").isBlank() || !rec.get("end_b").isBlank()) {
        throw where.problem("a flag key names one claim: leave article_b, start_b and end_b empty");
      }
    }
    return new Key(name, rec.get("topic").strip(), kind, a, b, flag, rec.get("because").strip(), line);
  }

  private static ClaimRef ref(CSVRecord rec, String which, At where, Map<String, Article> articles)
      throws SetupException {
    String id = rec.get("article_" + which).strip();
    Article article = articles.get(id);
    if (article == null) {
      throw where.problem("unknown article_" + which + " '" + id + "'");
    }
    int start = integer(rec.get("start_" + which), "start_" + which, where);
    int end = integer(rec.get("end_" + which), "end_" + which, where);
    if (start < 0 || end <= start || end > article.text().length()) {
      throw where.problem("span " + start + "-" + end + " is not inside article " + id + " ("
          + article.text().length() + " characters)");
    }
    return new ClaimRef(id, new Span(start, end));
  }



  private static int integer(String value, String column, At where) throws SetupException {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw where.problem(column + " must be a whole number, got '" + value.strip() + "'");
    }
  }

  /** Where a key is, to name it in a problem. */
  private record At(String file, int line) {
    SetupException problem(String message) {
      return new SetupException(new Diagnostic(file, line, message));
    }
  }
}
