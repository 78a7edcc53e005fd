package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Collects {@code FILE:LINE: message} problems while the sources are read, so all are reported at once. */
final class Problems {

  private final List<String> found = new ArrayList<>();

  /** @param file the file as the user would name it: the folder they gave, then the path inside it */
  void add(String file, int line, String message) {
    found.add(file + ":" + line + ": " + message);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws the problems found so far, if any. */
  void throwIfAny() throws KnowledgeSourceException {
    if (!found.isEmpty()) {
      throw new KnowledgeSourceException(found);
    }
  }
}
