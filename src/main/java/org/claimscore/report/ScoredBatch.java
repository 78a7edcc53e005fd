package org.claimscore.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimscore.corroboration.ClaimCluster;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.Rejection;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.scoring.ArticleStanding;
import org.claimscore.scoring.ScoredClaim;

/**
 * What scoring produced for some articles: one event, or a whole batch held in memory.
 *
 * @param articles scored articles, in report order (by event, then by id)
 * @param rejected inputs that could not be read, sorted by input
 * @param origins the origin of every article, by article id
 * @param sourceLetters the Admiralty reliability letter of every article's outlet, by article id
 * @param standings how every article stands by its figures, by article id
 * @param events the event every article belongs to, by article id
 * @param claims scored claims, in article order then text order
 * @param clusters claims stating the same proposition, in report order
 */
public record ScoredBatch(
    List<Article> articles,
    List<Rejection> rejected,
    Map<String, ArticleOrigin> origins,
    Map<String, String> sourceLetters,
    Map<String, ArticleStanding> standings,
    Map<String, String> events,
    List<ScoredClaim> claims,
    List<ClaimCluster> clusters) {

  public ScoredBatch {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
    origins = Map.copyOf(origins);
    sourceLetters = Map.copyOf(sourceLetters);
    standings = Map.copyOf(standings);
    events = Map.copyOf(events);
    claims = List.copyOf(claims);
    clusters = List.copyOf(clusters);
  }

  /** The event of an article, or the article's own id when it was not grouped. */
  public String eventOf(String articleId) {
    return events.getOrDefault(articleId, articleId);
  }

  /** The parts one after another, with the batch's rejections. */
  public static ScoredBatch merge(List<ScoredBatch> parts, List<Rejection> rejected) {
    List<Article> articles = new ArrayList<>();
    Map<String, ArticleOrigin> origins = new TreeMap<>();
    Map<String, String> letters = new TreeMap<>();
    Map<String, ArticleStanding> standings = new TreeMap<>();
    Map<String, String> events = new TreeMap<>();
    List<ScoredClaim> claims = new ArrayList<>();
    List<ClaimCluster> clusters = new ArrayList<>();
    for (ScoredBatch p : parts) {
      articles.addAll(p.articles());
      origins.putAll(p.origins());
      letters.putAll(p.sourceLetters());
      standings.putAll(p.standings());
      events.putAll(p.events());
      claims.addAll(p.claims());
      clusters.addAll(p.clusters());
    }
    return new ScoredBatch(articles, rejected, origins, letters, standings, events, claims, clusters);
  }
}
