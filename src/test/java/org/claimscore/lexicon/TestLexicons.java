package org.claimscore.lexicon;

import java.nio.file.Path;
import java.util.List;
import org.claimscore.setup.SetupException;

/** The shipped knowledge as tests load it: alone, or with the Kursk fixture's overlay. */
public final class TestLexicons {

  private static Lexicon shipped;
  private static Lexicon kursk;

  private TestLexicons() {}

  /** {@code rules/} with no overlay. */
  public static synchronized Lexicon shipped() {
    if (shipped == null) {
      shipped = load(List.of());
    }
    return shipped;
  }

  /** {@code rules/} with {@code fixtures/kursk-raid-2024/knowledge} laid over it. */
  public static synchronized Lexicon kursk() {
    if (kursk == null) {
      String dir = "fixtures/kursk-raid-2024/knowledge";
      kursk = load(List.of(new Lexicon.Folder(Path.of(dir), dir)));
    }
    return kursk;
  }

  private static Lexicon load(List<Lexicon.Folder> overlays) {
    try {
      return Lexicon.loadRules(Path.of("rules"), "rules", overlays);
    } catch (SetupException e) {
      throw new IllegalStateException("the shipped knowledge must load:\n" + e.getMessage(), e);
    }
  }
}
