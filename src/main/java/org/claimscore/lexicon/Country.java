package org.claimscore.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A country or territory from {@code rules/knowledge/countries.csv}: its names mark what an article
 * is about, and generic phrases ("the ministry") resolve to the body of the country last named.
 *
 * @param id the country id ("russia", "burma", "drc")
 * @param name its conventional short name
 * @param aliases other names (long form, other common names)
 * @param demonyms nationality adjectives and nouns ("Russian")
 * @param capitals capital names
 * @param origin where it was read, {@code FILE:LINE}
 */
public record Country(String id, String name, List<String> aliases, List<String> demonyms, List<String> capitals,
    String origin) {

  public Country {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
    origin = Objects.requireNonNullElse(origin, "");
  }
}
