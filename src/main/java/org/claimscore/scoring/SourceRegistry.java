package org.claimscore.scoring;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimscore.claims.Attribution;
import org.claimscore.claims.SpeakerKind;
import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.Outlet;

/**
 * Gives the Admiralty reliability letter of a claim's original source: the knowledge's letter for
 * the speaker's id (or name), else the settings' default for its fine kind ({@code letter.military}),
 * else for its coarse kind; a party to the event's conflict gets at best {@code
 * letter.party_to_conflict}.
 */
public final class SourceRegistry {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, String> letterById;
  private final Map<String, String> letterByName;
  private final Map<String, String> outletLetters;
  private final Settings settings;

  public SourceRegistry(Lexicon lexicon, Settings settings) {
    this.settings = settings;
    Map<String, String> byId = new HashMap<>();
    Map<String, String> byName = new HashMap<>();
    for (Actor actor : lexicon.actors()) {
      if (FactSchema.LETTERS.contains(actor.letter())) {
        byId.put(actor.id(), actor.letter());
        byName.putIfAbsent(normal(actor.name()), actor.letter());
      }
    }
    for (Actor actor : lexicon.actors()) {
      for (String alias : actor.aliases()) {
        if (FactSchema.LETTERS.contains(actor.letter())) {
          byName.putIfAbsent(normal(alias), actor.letter());
        }
      }
    }
    this.letterById = Map.copyOf(byId);
    this.letterByName = Map.copyOf(byName);
    Map<String, String> outlets = new HashMap<>();
    for (Outlet outlet : lexicon.outlets()) {
      if (FactSchema.LETTERS.contains(outlet.reliability())) {
        outlets.putIfAbsent(normal(outlet.name()), outlet.reliability());
      }
    }
    this.outletLetters = Map.copyOf(outlets);
  }

  /** The letter A-F of a news outlet from the lexicon's outlet registry; F when it is not known. */
  public String outletLetter(String outlet) {
    return outletLetters.getOrDefault(normal(outlet), "F");
  }

  /**
   * The letter A-F of the speaker: the lexicon's reliability when the speaker's name (or an alias)
   * is a known actor, else the settings' default for its kind; F for unattributed or unknown.
   */
  public String letter(Attribution a) {
    if (a == null || !a.attributed()) {
      return settings.defaultLetters().get("none");
    }
    String id = a.identity().actorId();
    String letter = id.isEmpty() ? letterByName.get(normal(a.speaker())) : letterById.get(id);
    if (letter == null && !a.identity().fineKind().equals(a.kind().label())) {
      letter = settings.defaultLetters().get(a.identity().fineKind());
    }
    if (letter == null) {
      letter = settings.defaultLetters().get(kindKey(a));
    }
    if (a.partyToConflict()) {
      String party = settings.defaultLetters().get("party_to_conflict");
      letter = letter.compareTo(party) >= 0 ? letter : party;
    }
    return letter;
  }

  private static String kindKey(Attribution a) {
    SpeakerKind kind = a.kind();
    return switch (kind) {
      case PERSON -> a.role().isBlank() ? "person" : "person_with_role";
      case GOVERNMENT -> a.partyToConflict() ? "government_of_a_party" : "government";
      case NONE -> "none";
      default -> kind.label();
    };
  }

  private static String normal(String name) {
    return String.join(" ", SPACES.split(name.trim().toLowerCase(Locale.ROOT)));
  }
}
