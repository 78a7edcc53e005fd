package org.claimscore.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an article is about, reduced to the few keys that decide which event it belongs to. Small
 * on purpose: a batch keeps one per article in memory while the articles themselves are not.
 *
 * @param articleId the article
 * @param published its publication date, or {@code null}
 * @param places normalised place names it mentions (lexicon places), sorted, distinct
 * @param actors normalised actor names it mentions (lexicon actors), sorted, distinct
 * @param terms other salient terms (capitalised names, figures with their unit, numbers), sorted, distinct
 * @param dates dates the text refers to: {@code --MM-DD} for a day of a month, {@code YYYY} for a
 *     year, a weekday's English name when it cannot be placed; sorted, distinct
 */
public record ArticleKeys(
    String articleId, LocalDate published, List<String> places, List<String> actors, List<String> terms,
    List<String> dates) {

  public ArticleKeys {
    Objects.requireNonNull(articleId, "articleId");
    places = List.copyOf(places);
    actors = List.copyOf(actors);
    terms = List.copyOf(terms);
    dates = List.copyOf(dates);
  }

  /** Keys without dates referred to in the text. */
  public ArticleKeys(String articleId, LocalDate published, List<String> places, List<String> actors,
      List<String> terms) {
    this(articleId, published, places, actors, terms, List.of());
  }
}
