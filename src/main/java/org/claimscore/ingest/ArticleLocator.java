package org.claimscore.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an article was read, so that a large batch can read it again instead of keeping its text.
 *
 * @param file the input file
 * @param offset byte offset of the JSONL line; 0 for a whole file
 * @param length byte length of the JSONL line; 0 for a whole file
 * @param line the JSONL line number from 1; 0 for a whole {@code .txt} or {@code .json} file
 */
public record ArticleLocator(Path file, long offset, int length, int line) {

  public ArticleLocator {
    Objects.requireNonNull(file, "file");
    if (offset < 0 || length < 0 || line < 0) {
      throw new IllegalArgumentException("bad locator " + file + "@" + offset + "+" + length + ":" + line);
    }
  }
}
