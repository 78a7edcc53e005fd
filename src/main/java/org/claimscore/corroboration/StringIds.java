package org.claimscore.corroboration;

import java.util.HashMap;
import java.util.Map;

/** Dense ids for the strings of one batch of claims, so that sets of them compare as sorted int arrays. */
final class StringIds {

  private final Map<String, Integer> ids = new HashMap<>();

  /** The id of {@code s}: the number of distinct strings seen before it, assigned on first sight. */
  int id(String s) {
    Integer id = ids.get(s);
    if (id == null) {
      id = ids.size();
      ids.put(s, id);
    }
    return id;
  }

  /** How many distinct strings have an id; every id is below this. */
  int size() {
    return ids.size();
  }
}
