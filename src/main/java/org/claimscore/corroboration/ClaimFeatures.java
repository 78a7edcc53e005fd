package org.claimscore.corroboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimscore.claims.Claim;
import org.claimscore.claims.Quantity;
import org.claimscore.provenance.ArticleOrigin;

/**
 * What the corroborator compares of one claim, computed once per claim. Words, places, areas, actors
 * and materiel are sets of {@link StringIds} ids kept as sorted arrays ({@link IdSets}); figures
 * are kept per unit, units in name order, each unit's values sorted.
 *
 * @param article id of the claim's article
 * @param words ids of the content words of the text, less those of the speaker, their role and the
 *     outlet it came through
 * @param rolePlaces the places the speaker's role names by their shape (the "Lakeland county" of
 *     "commissioner of Lakeland county"), each as the sorted ids of its words, which are none of
 *     {@code words}
 * @param voice id of {@link #voice(Claim, String)}, meaningful only when the claim is attributed
 * @param units unit names of the exact figures, sorted
 * @param unitIds id of each unit name
 * @param values the distinct values of each unit, sorted
 * @param low the least count each unit's figures allow ("at least 40" is 40, "about 50" is 45)
 * @param high the greatest count each unit's figures allow ({@link Long#MAX_VALUE} for "at least")
 * @param figureKeys ids of the (unit, value) pairs, and of each unit whose figures a toll can
 *     update (a count of the dead or wounded), for blocking
 * @param wordsBesideCounts content words, besides the speaker's, that are no figure and no word a
 *     count of people is told with ({@link FeatureWords#countWords()})
 */
record ClaimFeatures(
    Claim claim,
    int article,
    String family,
    Set<String> ancestors,
    int[] words,
    int[][] rolePlaces,
    int[] places,
    int[] areas,
    int[] actors,
    int[] materiel,
    String[] units,
    int[] unitIds,
    long[][] values,
    long[] low,
    long[] high,
    int[] figureKeys,
    int voice,
    String sourceKey,
    PropositionCorroborator.Outcome outcome,
    int wordsBesideCounts,
    boolean updateCue,
    boolean multiStatement,
    boolean independentSource) {

  String id() {
    return claim.id();
  }

  String articleId() {
    return claim.articleId();
  }

  /**
   * True when the claim says nobody was killed or wounded: a toll it gives is zero and none is
   * more. Within one event, such a claim and a toll are about the same incident even in other words.
   */
  boolean nobodyHurt() {
    boolean zero = false;
    for (int u = 0; u < units.length; u++) {
      if (TOLLS.contains(units[u])) {
        if (values[u].length != 1 || values[u][0] != 0) {
          return false;
        }
        zero = true;
      }
    }
    return zero;
  }

  /**
   * How many content words two claims share. The words of who speaks are none of them, but a place
   * the speaker's role names is where the speaker answers for, and counts as one shared word, as a
   * known place does, where the other claim names it outside its own speaker: "the commissioner of
   * Lakeland county said 12 were killed" and "nobody was killed, contrary to the Lakeland county
   * figures" share the county, as they did while the first speaker's role was not recognised; two
   * statements of the commissioner share nothing by his title.
   */
  int sharedWords(ClaimFeatures other) {
    return IdSets.shared(words, other.words) + named(rolePlaces, other.words) + named(other.rolePlaces, words);
  }

  /** How many of {@code places} have all their words among {@code words}. */
  private static int named(int[][] places, int[] words) {
    int count = 0;
    for (int[] place : places) {
      count += IdSets.shared(place, words) == place.length ? 1 : 0;
    }
    return count;
  }

  /** The most words besides its counts that a claim giving a toll and nothing else has. */
  static final int BARE_TOLL_WORDS = 1;

  /**
   * True when the claim gives a toll and nothing else: no place, no actor, and besides its
   * speaker and its counts of people at most one word ("the governor said 50 were injured", "a
   * local official said at least 12 people had been killed and 20 wounded"). Such a toll is the
   * story's own. "Rescuers found 12 bodies after the landslide" tells its own incident.
   */
  boolean bareToll() {
    return placeless() && wordsBesideCounts <= BARE_TOLL_WORDS && !nobodyHurt();
  }

  /** True when the claim names no place and no actor. */
  boolean placeless() {
    return places.length == 0 && actors.length == 0;
  }

  /**
   * True when the article says in its own voice, naming no place, that nobody was hurt: mostly
   * an early "there were no immediate reports of casualties", not anyone's account of the toll.
   */
  boolean noReportsOfCasualties() {
    return nobodyHurt() && placeless() && !attributed();
  }

  boolean attributed() {
    return claim.attribution().attributed();
  }

  /** True when both claims are attributed to the same voice. */
  boolean sameVoice(ClaimFeatures other) {
    return attributed() && other.attributed() && voice == other.voice;
  }

  /**
   * Who speaks, for deciding what is independent: a party to the conflict speaks with one voice
   * (its ministry, its governor and "Moscow" are not independent of one another); anyone else is
   * their own voice.
   */
  private static String voice(Claim claim, String speakerKey) {
    return claim.attribution().partyToConflict() ? "side:" + claim.attribution().side() : "speaker:" + speakerKey;
  }

  /** How many blocking keys claims with this vocabulary and these figures can have. */
  static int blockingKeyCount(int vocabularySize, int figureKeyCount) {
    return 3 * vocabularySize + figureKeyCount + 1;
  }

  /**
   * Keys that put two claims in one candidate pair, as indexes below {@link #blockingKeyCount}:
   * places, then actors, then words (a role's places among them), then figures, then the one key
   * of a stated outcome.
   */
  int[] blockingKeys(int vocabularySize, int figureKeyCount) {
    boolean outcomeKey = outcome != PropositionCorroborator.Outcome.NONE;
    int rolePlaceWords = 0;
    for (int[] place : rolePlaces) {
      rolePlaceWords += place.length;
    }
    int[] keys = new int[places.length + actors.length + words.length + rolePlaceWords + figureKeys.length
        + (outcomeKey ? 1 : 0)];
    int k = 0;
    for (int p : places) {
      keys[k++] = p;
    }
    for (int a : actors) {
      keys[k++] = vocabularySize + a;
    }
    for (int w : words) {
      keys[k++] = 2 * vocabularySize + w;
    }
    for (int[] place : rolePlaces) {
      for (int w : place) {
        keys[k++] = 2 * vocabularySize + w;
      }
    }
    for (int f : figureKeys) {
      keys[k++] = 3 * vocabularySize + f;
    }
    if (outcomeKey) {
      keys[k] = 3 * vocabularySize + figureKeyCount;
    }
    return keys;
  }

  /** Builds the features of the claims of one batch, sharing their vocabulary and what repeats among them. */
  static final class Factory {

    private final Map<String, ArticleOrigin> origins;
    private final Map<String, String> regionOf;
    private final Set<String> media;
    private final FeatureWords featureWords;
    private final StringIds vocabulary = new StringIds();
    private final Map<String, Set<String>> ancestors = new HashMap<>();
    private final Map<String, TextFeatures> texts = new HashMap<>();
    private final Map<String, Phrase> phrases = new HashMap<>();
    private final Map<String, int[][]> rolePlaces = new HashMap<>();
    private final Map<FigureKey, Integer> figureKeys = new HashMap<>();
    private int[] buffer = new int[64];

    /**
     * @param origins the origin of every article of the claims
     * @param regionOf lower-case place name to lower-case region name
     * @param media lower-case names of outlets and news agencies, which are no actors of an incident
     * @param featureWords the words claims are compared by
     */
    Factory(Map<String, ArticleOrigin> origins, Map<String, String> regionOf, Set<String> media,
        FeatureWords featureWords) {
      this.origins = origins;
      this.regionOf = regionOf;
      this.media = media;
      this.featureWords = featureWords;
      for (String word : featureWords.attributionWords()) {
        vocabulary.id(word);
      }
    }

    /** How many distinct strings the features built so far use. */
    int vocabularySize() {
      return vocabulary.size();
    }

    /** How many distinct (unit, value) figures the features built so far use. */
    int figureKeyCount() {
      return figureKeys.size();
    }

    ClaimFeatures of(Claim claim) {
      ArticleOrigin origin = origins.get(claim.articleId());
      String family = origin == null || origin.family().isEmpty() ? claim.articleId() : origin.family();
      Phrase speaker = phrase(claim.attribution().speaker());
      int[] role = phrase(claim.attribution().role()).words();
      int[] via = phrase(claim.attribution().via()).words();
      TextFeatures text = texts.computeIfAbsent(claim.text(), this::text);

      int[][] rolePlaceNames = rolePlaces.computeIfAbsent(claim.attribution().role(), this::placesOfRole);
      int count = 0;
      int besideCounts = 0;
      for (int i = 0; i < text.words().length; i++) {
        int word = text.words()[i];
        boolean ignored = word < featureWords.attributionWords().size()
            || contains(speaker.words(), word) || contains(role, word) || contains(via, word)
            || anyContains(rolePlaceNames, word);
        if (!ignored) {
          count = add(count, word);
          besideCounts += text.counting()[i] ? 0 : 1;
        }
      }
      int[] places = new int[claim.places().size()];
      int[] areas = new int[2 * claim.places().size()];
      int placeCount = 0;
      int areaCount = 0;
      for (String p : claim.places()) {
        String key = p.trim().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          places[placeCount++] = vocabulary.id(key);
          areas[areaCount++] = vocabulary.id(key);
          areas[areaCount++] = vocabulary.id(regionOf.getOrDefault(key, key));
          count = add(count, vocabulary.id("place:" + key));
        }
      }
      int[] words = IdSets.of(buffer, count);

      int[] actors = new int[claim.actors().size()];
      int actorCount = 0;
      for (String a : claim.actors()) {
        String key = phrase(a).key();
        // An outlet that reports two claims is not part of the incident they tell of.
        boolean medium = media.contains(a.trim().toLowerCase(Locale.ROOT));
        if (!key.isEmpty() && !key.equals(speaker.key()) && !medium) {
          actors[actorCount++] = vocabulary.id(key);
        }
      }

      TreeMap<String, TreeSet<Long>> figures = new TreeMap<>();
      Map<String, long[]> bounds = new HashMap<>();
      for (Quantity q : claim.numbers()) {
        if (!q.vague()) {
          // "No casualties" says nobody was killed and nobody wounded: a zero of both tolls.
          List<String> names = nobodyHurt(q, featureWords) ? TOLL_UNITS : List.of(featureWords.unit(q.unit()));
          for (String name : names) {
            figures.computeIfAbsent(name, x -> new TreeSet<>()).add(q.value());
            long[] b = bounds.computeIfAbsent(name, x -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            b[0] = Math.min(b[0], lowOf(q));
            b[1] = Math.max(b[1], highOf(q));
          }
        }
      }
      String[] units = new String[figures.size()];
      int[] unitIds = new int[figures.size()];
      long[][] values = new long[figures.size()][];
      long[] low = new long[figures.size()];
      long[] high = new long[figures.size()];
      int figureCount = 0;
      boolean multiStatement = false;
      int u = 0;
      for (Map.Entry<String, TreeSet<Long>> e : figures.entrySet()) {
        units[u] = e.getKey();
        unitIds[u] = vocabulary.id(e.getKey());
        values[u] = new long[e.getValue().size()];
        int v = 0;
        for (long value : e.getValue()) {
          values[u][v++] = value;
        }
        low[u] = bounds.get(e.getKey())[0];
        high[u] = bounds.get(e.getKey())[1];
        multiStatement |= values[u].length > 1;
        figureCount += values[u].length + (TOLLS.contains(e.getKey()) ? 1 : 0);
        u++;
      }
      int[] figureIds = new int[figureCount];
      int f = 0;
      for (int k = 0; k < units.length; k++) {
        for (long v : values[k]) {
          figureIds[f++] = figureKeys.computeIfAbsent(new FigureKey(unitIds[k], v), key -> figureKeys.size());
        }
        if (TOLLS.contains(units[k])) {
          figureIds[f++] = figureKeys.computeIfAbsent(new FigureKey(unitIds[k], -1), key -> figureKeys.size());
        }
      }

      boolean attributed = claim.attribution().attributed();
      String voice = voice(claim, speaker.key());
      return new ClaimFeatures(claim, vocabulary.id(claim.articleId()), family,
          ancestors.computeIfAbsent(claim.articleId(), this::ancestors), words,
          rolePlaceNames, IdSets.of(places, placeCount),
          IdSets.of(areas, areaCount), IdSets.of(actors, actorCount), text.materiel(), units, unitIds, values,
          low, high, figureIds, vocabulary.id(voice), attributed ? voice : "family:" + family, text.outcome(), besideCounts,
          text.updateCue(),
          multiStatement, attributed && !claim.attribution().partyToConflict()
              && PropositionCorroborator.independentKind(claim.attribution().kind()));
    }

    /** Appends {@code id} to the buffer of word ids, which holds {@code count} of them. */
    private int add(int count, int id) {
      if (count == buffer.length) {
        buffer = Arrays.copyOf(buffer, 2 * count);
      }
      buffer[count] = id;
      return count + 1;
    }

    /** The articles an article derives from, nearest first. */
    private Set<String> ancestors(String articleId) {
      Set<String> found = new TreeSet<>();
      ArticleOrigin step = origins.get(articleId);
      while (step != null && step.derived() && found.add(step.derivedFrom())) {
        step = origins.get(step.derivedFrom());
      }
      return Set.copyOf(found);
    }

    private Phrase phrase(String s) {
      Phrase phrase = phrases.get(s);
      if (phrase == null) {
        List<String> words = featureWords.contentWords().of(s);
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = vocabulary.id(words.get(i));
        }
        phrase = new Phrase(String.join(" ", words), ids);
        phrases.put(s, phrase);
      }
      return phrase;
    }

    /**
     * The places a role names by their shape: one to three capitalised words before a word of
     * {@code place-nouns.txt} ("Lakeland county", "North Vale province"), or after one and "of"
     * ("the province of Vale"). Each place is the ids of its words, which go as a text's words go,
     * through content words and synonyms.
     */
    private int[][] placesOfRole(String role) {
      String[] tokens = role.split("[^\\p{L}\\p{N}]+");
      List<int[]> found = new ArrayList<>();
      for (int i = 0; i < tokens.length; i++) {
        if (!featureWords.placeNouns().contains(tokens[i].toLowerCase(Locale.ROOT))) {
          continue;
        }
        int before = i;
        while (before > 0 && i - before < MAX_PLACE_NAME && capitalisedName(tokens[before - 1])) {
          before--;
        }
        int after = i + 1;
        if (before == i && i + 1 < tokens.length && tokens[i + 1].equals("of")) {
          int end = i + 2;
          while (end < tokens.length && end - (i + 2) < MAX_PLACE_NAME && capitalisedName(tokens[end])) {
            end++;
          }
          after = end > i + 2 ? end : after;
        }
        if (before < i || after > i + 1) {
          String name = String.join(" ", Arrays.asList(tokens).subList(before, after));
          List<String> words = featureWords.contentWords().of(name);
          int[] ids = new int[words.size()];
          for (int w = 0; w < ids.length; w++) {
            ids[w] = vocabulary.id(featureWords.synonyms().getOrDefault(words.get(w), words.get(w)));
          }
          found.add(IdSets.of(ids, ids.length));
        }
      }
      return found.toArray(new int[0][]);
    }

    /** True for a word written with a capital that is no word of a place's kind: part of a name. */
    private boolean capitalisedName(String token) {
      return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0))
          && !featureWords.placeNouns().contains(token.toLowerCase(Locale.ROOT));
    }

    private TextFeatures text(String text) {
      List<String> textWords = featureWords.contentWords().of(text);
      int[] words = new int[textWords.size()];
      int[] materiel = new int[textWords.size()];
      boolean[] counting = new boolean[textWords.size()];
      int materielCount = 0;
      for (int i = 0; i < words.length; i++) {
        String w = textWords.get(i);
        String word = featureWords.synonyms().getOrDefault(w, w);
        words[i] = vocabulary.id(word);
        counting[i] = featureWords.countWords().contains(w) || w.chars().allMatch(Character::isDigit);
        if (featureWords.materiel().contains(word)) {
          materiel[materielCount++] = words[i];
        }
      }
      String lower = text.toLowerCase(Locale.ROOT);
      PropositionCorroborator.Outcome outcome = featureWords.repelled().foundIn(lower)
          ? PropositionCorroborator.Outcome.REPELLED
          : featureWords.gained().foundIn(lower)
              ? PropositionCorroborator.Outcome.GAINED
              : PropositionCorroborator.Outcome.NONE;
      return new TextFeatures(words, counting, IdSets.of(materiel, materielCount), outcome,
          featureWords.updates().foundIn(lower));
    }

    private static boolean anyContains(int[][] sets, int id) {
      for (int[] ids : sets) {
        if (contains(ids, id)) {
          return true;
        }
      }
      return false;
    }

    private static boolean contains(int[] ids, int id) {
      for (int x : ids) {
        if (x == id) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * What a claim's text alone gives, shared by claims that repeat the text.
   *
   * @param words ids of its content words after synonyms, in text order
   * @param counting for each of them, whether it is a figure or a word a count of people is told with
   * @param materiel ids of the kinds of materiel it names
   */
  private record TextFeatures(int[] words, boolean[] counting, int[] materiel, PropositionCorroborator.Outcome outcome, boolean updateCue) {}

  /**
   * A name or role as content words.
   *
   * @param key the content words joined by spaces
   * @param words their ids, in text order
   */
  private record Phrase(String key, int[] words) {}

  /** One figure of one unit, for blocking. */
  private record FigureKey(int unit, long value) {}

  /** The most capitalised words a place's name takes beside its kind ("North Vale" province). */
  private static final int MAX_PLACE_NAME = 3;

  /** Units of a toll: counts of people that later, more complete counts of one incident replace. */
  static final Set<String> TOLLS = Set.of("killed", "wounded");
  private static final List<String> TOLL_UNITS = List.copyOf(new TreeSet<>(TOLLS));
  /** The unit of a count of the killed and wounded together. */
  static final String CASUALTY = "casualty";

  /** True for "no casualties": an exact zero of the killed and wounded together. */
  private static boolean nobodyHurt(Quantity q, FeatureWords featureWords) {
    return q.value() == 0 && q.qualifier() == Quantity.Qualifier.EXACT
        && featureWords.unit(q.unit()).equals(CASUALTY);
  }

  /** The least count a figure allows. */
  static long lowOf(Quantity q) {
    return switch (q.qualifier()) {
      case MORE_THAN -> q.value() + 1;
      case ABOUT -> q.value() - Math.max(1, q.value() / 10);
      case UP_TO -> 0;
      default -> q.value();
    };
  }

  /** The greatest count a figure allows. */
  static long highOf(Quantity q) {
    return switch (q.qualifier()) {
      case AT_LEAST, MORE_THAN -> Long.MAX_VALUE;
      case ABOUT -> q.value() + Math.max(1, q.value() / 10);
      case UP_TO, RANGE -> q.upper();
      default -> q.value();
    };
  }

}
