package org.claimscore.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.claimscore.setup.SetupException;

/** The shipped {@code rules/language/en} as tests load it, once. */
public final class TestLanguage {

  private static Language shipped;

  private TestLanguage() {}

  /** The language files of {@code rules/}. */
  public static synchronized Language shipped() {
    if (shipped == null) {
      try {
        shipped = Language.load(Path.of("rules"), "rules");
      } catch (SetupException e) {
        throw new IllegalStateException("the shipped language files must load:\n" + e.getMessage(), e);
      }
    }
    return shipped;
  }

  /** Copies the shipped language files into {@code rules/language/en} for a test to edit; returns that folder. */
  public static Path copyInto(Path rules) throws IOException {
    Path to = rules.resolve(Language.DIR);
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(Path.of("rules").resolve(Language.DIR))) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
