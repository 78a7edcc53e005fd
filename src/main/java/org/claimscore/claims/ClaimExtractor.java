package org.claimscore.claims;

import java.util.List;
import org.claimscore.ingest.Article;
import org.claimscore.sentences.Sentence;

/** Finds the check-worthy claims among an article's sentences. Never throws on odd text. */
public interface ClaimExtractor {

  /** Claims in text order, ids numbered from 1 within the article. */
  List<Claim> extract(Article article, List<Sentence> sentences);
}
