package org.claimscore.claims;

import java.util.List;
import org.claimscore.ingest.Article;
import org.claimscore.sentences.Sentence;

/** Finds the check-worthy claims among an article's sentences. Never throws on odd text. */
public interface ClaimExtractor {

  /** Claims in text order, ids numbered from 1 within the article. */
  List<Claim> extract(Article article, List<Sentence> sentences);

  /**
   * Claims of the articles of one event, article by article; {@code sentences.get(i)} are the
   * sentences of {@code articles.get(i)}. An extractor that decides things per event (who is a
   * party to its conflict) overrides this.
   */
  default List<List<Claim>> extractEvent(List<Article> articles, List<List<Sentence>> sentences) {
    java.util.List<List<Claim>> out = new java.util.ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      out.add(extract(articles.get(i), sentences.get(i)));
    }
    return out;
  }
}
