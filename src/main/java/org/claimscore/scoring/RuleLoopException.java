package org.claimscore.scoring;

/** The rules hit the firing limit: some rule keeps re-triggering itself. The message names it. */
public final class RuleLoopException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RuleLoopException(String message) {
    super(message);
  }
}
