package org.claimscore.cli;

/** The exit codes DESIGN.md fixes. */
final class ExitCodes {
  static final int OK = 0;
  /** Done, but inputs were rejected under --strict; or an internal failure. */
  static final int FAILURE = 1;
  /** Usage error, or rules that do not compile. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
