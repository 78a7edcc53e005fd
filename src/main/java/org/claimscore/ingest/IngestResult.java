package org.claimscore.ingest;

import java.util.List;

/**
 * What {@link ArticleReader} made of its inputs.
 *
 * @param articles the articles read, sorted by id
 * @param rejected the inputs that could not be read, sorted by input
 */
public record IngestResult(List<Article> articles, List<Rejection> rejected) {

  public IngestResult {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
  }
}
