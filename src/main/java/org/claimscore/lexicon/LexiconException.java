package org.claimscore.lexicon;

import java.util.List;

/** One or more lexicon files are malformed; each problem reads {@code FILE:LINE: message}. */
public final class LexiconException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public LexiconException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
