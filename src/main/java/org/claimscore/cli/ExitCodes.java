package org.claimscore.cli;

/** The exit codes DESIGN.md fixes. */
final class ExitCodes {
  static final int OK = 0;
  /** Inputs were rejected under --strict, or no input held an article; or an internal failure. */
  static final int FAILURE = 1;
  /** Usage error, or rule, settings, lexicon or gold files that cannot be used. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
