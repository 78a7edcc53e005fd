package org.claimscore.sentences;

import org.claimscore.text.Span;

/**
 * One sentence (or heading line) of an article.
 *
 * @param articleId the article it belongs to
 * @param index position among the article's sentences, from 0
 * @param span offsets into the article text; {@code text} equals {@code span.of(article.text())}
 * @param text the covered text
 * @param heading true for a title, sub-heading or other line that is not running prose
 */
public record Sentence(String articleId, int index, Span span, String text, boolean heading) {

  public Sentence {
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("sentence text does not match its span " + span);
    }
  }
}
