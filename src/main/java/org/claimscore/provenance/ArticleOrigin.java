package org.claimscore.provenance;

import java.util.List;

/**
 * Where an article's content comes from, within the batch.
 *
 * @param articleId the article
 * @param family id of the origin family: the id of its root article; articles that copy, rewrite
 *     or summarise each other share one family, and a family counts as one source
 * @param derivedFrom the article it most likely derives from, or {@code ""} when it is an origin
 * @param similarity similarity to {@code derivedFrom} in [0, 1]; 0 for an origin
 * @param cues textual signals found in the article: {@code machine-summary-disclaimer},
 *     {@code wire-service}, {@code translated}, {@code newsletter}, {@code boilerplate-footer},
 *     {@code editorialising}, {@code near-duplicate}, ...
 */
public record ArticleOrigin(String articleId, String family, String derivedFrom, double similarity, List<String> cues) {

  public ArticleOrigin {
    if (similarity < 0 || similarity > 1) {
      throw new IllegalArgumentException("similarity out of [0, 1]: " + similarity);
    }
    cues = List.copyOf(cues);
  }

  public boolean derived() {
    return !derivedFrom.isEmpty();
  }
}
