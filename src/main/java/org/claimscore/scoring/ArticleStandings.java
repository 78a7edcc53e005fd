package org.claimscore.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimscore.claims.Quantity;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.corroboration.PropositionCorroborator;
import org.claimscore.provenance.ArticleOrigin;

/**
 * Judges each article of an event by its figures, with the points of {@link StandingWeights}: a
 * figure that independent origins contradict lowers it, one they back raises it, one a later count
 * replaced earns what the editors give it; an article that copies another takes the standing of the
 * origin it copies.
 *
 * <h2>Design decision: each figure counts once, and a contradiction needs a majority</h2>
 *
 * <p>A claim with a figure counts as the first of contradicted, superseded or backed that holds,
 * so one figure never earns points twice. It is contradicted only when more origin families stand
 * behind the claims that say otherwise (each such claim's own family and the families that back
 * it) than behind it (its own family and those that back it): "12 killed" against four origins
 * saying nobody died is contradicted, while each of those four, disputed by the one origin of the
 * 12 and backed by the other three, is not. Two lone figures against each other are a dispute
 * that neither side wins: each counts as if nobody disputed it.
 */
public final class ArticleStandings {

  private static final int NAMED_ORIGINS = 5;

  private final StandingWeights weights;

  public ArticleStandings(StandingWeights weights) {
    this.weights = weights;
  }

  /**
   * The standing of every article of one event.
   *
   * @param articleIds the event's articles
   * @param origins the origin of each article
   * @param claims the event's scored claims
   */
  public Map<String, ArticleStanding> of(List<String> articleIds, Map<String, ArticleOrigin> origins,
      List<ScoredClaim> claims) {
    Map<String, Tally> tallies = new TreeMap<>();
    articleIds.forEach(id -> tallies.put(id, new Tally()));
    Map<String, List<ScoredClaim>> contradictedByArticle = new TreeMap<>();
    for (ScoredClaim sc : claims) {
      if (sc.evidence().flags().contains(PropositionCorroborator.CONTRADICTED)) {
        contradictedByArticle.computeIfAbsent(sc.claim().articleId(), k -> new ArrayList<>()).add(sc);
      }
    }
    for (ScoredClaim sc : claims) {
      Tally tally = tallies.get(sc.claim().articleId());
      if (tally != null && hasFigure(sc)) {
        TreeSet<String> behind = behind(sc, origins);
        TreeSet<String> against = new TreeSet<>();
        if (sc.evidence().flags().contains(PropositionCorroborator.CONTRADICTED)) {
          for (String article : sc.evidence().contradictingArticles()) {
            for (ScoredClaim other : contradictedByArticle.getOrDefault(article, List.of())) {
              if (other != sc && hasFigure(other)
                  && other.evidence().contradictingArticles().contains(sc.claim().articleId())) {
                against.addAll(behind(other, origins));
              }
            }
          }
          against.removeAll(behind);
        }
        tally.count(sc.evidence(), behind.size(), against);
      }
    }
    Map<String, ArticleStanding> own = new TreeMap<>();
    tallies.forEach((id, tally) -> own.put(id, tally.standing(id)));
    Map<String, ArticleStanding> standings = new TreeMap<>();
    for (String id : articleIds) {
      ArticleOrigin origin = origins.get(id);
      ArticleStanding root = origin == null || !origin.derived() ? null : own.get(origin.family());
      if (root == null || origin.family().equals(id)) {
        standings.put(id, own.get(id));
      } else {
        String copied = origin.derivedFrom().equals(origin.family())
            ? "copies " + origin.derivedFrom()
            : "copies " + origin.derivedFrom() + ", whose origin is " + origin.family();
        standings.put(id, new ArticleStanding(id, root.standing(), copied + ": " + root.reasons()));
      }
    }
    return standings;
  }

  private static boolean hasFigure(ScoredClaim sc) {
    for (Quantity q : sc.claim().numbers()) {
      if (!q.vague()) {
        return true;
      }
    }
    return false;
  }

  /** The origin families behind a claim: its own and those of the articles that back it. */
  private static TreeSet<String> behind(ScoredClaim sc, Map<String, ArticleOrigin> origins) {
    TreeSet<String> families = new TreeSet<>();
    families.add(familyOf(sc.claim().articleId(), origins));
    for (String article : sc.evidence().supportingArticles()) {
      families.add(familyOf(article, origins));
    }
    return families;
  }

  private static String familyOf(String articleId, Map<String, ArticleOrigin> origins) {
    ArticleOrigin o = origins.get(articleId);
    return o == null || o.family().isEmpty() ? articleId : o.family();
  }

  /** The figures of one article, by what other origins say of them. */
  private final class Tally {
    private int contradicted;
    private int superseded;
    private int backed;
    private final TreeSet<String> against = new TreeSet<>();

    /**
     * Counts one figure.
     *
     * @param e the figure's evidence
     * @param backing how many origin families stand behind it, its own included
     * @param opposing the families behind the figures that contradict it, none of those behind it
     */
    void count(Corroboration e, int backing, TreeSet<String> opposing) {
      if (opposing.size() > backing) {
        contradicted++;
        against.addAll(opposing);
      } else if (e.flags().contains(PropositionCorroborator.FIGURE_UPDATE)) {
        superseded++;
      } else if (backing >= 2) {
        backed++;
      }
    }

    ArticleStanding standing(String articleId) {
      List<String> reasons = new ArrayList<>();
      int points = 0;
      if (contradicted > 0) {
        int p = contradicted * weights.figureContradicted();
        points += p;
        reasons.add(figures(contradicted) + " contradicted by " + origins(against) + " (" + signed(p) + ")");
      }
      if (superseded > 0) {
        int p = superseded * weights.figureSuperseded();
        points += p;
        reasons.add(figures(superseded) + " superseded by a later or fuller count (" + signed(p) + ")");
      }
      if (backed > 0) {
        int p = backed * weights.figureBacked();
        points += p;
        reasons.add(figures(backed) + " backed by other independent origins (" + signed(p) + ")");
      }
      if (reasons.isEmpty()) {
        reasons.add("no figure that other origins back or contradict");
      }
      int standing = Math.max(0, Math.min(100, weights.base() + points));
      return new ArticleStanding(articleId, standing, String.join("; ", reasons));
    }
  }

  private static String figures(int n) {
    return n == 1 ? "1 figure" : n + " figures";
  }

  private static String origins(TreeSet<String> families) {
    List<String> named = new ArrayList<>();
    for (String f : families) {
      if (named.size() == NAMED_ORIGINS) {
        named.add("and " + (families.size() - NAMED_ORIGINS) + " more");
        break;
      }
      named.add(f);
    }
    return families.size() + (families.size() == 1 ? " independent origin" : " independent origins")
        + " (" + String.join(", ", named) + ")";
  }

  private static String signed(int points) {
    return points > 0 ? "+" + points : Integer.toString(points);
  }
}
