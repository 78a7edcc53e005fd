package org.claimscore.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A body or speaker the knowledge knows: from {@code rules/knowledge/} (generated), the editors'
 * {@code rules/lexicon/} lists, or an overlay. Which side of a conflict it is on is not a property
 * of the actor: it is decided per event from {@code conflicts.csv} (see {@link ConflictFinder}).
 *
 * @param id stable key ("gov.russia", "ucdp.123", "org.acled"); the same id in a later file overrides
 * @param name the normalised name reports use
 * @param aliases other ways the text names it, matched case-insensitively on whole words
 * @param acronyms short upper-case forms, matched case-sensitively and only where the context supports them
 * @param kind one of {@link Kinds#ALL}
 * @param country the country id it belongs to, or ""
 * @param letter Admiralty source letter A-F, or "" for the settings' default of its kind
 * @param speaksFor the party id (country or actor) a spokesperson or official stands with in a
 *     conflict ({@code speaks_for}), or ""
 * @param origin where it was read, {@code FILE:LINE}
 */
public record Actor(String id, String name, List<String> aliases, List<String> acronyms, String kind, String country,
    String letter, String speaksFor, String origin) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    acronyms = List.copyOf(acronyms);
    if (!Kinds.ALL.contains(kind)) {
      throw new IllegalArgumentException("unknown kind " + kind);
    }
    country = Objects.requireNonNullElse(country, "");
    letter = Objects.requireNonNullElse(letter, "");
    if (!letter.isEmpty() && !letter.matches("[A-F]")) {
      throw new IllegalArgumentException("letter must be A-F or empty, got " + letter);
    }
    speaksFor = Objects.requireNonNullElse(speaksFor, "");
    origin = Objects.requireNonNullElse(origin, "");
  }

  /** True for a body of a state: it stands on the side of its country in that country's conflicts. */
  public boolean stateBody() {
    return Kinds.STATE.contains(kind) && !country.isEmpty();
  }
}
