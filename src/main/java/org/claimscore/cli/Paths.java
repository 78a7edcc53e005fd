package org.claimscore.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves the default locations ({@code rules}, {@code fixtures/...}, {@code reports}) against the
 * working folder, falling back to the claimscore checkout the launcher runs from, so the two
 * README commands work from anywhere.
 */
final class Paths {

  static final String DEFAULT_RULES = "rules";
  static final String DEFAULT_INPUT = "fixtures/kursk-raid-2024";
  static final String DEFAULT_REPORTS = "reports";
  static final String DEFAULT_KNOWLEDGE = "rules/knowledge";
  static final String DEFAULT_SOURCES = "../shared/knowledge";

  private Paths() {}

  /** {@code given} as is when it was given explicitly or exists here, else under the claimscore home. */
  static Path resolveDefault(String given) {
    Path p = Path.of(given);
    if (Files.exists(p) || p.isAbsolute()) {
      return p;
    }
    String home = System.getProperty("claimscore.home");
    if (home != null && Files.exists(Path.of(home).resolve(given))) {
      return Path.of(home).resolve(given);
    }
    return p;
  }
}
