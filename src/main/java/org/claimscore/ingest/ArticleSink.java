package org.claimscore.ingest;

/** Receives what {@link ArticleReader#stream} reads, in input order. */
public interface ArticleSink {

  void article(Article article, ArticleLocator where);

  void rejected(Rejection rejection);
}
