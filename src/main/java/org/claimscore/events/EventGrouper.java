package org.claimscore.events;

import java.util.List;
import java.util.Map;

/**
 * Groups the articles of a batch into events (shared places, actors, terms and dates), so that
 * unrelated articles never corroborate each other.
 */
public interface EventGrouper {

  /**
   * The event id of every article, keyed by article id. An event id is the smallest article id
   * of the event, so it is stable for the same articles in any order. Cost must grow near-linearly
   * with the number of articles (blocking keys, never all pairs).
   */
  Map<String, String> group(List<ArticleKeys> articles);
}
