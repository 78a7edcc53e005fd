package org.claimscore.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * An armed conflict from {@code rules/knowledge/conflicts.csv} (UCDP/PRIO): where it is, who
 * fights on each side, who supports each side, and the years it was active. A party id is a
 * country id (that country's state) or an actor id (a non-state group).
 *
 * @param id "ucdp.conflict.&lt;conflict id&gt;"
 * @param name its name
 * @param locations country ids where it is fought
 * @param sideA parties of side A
 * @param sideB parties of side B
 * @param supportersA secondary parties supporting side A
 * @param supportersB secondary parties supporting side B
 * @param firstYear first active year
 * @param lastYear last active year in the data
 * @param origin where it was read, {@code FILE:LINE}
 */
public record Conflict(String id, String name, List<String> locations, List<String> sideA, List<String> sideB,
    List<String> supportersA, List<String> supportersB, int firstYear, int lastYear, String origin) {

  public Conflict {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    locations = List.copyOf(locations);
    sideA = List.copyOf(sideA);
    sideB = List.copyOf(sideB);
    supportersA = List.copyOf(supportersA);
    supportersB = List.copyOf(supportersB);
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("last year " + lastYear + " before first year " + firstYear);
    }
    origin = Objects.requireNonNullElse(origin, "");
  }

  /** Every party id named on either side or as a supporter. */
  public List<String> parties() {
    return java.util.stream.Stream.of(sideA, sideB, supportersA, supportersB).flatMap(List::stream).toList();
  }
}
