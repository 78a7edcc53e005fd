package org.claimscore.events;

import org.claimscore.ingest.Article;

/** Computes an article's event keys from its text alone; cheap enough to run on every article first. */
public interface KeyExtractor {

  ArticleKeys keys(Article article);
}
