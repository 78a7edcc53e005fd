package org.claimscore.claims;

import java.util.List;
import java.util.Objects;
import org.claimscore.text.Span;

/**
 * A check-worthy proposition found in one sentence of one article.
 *
 * @param id stable id, {@code <articleId>#<n>} with n counting claims in the article from 1
 * @param articleId the article it was found in
 * @param sentenceIndex the index of its sentence
 * @param type what kind of proposition it is
 * @param span offsets of the claim's sentence in the article text
 * @param text the covered text
 * @param attribution who it comes from, and how it is reported
 * @param interest whether a party speaker gains from it
 * @param hedges hedging words found ("reportedly", "seem"), lower case, in text order
 * @param numbers the figures in it
 * @param places normalised place names (spelling variants mapped to one name)
 * @param actors normalised actor names mentioned (not only the speaker)
 * @param qualifiers sentences of the same article that judge this claim ("such numbers are
 *     notoriously unreliable"), as the judging phrase
 */
public record Claim(
    String id,
    String articleId,
    int sentenceIndex,
    ClaimType type,
    Span span,
    String text,
    Attribution attribution,
    Interest interest,
    List<String> hedges,
    List<Quantity> numbers,
    List<String> places,
    List<String> actors,
    List<String> qualifiers) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(interest, "interest");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("claim text does not match its span " + span);
    }
    hedges = List.copyOf(hedges);
    numbers = List.copyOf(numbers);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    qualifiers = List.copyOf(qualifiers);
  }

  public boolean hedged() {
    return !hedges.isEmpty();
  }
}
