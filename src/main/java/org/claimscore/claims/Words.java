package org.claimscore.claims;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Fixed word lists looked up for every token: hash tables, cheaper to probe than {@code Set.of}. */
final class Words {

  private Words() {}

  static Set<String> set(String... words) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
  }

  static <V> Map<String, V> map(Map<String, V> entries) {
    return Collections.unmodifiableMap(new HashMap<>(entries));
  }
}
