package org.claimscore.scoring;

/**
 * How an article stands, judged by what the other articles of its event say of its figures.
 *
 * @param articleId the article
 * @param standing 0-100: higher when independent origins back its figures, lower when they
 *     contradict them; an article that copies another has its origin's standing
 * @param reasons the figures behind the standing in words, with their points, for an auditor
 */
public record ArticleStanding(String articleId, int standing, String reasons) {

  public ArticleStanding {
    if (articleId == null || articleId.isEmpty()) {
      throw new IllegalArgumentException("an article id is required");
    }
    if (standing < 0 || standing > 100) {
      throw new IllegalArgumentException("standing out of 0-100: " + standing);
    }
    if (reasons == null || reasons.isEmpty()) {
      throw new IllegalArgumentException("a standing needs its reasons");
    }
  }
}
