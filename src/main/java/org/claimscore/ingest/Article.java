package org.claimscore.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from an input file.
 *
 * @param id stable identifier: the file name stem, or the JSON {@code id}
 * @param outlet the outlet the article names itself, or {@code "unknown"}
 * @param url where it was published, or {@code null}
 * @param published publication date, or {@code null} when unknown
 * @param title the headline, or {@code null}
 * @param text the full original text; every offset in the pipeline points into it
 * @param input the input it came from, as given on the command line (plus {@code :LINE} for JSONL)
 */
public record Article(
    String id, String outlet, String url, LocalDate published, String title, String text, String input) {

  public static final String UNKNOWN_OUTLET = "unknown";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    outlet = outlet == null || outlet.isBlank() ? UNKNOWN_OUTLET : outlet;
    input = input == null ? id : input;
  }
}
