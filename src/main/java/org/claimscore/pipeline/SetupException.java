package org.claimscore.pipeline;

import java.util.List;

/** A rules folder that does not load: one problem per line, {@code FILE:LINE: message}. */
public final class SetupException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public SetupException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
