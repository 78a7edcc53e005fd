package org.claimscore.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads one text with the {@link NameIndex} and resolves what it names, left to right: which actor
 * each hit is, which countries and actors the text names, and its event words.
 *
 * <p><b>Acronyms.</b> An acronym names its actor only where the context supports it: the text
 * also names that actor by a full name or alias anywhere; or a {@code before_source} phrase of
 * {@code language/en/name-context.csv} ("according to", "according to the") comes right before
 * it; or a reporting verb of {@code verbs.csv} follows it, possibly after up to two {@code
 * before_verb} words ("also", "has") and adverbs in -ly ("Moscow initially denied"). A bare "RSF"
 * in "the RSF index" names nobody. A one-word outlet name is matched with its case, and needs the
 * same support only in a text that also writes it in lower case, where it is a common word:
 * "Time" beside "at the time" does, "Facebook" in a text without "facebook" does not.
 *
 * <p><b>Generic bodies.</b> "the ministry", "the army", "police" mean the body of the country the
 * text is about at that point: the country it last named explicitly before them, by its name, a
 * demonym, its capital, a place of {@code places.csv} that lies in it, or one of the organs that
 * speak for its state (government, head of state or government, armed forces, police, ministry,
 * its unnamed officials:
 * "the Russian defence ministry"). The home country of an agency, outlet, news agency, state
 * media, organisation or armed group quoted in the text does not count, even where its name holds
 * the country ("according to the U.S. Geological Survey" in a story on Morocco leaves the story in
 * Morocco). The phrase is the actor {@code <body>.<country>} when the knowledge has it; for "min",
 * the ministry of that country the text last named; otherwise a body of that country made for the
 * text. With no country named before them they stay generic: a body of their kind with no
 * country, never a party.
 *
 * <p>A country's own name ("Ukraine said") names its government ({@code gov.<country>}) when the
 * knowledge has one. A capital that the knowledge lists as a name of its government ("Moscow")
 * names that government only as the subject of a reporting verb ("Moscow said", "Moscow has
 * denied", "according to Moscow") and not right after a {@code before_place} word of {@code
 * name-context.csv} ("the University of Tokyo said"); elsewhere ("flights to Moscow", "the Kyiv regime") it only marks its country. Built once per lexicon; safe to share between threads.
 */
public final class ArticleReading {

  /**
   * An actor named in the text.
   *
   * @param start offset of the first character
   * @param end offset after the last character
   * @param actor who it is
   * @param countryName true when it was named by its country's name ("in Russia")
   * @param direct true when it was named by its own name, alias or acronym (not a country's name
   *     or a generic phrase)
   */
  public record Named(int start, int end, Actor actor, boolean countryName, boolean direct) {
    public Named {
      Objects.requireNonNull(actor, "actor");
    }
  }

  /**
   * What a text names.
   *
   * @param named the actors named, in text order
   * @param countries ids of the countries it names, directly or through a body
   * @param actors ids of the actors it names
   * @param topics its event words by topic
   * @param mentions how often it names each country explicitly, as the class comment counts them
   *     for generic phrases (names, demonyms, capitals, places, organs of the state)
   */
  public record Result(List<Named> named, Set<String> countries, Set<String> actors, Map<String, Integer> topics,
      Map<String, Integer> mentions) {
    public Result {
      named = List.copyOf(named);
      countries = Set.copyOf(countries);
      actors = Set.copyOf(actors);
      topics = Map.copyOf(topics);
      mentions = Map.copyOf(mentions);
    }
  }

  /** Kinds of actor whose naming puts the text in their country: the organs that speak for a state. */
  private static final Set<String> ORGANS = Set.of("government", "head_of_state", "head_of_government", "military",
      "police", "ministry", "anonymous");

  private static final Object CACHE_LOCK = new Object();
  private static Lexicon cachedLexicon;
  private static ArticleReading cached;

  private final NameIndex index;
  private final Map<String, Actor> actorsById = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final Set<String> capitals = new HashSet<>();
  private final Set<String> verbWords = new HashSet<>();
  /** Words that may stand between a name and its reporting verb ("has", "also"). */
  private final Set<String> beforeVerb = new HashSet<>();
  /** Words after which a capital is a place, not a speaker ("University of Tokyo said"). */
  private final Set<String> beforePlace = new HashSet<>();
  /** Phrases that introduce a source right before its name ("according to"). */
  private final List<String> beforeSource = new ArrayList<>();
  /** How many characters before a name are searched for a phrase of {@link #beforeSource}. */
  private final int sourceWindow;
  private final Map<String, Actor> made = new ConcurrentHashMap<>();

  public ArticleReading(Lexicon lexicon, NameIndex index) {
    this.index = index;
    lexicon.actors().forEach(a -> actorsById.put(a.id(), a));
    lexicon.countries().forEach(c -> {
      countryNames.put(c.id(), c.name());
      c.capitals().forEach(capital -> capitals.add(c.id() + "\0" + NameIndex.fold(capital).toLowerCase(Locale.ROOT)));
    });
    lexicon.verbs().keySet().forEach(v -> verbWords.add(v.split(" ")[0]));
    lexicon.nameContext().forEach((phrase, role) -> {
      switch (role) {
        case "before_verb" -> beforeVerb.add(phrase);
        case "before_place" -> beforePlace.add(phrase);
        case "before_source" -> beforeSource.add(phrase);
        default -> throw new IllegalArgumentException("unknown role '" + role + "' of '" + phrase + "'");
      }
    });
    beforeSource.forEach(phrase -> verbWords.remove(phrase.split(" ")[0]));
    sourceWindow = beforeSource.stream().mapToInt(String::length).max().orElse(0) + 4;
  }

  /** The reading of {@code lexicon}, built once and shared by every stage that reads names with it. */
  public static ArticleReading of(Lexicon lexicon) {
    synchronized (CACHE_LOCK) {
      if (cachedLexicon != lexicon) {
        cached = new ArticleReading(lexicon, new NameIndex(lexicon));
        cachedLexicon = lexicon;
      }
      return cached;
    }
  }

  /** The actor with this id, or null. */
  public Actor actor(String id) {
    return actorsById.get(id);
  }

  /** Reads {@code text} as the class comment says. */
  public Result read(String text) {
    NameIndex.Scan scan = index.find(text);
    Set<Actor> fullyNamed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (NameIndex.Hit h : scan.hits()) {
      if (h.entry().kind() == NameIndex.Kind.ACTOR && !h.exact()) {
        fullyNamed.add(h.entry().actor());
      }
    }
    List<Named> named = new ArrayList<>();
    Set<String> countries = new TreeSet<>();
    Set<String> actors = new TreeSet<>();
    String lastCountry = null;
    Map<String, Integer> mentions = new HashMap<>();
    Map<String, Actor> lastMinistry = new HashMap<>();
    for (NameIndex.Hit h : scan.hits()) {
      NameIndex.Entry e = h.entry();
      Actor actor = null;
      boolean countryName = false;
      switch (e.kind()) {
        case COUNTRY, COUNTRY_MARK -> {
          lastCountry = e.country().id();
          mentions.merge(lastCountry, 1, Integer::sum);
          countries.add(lastCountry);
          if (e.kind() == NameIndex.Kind.COUNTRY) {
            actor = actorsById.get("gov." + lastCountry);
            countryName = true;
          }
        }
        case ACTOR -> {
          if (capitalOfItsCountry(e) && (!supported(text, h) || beforePlace.contains(wordBefore(text, h.start())))) {
            lastCountry = e.actor().country();
            mentions.merge(lastCountry, 1, Integer::sum);
            countries.add(lastCountry);
          } else if (!h.exact() || fullyNamed.contains(e.actor()) || properName(text, e) || supported(text, h)) {
            actor = e.actor();
          }
        }
        case GENERIC -> actor = resolve(e.generic(), lastCountry, lastMinistry);
        default -> {
        }
      }
      if (actor == null) {
        continue;
      }
      named.add(new Named(h.start(), h.end(), actor, countryName, e.kind() == NameIndex.Kind.ACTOR));
      if (e.kind() == NameIndex.Kind.ACTOR) {
        actors.add(actor.id());
      }
      if (!actor.country().isEmpty()) {
        if (e.kind() != NameIndex.Kind.GENERIC) {
          countries.add(actor.country());
        }
        if (ORGANS.contains(actor.kind()) && e.kind() != NameIndex.Kind.GENERIC) {
          lastCountry = actor.country();
          mentions.merge(lastCountry, 1, Integer::sum);
        }
        if (actor.kind().equals("ministry")) {
          lastMinistry.put(actor.country(), actor);
        }
      }
    }
    return new Result(named, countries, actors, scan.topics(), mentions);
  }

  /**
   * True when a form matched with its case is the actor's one-word name ("Facebook", "The
   * Guardian", not an acronym) and the text never writes that word in lower case: there it is a
   * proper name, while "Time" in a text that says "at the time" is a common word and needs support.
   */
  private static boolean properName(String text, NameIndex.Entry e) {
    String form = e.form();
    if (NameIndex.acronymLike(form) || !Lexicon.names(e.actor()).contains(form)) {
      return false;
    }
    String word = (form.startsWith("The ") ? form.substring(4) : form).toLowerCase(Locale.ROOT);
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return false;
      }
    }
    return true;
  }

  /** The word right before {@code at}, lower case, or "". */
  private static String wordBefore(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** True when the form found is a capital that names its country's government ("Moscow"). */
  private boolean capitalOfItsCountry(NameIndex.Entry e) {
    return e.actor().kind().equals("government")
        && capitals.contains(e.actor().country() + "\0" + NameIndex.fold(e.form()).toLowerCase(Locale.ROOT));
  }

  private Actor resolve(GenericBody g, String country, Map<String, Actor> lastMinistry) {
    String bare = g.phrase().startsWith("the ") ? g.phrase().substring(4) : g.phrase();
    if (country == null) {
      return made.computeIfAbsent("generic." + g.body() + "\0" + bare, k -> new Actor("generic." + g.body(), bare,
          List.of(), List.of(), g.kind(), "", "", "", g.origin()));
    }
    if (g.body().equals("min") && lastMinistry.containsKey(country)) {
      return lastMinistry.get(country);
    }
    Actor known = actorsById.get(g.body() + "." + country);
    if (known != null) {
      return known;
    }
    String countryName = countryNames.getOrDefault(country, country);
    return made.computeIfAbsent(g.body() + "." + country + "\0" + bare, k -> new Actor(g.body() + "." + country,
        countryName + " " + bare, List.of(), List.of(), g.kind(), country, "", "", g.origin()));
  }

  private boolean supported(String text, NameIndex.Hit h) {
    String before = text.substring(Math.max(0, h.start() - sourceWindow), h.start()).toLowerCase(Locale.ROOT).strip();
    for (String phrase : beforeSource) {
      if (before.endsWith(phrase)) {
        return true;
      }
    }
    int i = h.end();
    for (int words = 0; words < 3; words++) {
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
        i++;
      }
      int j = i;
      while (j < text.length() && Character.isLetter(text.charAt(j))) {
        j++;
      }
      if (j == i) {
        return false;
      }
      String word = text.substring(i, j).toLowerCase(Locale.ROOT);
      if (verbWords.contains(word)) {
        return true;
      }
      if (!beforeVerb.contains(word) && !(word.length() > 4 && word.endsWith("ly"))) {
        return false;
      }
      i = j;
    }
    return false;
  }
}
