package org.claimscore.report;

import java.util.List;
import java.util.Map;
import org.claimscore.corroboration.ClaimCluster;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.Rejection;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.scoring.ScoredClaim;

/**
 * Everything one scoring run produced, in report order.
 *
 * @param articles scored articles, sorted by id
 * @param rejected inputs that could not be read, sorted by input
 * @param origins the origin of every article, by article id
 * @param sourceLetters the Admiralty reliability letter of every article's outlet, by article id
 * @param claims scored claims, in article order then text order
 * @param clusters claims stating the same proposition, sorted by id
 */
public record ScoredBatch(
    List<Article> articles,
    List<Rejection> rejected,
    Map<String, ArticleOrigin> origins,
    Map<String, String> sourceLetters,
    List<ScoredClaim> claims,
    List<ClaimCluster> clusters) {

  public ScoredBatch {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
    origins = Map.copyOf(origins);
    sourceLetters = Map.copyOf(sourceLetters);
    claims = List.copyOf(claims);
    clusters = List.copyOf(clusters);
  }
}
