package org.claimscore.cli;

import java.util.List;
import org.claimscore.setup.SetupException;

/** A mistake the user can fix (bad path, broken rule file): printed line by line, no stack trace. */
final class UserError extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> lines;
  private final int exitCode;

  UserError(int exitCode, List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
    this.exitCode = exitCode;
  }

  /** Files the user handed us cannot be used: one line per problem, exit code 2. */
  UserError(SetupException e) {
    this(ExitCodes.USAGE, e.lines());
  }

  UserError(String line) {
    this(ExitCodes.USAGE, List.of(line));
  }

  List<String> lines() {
    return lines;
  }

  int exitCode() {
    return exitCode;
  }
}
