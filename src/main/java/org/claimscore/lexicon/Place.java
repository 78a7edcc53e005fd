package org.claimscore.lexicon;

import java.util.List;

/** A place with its spelling and transliteration variants, from {@code rules/lexicon/places.csv}. */
public record Place(String name, List<String> variants, String region) {

  public Place {
    variants = List.copyOf(variants);
  }
}
