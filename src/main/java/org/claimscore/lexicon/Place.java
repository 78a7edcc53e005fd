package org.claimscore.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A place with its spelling and transliteration variants, from {@code rules/lexicon/places.csv}.
 *
 * @param name the normalised name
 * @param variants other spellings
 * @param region the region it is in, for corroboration ("Kursk"), or ""
 * @param country the country id it is in, or "" (a sea, a region across borders)
 */
public record Place(String name, List<String> variants, String region, String country) {

  public Place {
    Objects.requireNonNull(name, "name");
    variants = List.copyOf(variants);
    region = Objects.requireNonNullElse(region, "");
    country = Objects.requireNonNullElse(country, "");
  }
}
