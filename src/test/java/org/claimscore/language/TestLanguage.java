package org.claimscore.language;

import java.nio.file.Path;
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
}
