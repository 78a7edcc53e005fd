package org.claimscore.lexicon;

import java.util.List;

/**
 * A news outlet, from {@code rules/lexicon/outlets.csv}: the phrases by which an article names
 * itself (a newsletter note, a byline) and the outlet's reliability letter.
 */
public record Outlet(String name, List<String> patterns, String reliability) {

  public Outlet {
    patterns = List.copyOf(patterns);
  }
}
