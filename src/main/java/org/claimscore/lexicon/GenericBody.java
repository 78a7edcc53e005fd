package org.claimscore.lexicon;

import java.util.Objects;

/**
 * A generic phrase for a state body ("the ministry", "the army", "police"), from {@code
 * rules/lexicon/generic-bodies.csv}: it means the body of the country the article last named.
 *
 * @param phrase the phrase, matched case-insensitively on whole words
 * @param kind the kind of body (government, military, police, ministry)
 * @param body the id prefix of the body: "mil" finds {@code mil.<country>}; "min" the ministry of
 *     that country the article last named
 * @param origin where it was read, {@code FILE:LINE}
 */
public record GenericBody(String phrase, String kind, String body, String origin) {

  public GenericBody {
    Objects.requireNonNull(phrase, "phrase");
    if (!Kinds.STATE.contains(kind)) {
      throw new IllegalArgumentException("a generic body must be of a state kind, got " + kind);
    }
    Objects.requireNonNull(body, "body");
    origin = Objects.requireNonNullElse(origin, "");
  }
}
