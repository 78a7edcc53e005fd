package org.claimscore.evaluation;

import java.util.List;
import java.util.Objects;
import org.claimscore.claims.Claim;
import org.claimscore.text.Span;

/**
 * One check-worthy sentence as an annotator (or the extractor) reads it: the fields a gold file
 * holds, in the forms the reports use.
 *
 * @param articleId the article it is in
 * @param span offsets of the sentence in the article text
 * @param text the sentence
 * @param type claim type label ({@code casualty}, {@code statement}, ...)
 * @param speaker normalised speaker name, or {@code ""} when unattributed
 * @param speakerKind speaker kind label ({@code person}, ..., {@code none})
 * @param partyToConflict whether the speaker is a party to the conflict
 * @param hedges hedging words, lower case, in text order
 * @param figures figures in {@code Quantity.display()} form, in text order
 * @param line the line of the gold file it was read from, or 0 for a predicted row
 */
public record GoldRow(
    String articleId,
    Span span,
    String text,
    String type,
    String speaker,
    String speakerKind,
    boolean partyToConflict,
    List<String> hedges,
    List<String> figures,
    int line) {

  public GoldRow {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerKind, "speakerKind");
    hedges = List.copyOf(hedges);
    figures = List.copyOf(figures);
  }

  /** The row the extractor's claim amounts to. */
  public static GoldRow of(Claim c) {
    return new GoldRow(c.articleId(), c.span(), c.text(), c.type().label(), c.attribution().speaker(),
        c.attribution().kind().label(), c.attribution().partyToConflict(), c.hedges(),
        c.numbers().stream().map(q -> q.display()).toList(), 0);
  }
}
