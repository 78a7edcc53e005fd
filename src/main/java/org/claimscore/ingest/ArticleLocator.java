package org.claimscore.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an article was read, so that a large batch can read it again instead of keeping its text.
 *
 * @param file the input file
 * @param name what the article is called when its record names no id: the file's name without its
 *     extension, or its path when another input file has the same name (JSONL lines add {@code -LINE})
 * @param offset byte offset of the JSONL line; 0 for a whole file
 * @param length byte length of the JSONL line; 0 for a whole file
 * @param line the JSONL line number from 1; 0 for a whole {@code .txt} or {@code .json} file
 */
public record ArticleLocator(Path file, String name, long offset, int length, int line) {

  public ArticleLocator {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || offset < 0 || length < 0 || line < 0) {
      throw new IllegalArgumentException("bad locator " + file + " (" + name + ")@" + offset + "+" + length + ":" + line);
    }
  }
}
