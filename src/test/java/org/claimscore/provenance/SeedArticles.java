package org.claimscore.provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimscore.ingest.Article;

/** The seed articles of the Kursk raid fixture, read the way the ingest stage would. */
final class SeedArticles {

  static final Path DIR = Path.of("fixtures/kursk-raid-2024");

  private SeedArticles() {}

  static List<Article> all() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(SeedArticles::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article read(Path path) {
    try {
      String stem = path.getFileName().toString().replaceFirst("\\.txt$", "");
      return new Article(stem, "unknown", null, null, null, Files.readString(path), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
