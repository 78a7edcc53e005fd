package org.claimscore.knowledge;

import java.util.List;

/** Source or policy files that cannot be read as expected: one {@code FILE:LINE: message} per problem. */
public final class KnowledgeSourceException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public KnowledgeSourceException(List<String> problems) {
    super(String.join("\n", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a source exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Each problem as {@code FILE:LINE: message}, FILE as the user named the folder. */
  public List<String> problems() {
    return problems;
  }
}
