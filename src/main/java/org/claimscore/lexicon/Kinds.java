package org.claimscore.lexicon;

import java.util.List;
import java.util.Set;

/**
 * The kinds of speaker the knowledge files use (the {@code kind} column), and which of them are
 * bodies of a state. The extractor maps each to a coarse {@code SpeakerKind} for the rules.
 */
public final class Kinds {

  /** Every kind a knowledge or lexicon row may have. */
  public static final List<String> ALL = List.of("government", "head_of_state", "head_of_government", "military",
      "police", "ministry", "agency", "state_media", "news_agency", "armed_group", "international_org", "ngo",
      "monitor", "research", "outlet", "crowd", "person", "organisation", "anonymous", "media_reports",
      "social_media");

  /**
   * Kinds that stand for their country's state and inherit its side in a conflict; {@code
   * anonymous} with a country is "Russian officials", unnamed officials of that state.
   */
  public static final Set<String> STATE = Set.of("government", "head_of_state", "head_of_government", "military",
      "police", "ministry", "agency", "state_media", "anonymous");

  /** Kinds that report the news: an outlet or agency named in a claim tells of it, it is no party to it. */
  public static final Set<String> MEDIA = Set.of("outlet", "news_agency", "state_media");

  private Kinds() {}
}
