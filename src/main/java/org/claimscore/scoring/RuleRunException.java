package org.claimscore.scoring;

import java.util.List;
import org.claimscore.setup.Diagnostic;

/**
 * A rule could not be run over a batch of claims: it fired more often than the settings allow, or
 * its condition failed on a claim. A rule problem the user fixes in the rule file the diagnostics
 * name; unchecked because it is thrown while events are scored on worker threads.
 */
public final class RuleRunException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Diagnostic> diagnostics;

  public RuleRunException(List<Diagnostic> diagnostics, Throwable cause) {
    super(String.join(System.lineSeparator(), diagnostics.stream().map(Diagnostic::toString).toList()), cause);
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a rule problem needs at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The rules at fault, each at its file and line. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
