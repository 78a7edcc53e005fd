package org.claimscore.scoring;

import java.util.List;

/** The rules folder cannot be used; each problem reads {@code RULESDIR/FILE:LINE: message}, one line each. */
public final class RuleBookException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public RuleBookException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
