package org.claimscore.corroboration;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.claimscore.claims.Claim;
import org.claimscore.claims.Quantity;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.provenance.ContentWords;

/** What the corroborator compares of one claim, computed once per claim. */
record ClaimFeatures(
    Claim claim,
    String family,
    Set<String> ancestors,
    Set<String> words,
    Set<String> places,
    Set<String> areas,
    Set<String> actors,
    Set<String> materiel,
    TreeMap<String, TreeSet<Long>> figures,
    String speakerKey,
    PropositionCorroborator.Outcome outcome,
    boolean updateCue) {

  /** Words that name how a claim is sourced, not what it says. */
  private static final Set<String> ATTRIBUTION_WORDS = Set.of(
      "analyst", "researcher", "expert", "official", "spokesman", "spokeswoman", "spokesperson", "statement",
      "source", "medium", "media", "telegram", "post", "channel", "interview", "television", "affirmed",
      "confirmed", "alleged", "allegedly", "reportedly", "announced", "insisted", "insisting", "wrote");

  /** Words with the same meaning for matching, to one form. */
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("assault", "attack"), Map.entry("raid", "attack"), Map.entry("incursion", "attack"),
      Map.entry("operation", "attack"), Map.entry("offensive", "attack"), Map.entry("attacked", "attack"),
      Map.entry("seized", "capture"), Map.entry("seizing", "capture"), Map.entry("seize", "capture"),
      Map.entry("captured", "capture"), Map.entry("capturing", "capture"), Map.entry("took", "capture"),
      Map.entry("taken", "capture"), Map.entry("taking", "capture"), Map.entry("town", "village"),
      Map.entry("settlement", "village"), Map.entry("locality", "village"), Map.entry("municipality", "village"),
      Map.entry("troop", "soldier"), Map.entry("fighter", "soldier"), Map.entry("militant", "soldier"),
      Map.entry("serviceman", "soldier"), Map.entry("servicemen", "soldier"), Map.entry("repulsed", "repelled"),
      Map.entry("carried", "carry"), Map.entry("supported", "support"), Map.entry("used", "use"));

  /** Kinds of materiel whose mention anchors two claims to one another. */
  private static final Set<String> MATERIEL = Set.of(
      "tank", "drone", "aircraft", "helicopter", "missile", "artillery", "warship", "refinery", "landmine",
      "armored");

  /** Units of one kind of count, to one name. */
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("soldier", "killed"), Map.entry("troop", "killed"), Map.entry("fighter", "killed"),
      Map.entry("militant", "killed"), Map.entry("attacker", "killed"), Map.entry("serviceman", "killed"),
      Map.entry("personnel", "killed"), Map.entry("dead", "killed"), Map.entry("death", "killed"),
      Map.entry("armoured_vehicle", "armored_vehicle"), Map.entry("infantry_vehicle", "armored_vehicle"),
      Map.entry("armoured_infantry_vehicle", "armored_vehicle"), Map.entry("armored_infantry_vehicle", "armored_vehicle"),
      Map.entry("fighting_vehicle", "armored_vehicle"), Map.entry("armoured_fighting_vehicle", "armored_vehicle"),
      Map.entry("apc", "armored_vehicle"), Map.entry("ifv", "armored_vehicle"));

  private static final Pattern REPELLED = Pattern.compile(
      "\\b(repel\\w*|repuls\\w*|driven back|drove back|beat back|beaten back|pushed back|forced out|"
          + "no breakthrough|den(y|ies|ied|ial)|rebuff\\w*|thwart\\w*|fought off|fended off)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern GAINED = Pattern.compile(
      "\\b(took|taken|taking|seiz\\w*|captur\\w*|held|holding|occupy|occupied|occupying|controlling|"
          + "control of|control over|in control)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Words one of which the text must hold before an outcome or update expression is tried. */
  private static final List<String> REPELLED_STEMS = List.of("repel", "repuls", "back", "forced out",
      "breakthrough", "den", "rebuff", "thwart", "fought off", "fended off");
  private static final List<String> GAINED_STEMS = List.of("took", "taken", "taking", "seiz", "captur", "held",
      "holding", "occup", "control");
  private static final List<String> UPDATE_STEMS = List.of("rose to", "risen to", "rising to", "climbed to",
      "increased to", "updated", "stands at", "revised");

  private static final Pattern UPDATE = Pattern.compile(
      "\\b(rose to|risen to|rising to|climbed to|increased to|updated|now stands at|revised)\\b",
      Pattern.CASE_INSENSITIVE);

  String id() {
    return claim.id();
  }

  String articleId() {
    return claim.articleId();
  }

  boolean attributed() {
    return claim.attribution().attributed();
  }

  /**
   * Who speaks, for deciding what is independent: a party to the conflict speaks with one voice
   * (its ministry, its governor and "Moscow" are not independent of one another); anyone else is
   * their own voice.
   */
  String voice() {
    return claim.attribution().partyToConflict() ? "side:" + claim.attribution().side() : "speaker:" + speakerKey;
  }

  /** True when both claims are attributed to the same voice. */
  boolean sameVoice(ClaimFeatures other) {
    return attributed() && other.attributed() && voice().equals(other.voice());
  }

  /** The primary source this claim counts as: its voice, or its article's family when unattributed. */
  String sourceKey() {
    return attributed() ? voice() : "family:" + family;
  }

  /** True when the speaker is named, not a party to the conflict, and of a kind that can vouch. */
  boolean independentSource() {
    return attributed() && !claim.attribution().partyToConflict()
        && PropositionCorroborator.independentKind(claim.attribution().kind());
  }

  /** True when one unit has two figures: the sentence mixes two statements. */
  boolean multiStatement() {
    return figures.values().stream().anyMatch(v -> v.size() > 1);
  }

  /** Keys that put two claims in one candidate pair. */
  Set<String> blockingKeys() {
    Set<String> keys = new HashSet<>();
    places.forEach(p -> keys.add("p:" + p));
    actors.forEach(a -> keys.add("a:" + a));
    words.forEach(w -> keys.add("w:" + w));
    figures.forEach((unit, values) -> values.forEach(v -> keys.add("f:" + unit + ":" + v)));
    if (outcome != PropositionCorroborator.Outcome.NONE) {
      keys.add("o:outcome");
    }
    return keys;
  }

  /** The articles an article derives from, nearest first; computed once per article by the caller. */
  static Set<String> ancestors(String articleId, Map<String, ArticleOrigin> origins) {
    Set<String> ancestors = new TreeSet<>();
    ArticleOrigin step = origins.get(articleId);
    while (step != null && step.derived() && ancestors.add(step.derivedFrom())) {
      step = origins.get(step.derivedFrom());
    }
    return Set.copyOf(ancestors);
  }

  static ClaimFeatures of(
      Claim claim, Map<String, ArticleOrigin> origins, Map<String, String> regionOf, Set<String> ancestors) {
    ArticleOrigin origin = origins.get(claim.articleId());
    String family = origin == null || origin.family().isEmpty() ? claim.articleId() : origin.family();
    List<String> speakerWords = ContentWords.of(claim.attribution().speaker());
    String speakerKey = String.join(" ", speakerWords);
    Set<String> ignored = new HashSet<>(speakerWords);
    ignored.addAll(ContentWords.of(claim.attribution().role()));
    ignored.addAll(ContentWords.of(claim.attribution().via()));
    ignored.addAll(ATTRIBUTION_WORDS);
    Set<String> words = new HashSet<>();
    Set<String> materiel = new TreeSet<>();
    for (String w : ContentWords.of(claim.text())) {
      String word = SYNONYMS.getOrDefault(w, w);
      if (!ignored.contains(word)) {
        words.add(word);
      }
      if (MATERIEL.contains(word)) {
        materiel.add(word);
      }
    }
    Set<String> places = new TreeSet<>();
    Set<String> areas = new TreeSet<>();
    for (String p : claim.places()) {
      String key = p.trim().toLowerCase(Locale.ROOT);
      if (!key.isEmpty()) {
        places.add(key);
        areas.add(key);
        areas.add(regionOf.getOrDefault(key, key));
        words.add("place:" + key);
      }
    }
    Set<String> actors = new TreeSet<>();
    for (String a : claim.actors()) {
      String key = String.join(" ", ContentWords.of(a));
      if (!key.isEmpty() && !key.equals(speakerKey)) {
        actors.add(key);
      }
    }
    TreeMap<String, TreeSet<Long>> figures = new TreeMap<>();
    for (Quantity q : PropositionCorroborator.exact(claim.numbers())) {
      figures.computeIfAbsent(unit(q.unit()), u -> new TreeSet<>()).add(q.value());
    }
    String lower = claim.text().toLowerCase(Locale.ROOT);
    PropositionCorroborator.Outcome outcome = mentionsAny(lower, REPELLED_STEMS) && REPELLED.matcher(claim.text()).find()
        ? PropositionCorroborator.Outcome.REPELLED
        : mentionsAny(lower, GAINED_STEMS) && GAINED.matcher(claim.text()).find()
            ? PropositionCorroborator.Outcome.GAINED
            : PropositionCorroborator.Outcome.NONE;
    return new ClaimFeatures(claim, family, ancestors, words, places, areas, actors, materiel, figures, speakerKey, outcome,
        mentionsAny(lower, UPDATE_STEMS) && UPDATE.matcher(claim.text()).find());
  }

  private static boolean mentionsAny(String lower, List<String> stems) {
    for (String stem : stems) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static String unit(String unit) {
    String u = unit.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    if (u.endsWith("s") && !u.endsWith("ss")) {
      u = u.substring(0, u.length() - 1);
    }
    return UNITS.getOrDefault(u, u);
  }
}
