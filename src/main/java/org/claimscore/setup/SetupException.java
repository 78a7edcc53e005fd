package org.claimscore.setup;

import java.util.List;

/**
 * Files a user handed the tool (rules folder, settings, lexicon, gold file) cannot be used; every
 * problem found is a {@link Diagnostic}, in file and line order. Commands print one line each and
 * exit with code 2.
 */
public final class SetupException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<Diagnostic> diagnostics;

  /** @param diagnostics at least one problem; repeats are dropped and the rest sorted by place */
  public SetupException(List<Diagnostic> diagnostics) {
    super(String.join(System.lineSeparator(), lines(byPlace(diagnostics))));
    this.diagnostics = byPlace(diagnostics);
  }

  public SetupException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** Every problem, sorted by file, line and message. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Each problem as the line a command prints. */
  public List<String> lines() {
    return lines(diagnostics);
  }

  private static List<Diagnostic> byPlace(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a setup exception needs at least one diagnostic");
    }
    return diagnostics.stream().distinct().sorted(Diagnostic.BY_PLACE).toList();
  }

  private static List<String> lines(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).toList();
  }
}
