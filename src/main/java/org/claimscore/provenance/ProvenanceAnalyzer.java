package org.claimscore.provenance;

import java.util.List;
import java.util.Map;
import org.claimscore.ingest.Article;

/** Groups the articles of one event that copy, rewrite or summarise each other into origin families. */
public interface ProvenanceAnalyzer {

  /** One origin per article, keyed by article id; deterministic for the same articles in any order. */
  Map<String, ArticleOrigin> analyze(List<Article> articles);
}
