package org.claimscore.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscore.ingest.Article;
import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.ArticleReading;
import org.claimscore.lexicon.ConflictFinder;
import org.claimscore.lexicon.EventConflicts;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.Place;
import org.claimscore.sentences.Sentence;
import org.claimscore.text.Span;
import org.claimscore.language.Language;
import org.claimscore.text.Vocabulary;

/**
 * Finds claims with word lists and a few sentence patterns: no statistics, no model.
 *
 * <p>Design decision: every sentence of running prose that is not boilerplate becomes a claim, and
 * its type says whether it is a checkable fact or analysis, prediction, opinion or background; a
 * fact-checker would rather see a sentence typed as analysis than lose it. Attribution is resolved
 * left to right through the article, so "he", "the group" and a bare surname point back at the last
 * named speaker, and a quote that runs over several sentences keeps its speaker. A bare surname
 * known in advance names a person of the editors' lists or an overlay (kind {@code person}; of two
 * with the same surname, the later loaded), never a head of state or government of the generated
 * knowledge, whose surnames ("Kim", "Khan") are too common to name them alone.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

  /** Every channel {@link Attribution#channel()} can name; "" when the text names none. */
  public static final List<String> CHANNELS = List.of("", "social_media", "statement", "telegram", "tv", "video");

  /** Phrases of the lines a site adds around an article; a sentence holding one, in any case, is no claim. */
  static final String[] BOILERPLATE = {
    "a version of this story appeared", "click here", "comment policy", "can be reached at",
    "based in part on wire service", "translated from the original", "the information provided in this article",
    "does not represent current or real-world events", "sign up for", "subscribe to", "all rights reserved",
    "follow us on", "share this article", "read more:",
  };

  private static final Set<String> SKIPPABLE_BEFORE_VERB = Words.set("also", "has", "have", "had", "even", "then",
      "later", "initially", "officially", "again", "meanwhile", "vehemently", "reportedly", "publicly", "\"",
      "first", "now", "previously", "repeatedly");
  private static final Set<String> PRONOUNS = Words.set("he", "she", "it");
  private static final Set<String> PREPOSITIONS = Words.set("in", "into", "inside", "across", "from", "to", "of",
      "on", "against", "within", "at", "near", "for", "with", "towards", "toward", "over", "about", "behind");
  private static final Set<String> NOT_ROLE_START = Words.set("as", "according", "in", "but", "however", "and",
      "while", "after", "before", "when", "if", "on", "at", "by");
  private static final Set<String> LINKS = Words.set("from", "at", "of", "with");
  private static final Set<String> FINITE = Words.set("was", "is", "were", "are", "has", "had", "have");
  private static final Set<String> AGENT_VERBS = Words.set("released", "posted", "published", "shared");
  /** Words the patterns below compare tokens with one by one, besides the lists above. */
  private static final Set<String> COMPARED = Words.set("the", "a", "an", "according", "group", "and", "but",
      "however", "by", "who", "said", "says", "told", "telling", "tells", "telegram", "social", "media",
      "television", "tv", "interview", "video", "footage", "statement");

  /** The bits of the phrase lists in {@link FirstWords}, in the order the constructor gives them. */
  private static final int CUES = 1;
  private static final int HEDGES = 1 << 1;
  private static final int VERBS = 1 << 2;
  private static final int PLACES = 1 << 3;

  private final ArticleReading names;
  private final ConflictFinder conflicts;
  private final Map<String, String> placeCountries;
  private final Map<String, Actor> surnames;
  private final PhraseMatcher<String> places;
  private final PhraseMatcher<String> hedges;
  private final PhraseMatcher<VerbStrength> verbs;
  private final QuantityParser quantities;
  private final CueMatcher cues;
  private final Vocabulary vocabulary;
  private final FirstWords firstWords;

  /**
   * Compiles the lexicon's and the language's word lists once; the extractor is then safe to
   * share between threads.
   */
  public RuleBasedClaimExtractor(Lexicon lexicon, Language language) {
    this.quantities = new QuantityParser(language);
    this.cues = new CueMatcher(language);
    this.names = ArticleReading.of(lexicon);
    this.conflicts = new ConflictFinder(lexicon);
    Map<String, Actor> last = new HashMap<>();
    for (Actor actor : lexicon.actors()) {
      if (actor.kind().equals("person")) {
        String[] words = Tokens.normsOf(actor.name());
        if (words.length > 1) {
          last.put(words[words.length - 1], actor);
        }
      }
    }
    this.surnames = Words.map(last);
    Map<String, String> pc = new HashMap<>();
    lexicon.places().forEach(p -> pc.put(p.name(), p.country()));
    this.placeCountries = Map.copyOf(pc);
    PhraseMatcher.Builder<String> p = PhraseMatcher.builder(RuleBasedClaimExtractor::foldTransliteration);
    for (Place place : lexicon.places()) {
      p.add(place.name(), place.name());
      for (String v : place.variants()) {
        p.add(v, place.name());
      }
    }
    this.places = p.build();
    PhraseMatcher.Builder<String> h = PhraseMatcher.builder();
    for (String hedge : lexicon.hedges()) {
      h.add(hedge, hedge);
    }
    this.hedges = h.build();
    PhraseMatcher.Builder<VerbStrength> v = PhraseMatcher.builder();
    lexicon.verbs().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> v.add(e.getKey(), VerbStrength.valueOf(e.getValue().toUpperCase(Locale.ROOT))));
    this.verbs = v.build();
    List<PhraseMatcher<?>> lists = List.of(cues.phrases(), hedges, verbs, places);
    this.vocabulary = vocabularyOf(lists);
    this.firstWords = new FirstWords(lists, vocabulary);
  }

  /** Every word a list or pattern of the extractor compares tokens with. */
  private Vocabulary vocabularyOf(List<PhraseMatcher<?>> lists) {
    Set<String> known = new HashSet<>(quantities.words());
    for (PhraseMatcher<?> m : lists) {
      known.addAll(m.words());
    }
    known.addAll(surnames.keySet());
    for (Set<String> list : List.of(SKIPPABLE_BEFORE_VERB, PRONOUNS, PREPOSITIONS, NOT_ROLE_START, LINKS, FINITE,
        AGENT_VERBS, COMPARED)) {
      known.addAll(list);
    }
    return new Vocabulary(known);
  }

  /** Folds io and yo to e inside a word, so Tiotkino and Tetkino, Oryol and Orel compare equal. */
  static String foldTransliteration(String word) {
    for (int i = word.indexOf('o', 1); i > 0; i = word.indexOf('o', i + 1)) {
      char before = word.charAt(i - 1);
      if (before == 'i' || before == 'y') {
        return word.replace("io", "e").replace("yo", "e");
      }
    }
    return word;
  }

  /** Claims of one article taken as an event of its own: its parties are decided from it alone. */
  @Override
  public List<Claim> extract(Article article, List<Sentence> sentences) {
    return extractEvent(List.of(article), List.of(sentences)).get(0);
  }

  /**
   * Claims of the articles of one event: the event's conflicts are decided from all its articles
   * ({@link ConflictFinder}), then each article is read with them.
   */
  @Override
  public List<List<Claim>> extractEvent(List<Article> articles, List<List<Sentence>> sentences) {
    List<ArticleReading.Result> readings = new ArrayList<>(articles.size());
    Set<String> countries = new HashSet<>();
    Set<String> actorIds = new HashSet<>();
    List<java.time.LocalDate> published = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    Map<String, Integer> topics = new HashMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    for (Article article : articles) {
      ArticleReading.Result r = names.read(article.text());
      readings.add(r);
      countries.addAll(r.countries());
      actorIds.addAll(r.actors());
      r.topics().forEach((k, v) -> topics.merge(k, v, Integer::sum));
      r.mentions().forEach((k, v) -> mentions.merge(k, v, Integer::sum));
      if (article.published() != null) {
        published.add(article.published());
      }
    }
    EventConflicts event = EventConflicts.NONE;
    if (ConflictFinder.aboutConflict(topics)) {
      for (int i = 0; i < articles.size(); i++) {
        years.addAll(ConflictFinder.yearsIn(articles.get(i).text()));
        for (Sentence s : sentences.get(i)) {
          for (PhraseMatcher.Match<String> m : places.find(Tokens.of(s.text()))) {
            String c = placeCountries.getOrDefault(m.value(), "");
            if (!c.isEmpty()) {
              countries.add(c);
            }
          }
        }
      }
      int most = mentions.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      Set<String> main = new HashSet<>();
      mentions.forEach((k, v) -> {
        if (v == most) {
          main.add(k);
        }
      });
      event = conflicts.decide(new ConflictFinder.EventFacts(countries, actorIds, published, years, topics, main));
    }
    List<List<Claim>> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      out.add(extract(articles.get(i), sentences.get(i), readings.get(i), event));
    }
    return out;
  }

  private List<Claim> extract(Article article, List<Sentence> sentences, ArticleReading.Result reading,
      EventConflicts event) {
    String text = article.text();
    ArticleState state = new ArticleState();
    state.named = reading.named();
    state.event = event;
    List<Analysed> analysed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int previousEnd = 0;
    for (Sentence s : sentences) {
      Span span = s.span();
      if (span.end() > text.length() || span.start() < previousEnd) {
        continue;
      }
      boolean newParagraph = previousEnd == 0 || hasLineFeed(text, previousEnd, span.start());
      if (newParagraph) {
        state.quoteOpen = false;
      }
      previousEnd = span.end();
      Analysed a = analyse(s, state);
      a.paragraphStart = newParagraph;
      if (a.type != null && !seen.add(s.text().strip())) {
        a.type = null;
      }
      analysed.add(a);
    }
    resolveQuotes(analysed);
    linkQualifiers(analysed);
    List<Claim> claims = new ArrayList<>();
    for (Analysed a : analysed) {
      if (a.type == null) {
        continue;
      }
      Attribution attr = a.attribution == null ? Attribution.NONE : a.attribution;
      String id = article.id() + "#" + (claims.size() + 1);
      claims.add(new Claim(id, article.id(), a.sentence.index(), a.type, a.sentence.span(), a.sentence.text(),
          attr, interest(a, attr), a.hedges, a.numbers, a.places, actorsOf(a, attr),
          List.copyOf(a.qualifiers)));
    }
    return claims;
  }

  private static boolean hasLineFeed(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** What one sentence yields before cross-sentence resolution. */
  private static final class Analysed {
    Sentence sentence;
    Tokens tokens;
    Set<Cue> cues;
    ClaimType type;
    Attribution attribution;
    boolean startsInQuote;
    boolean endsInQuote;
    boolean opensQuote;
    boolean carried;
    boolean paragraphStart;
    List<Mention> mentions = List.of();
    List<Quantity> numbers = List.of();
    List<String> places = List.of();
    List<String> hedges = List.of();
    final Set<String> qualifiers = new LinkedHashSet<>();
    String judgement;
    boolean judgesOwnSentence;
    String channel;
  }

  /** What the extractor remembers while it reads one article from top to bottom. */
  private static final class ArticleState {
    boolean quoteOpen;
    Attribution lastNamed;
    Attribution lastOrganisation;
    /** Compared by identity: the lexicon holds one object per actor, and the matchers hand out only those. */
    final Set<Actor> seenPersons = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Actor> seenActors = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<String, String> roles = new HashMap<>();
    final Map<String, Attribution> unknownSurnames = new HashMap<>();
    /** The actors the article names, in text order, and the next one to hand to a sentence. */
    List<ArticleReading.Named> named = List.of();
    int nextNamed;
    EventConflicts event = EventConflicts.NONE;
  }

  private Analysed analyse(Sentence s, ArticleState state) {
    Analysed a = new Analysed();
    a.sentence = s;
    String text = s.text();
    Tokens t = Tokens.of(text, vocabulary);
    a.tokens = t;
    int[] starts = firstWords.of(t);
    boolean[] quoted = new boolean[t.size];
    a.startsInQuote = state.quoteOpen;
    a.endsInQuote = markQuotes(t, state.quoteOpen, quoted, a);
    state.quoteOpen = a.endsInQuote;
    List<PhraseMatcher.Match<Set<Cue>>> cueMatches = cues.matches(t, starts, CUES);
    a.cues = Cue.in(cueMatches);
    a.mentions = mentions(t, s.span().start(), state);
    int offset = s.span().start();
    a.numbers = quantities.parse(t, offset);
    a.places = placesIn(t, starts);
    a.hedges = hedgesIn(t, starts);
    a.attribution = attribute(t, starts, quoted, a, state);
    if (a.attribution != null && a.attribution.kind() != SpeakerKind.ANONYMOUS
        && a.attribution.kind() != SpeakerKind.MEDIA_REPORTS && a.attribution.kind() != SpeakerKind.CROWD) {
      state.lastNamed = a.attribution;
      if (a.attribution.kind() == SpeakerKind.ORGANISATION || a.attribution.kind() == SpeakerKind.GOVERNMENT) {
        state.lastOrganisation = a.attribution;
      }
    }
    if (!s.heading() && isProse(t, text)) {
      a.type = classify(a);
    }
    judge(a, cueMatches);
    return a;
  }

  /** Marks tokens inside quotation marks; returns whether a quote is still open at the end. */
  private static boolean markQuotes(Tokens t, boolean open, boolean[] quoted, Analysed a) {
    int regionStart = open ? 0 : -1;
    for (int i = 0; i < t.size; i++) {
      if (t.kind[i] != Tokens.MARK || !t.norm[i].equals("\"")) {
        if (regionStart >= 0) {
          quoted[i] = true;
        }
        continue;
      }
      boolean opener = isOpener(t, i);
      if (opener && open && regionStart == 0) {
        for (int k = 0; k < i; k++) {
          quoted[k] = false;
        }
        regionStart = -1;
        open = false;
      }
      if (opener && regionStart < 0) {
        regionStart = i + 1;
        a.opensQuote = true;
      } else if (!opener && regionStart >= 0) {
        if (i - regionStart <= 4 && !(open && regionStart == 0)) {
          for (int k = regionStart; k < i; k++) {
            quoted[k] = false;
          }
        }
        regionStart = -1;
      }
    }
    return regionStart >= 0;
  }

  private static boolean isOpener(Tokens t, int i) {
    int at = t.start[i];
    boolean spaceBefore = at == 0 || Character.isWhitespace(t.text.charAt(at - 1))
        || Character.isSpaceChar(t.text.charAt(at - 1))
        || "([—–-".indexOf(t.text.charAt(at - 1)) >= 0;
    boolean wordAfter = at + 1 < t.text.length() && !Character.isWhitespace(t.text.charAt(at + 1))
        && ".,;:!?".indexOf(t.text.charAt(at + 1)) < 0;
    return spaceBefore && wordAfter;
  }

  private List<Mention> mentions(Tokens t, int offset, ArticleState state) {
    List<Mention> found = new ArrayList<>();
    boolean[] covered = new boolean[t.size];
    List<ArticleReading.Named> named = state.named;
    int end = offset + t.text.length();
    while (state.nextNamed < named.size() && named.get(state.nextNamed).start() < offset) {
      state.nextNamed++;
    }
    int k0 = 0;
    for (; state.nextNamed < named.size() && named.get(state.nextNamed).end() <= end; state.nextNamed++) {
      ArticleReading.Named n = named.get(state.nextNamed);
      while (k0 < t.size && offset + t.start[k0] < n.start()) {
        k0++;
      }
      if (k0 >= t.size || offset + t.start[k0] != n.start()) {
        continue;
      }
      int to = k0;
      while (to < t.size && offset + t.end[to] < n.end()) {
        to++;
      }
      if (to >= t.size || offset + t.end[to] != n.end()) {
        continue;
      }
      to++;
      Actor actor = n.actor();
      state.seenActors.add(actor);
      Mention m = Mention.of(k0, to, actor, state.event.standingOf(actor));
      if (n.countryName()) {
        m = new Mention(m.from(), m.to(), actor, m.name(), m.kind(), m.identity(), true);
      }
      found.add(m);
      for (int k = k0; k < to; k++) {
        covered[k] = true;
      }
      if (m.kind() == SpeakerKind.PERSON) {
        state.seenPersons.add(actor);
      }
    }
    for (int i = 0; i < t.size; i++) {
      if (covered[i] || !t.capitalised(i)) {
        continue;
      }
      Actor person = t.known(i) ? surnames.get(t.norm[i]) : null;
      if (person != null && state.seenPersons.contains(person)) {
        found.add(Mention.of(i, i + 1, person, state.event.standingOf(person)));
      } else if (state.unknownSurnames.containsKey(t.norm[i])) {
        Attribution u = state.unknownSurnames.get(t.norm[i]);
        found.add(new Mention(i, i + 1, null, u.speaker(), u.kind(), u.identity(), false));
      }
    }
    found.sort((x, y) -> Integer.compare(x.from(), y.from()));
    List<Mention> kept = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Mention m = found.get(i);
      if (!m.named() && i + 1 < found.size()) {
        Mention next = found.get(i + 1);
        if (next.named() && next.from() - m.to() <= 3 && next.from() > m.to()
            && LINKS.contains(t.norm[m.to()])) {
          continue;
        }
      }
      kept.add(m);
    }
    return kept;
  }

  /** "anti-Putin", "Kyiv-loyal": a name inside a compound word is not a mention of the actor. */
  private static boolean hyphenated(Tokens t, int from, int to) {
    boolean before = from > 0 && t.is(from - 1, "-") && t.end[from - 1] == t.start[from];
    boolean after = to < t.size && t.is(to, "-") && t.start[to] == t.end[to - 1];
    return before || after;
  }

  private List<String> placesIn(Tokens t, int[] starts) {
    Set<String> out = new LinkedHashSet<>();
    for (PhraseMatcher.Match<String> m : places.find(t, starts, PLACES)) {
      out.add(m.value());
    }
    return List.copyOf(out);
  }

  private List<String> hedgesIn(Tokens t, int[] starts) {
    Set<String> out = new LinkedHashSet<>();
    for (PhraseMatcher.Match<String> m : hedges.find(t, starts, HEDGES)) {
      out.add(m.value());
    }
    return List.copyOf(out);
  }

  private Attribution attribute(Tokens t, int[] starts, boolean[] quoted, Analysed a, ArticleState state) {
    List<PhraseMatcher.Match<VerbStrength>> verbMatches = new ArrayList<>();
    for (PhraseMatcher.Match<VerbStrength> v : verbs.find(t, starts, VERBS)) {
      if (!quoted[v.from()] && mentionAt(a.mentions, v.from()) == null) {
        verbMatches.add(v);
      }
    }
    Mention according = null;
    for (PhraseMatcher.Match<VerbStrength> v : verbMatches) {
      if (t.is(v.from(), "according")) {
        according = mentionStartingNear(a.mentions, quoted, v.to(), 4);
        if (according == null) {
          according = namedAfterAccordingTo(t, quoted, v.to());
        }
        if (according != null) {
          break;
        }
      }
    }
    Attribution said = null;
    for (PhraseMatcher.Match<VerbStrength> v : verbMatches) {
      if (t.is(v.from(), "according")) {
        continue;
      }
      said = subjectOf(t, quoted, a, v, state);
      if (said != null) {
        break;
      }
    }
    if (said == null) {
      said = agentAttribution(t, quoted, a);
    }
    if (said == null) {
      for (PhraseMatcher.Match<VerbStrength> v : verbMatches) {
        if (t.norm[v.to() - 1].endsWith("ing") && !t.is(v.from(), "according")) {
          Mention m = nearestBefore(a.mentions, quoted, v.from(), true);
          if (m == null) {
            m = clauseSubjectBefore(t, quoted, a.mentions, v.from());
          }
          if (m != null) {
            said = build(t, a, m, v, state);
            break;
          }
        }
      }
    }
    if (according != null) {
      boolean mediaSource = according.kind() == SpeakerKind.MEDIA || according.kind() == SpeakerKind.MEDIA_REPORTS;
      if (said != null && mediaSource) {
        String via = according.kind() == SpeakerKind.MEDIA ? according.name() : said.via();
        said = new Attribution(said.speaker(), said.speakerSpan(), said.kind(), said.role(), said.identity(),
            said.verb(), said.verbStrength(), said.channel(), said.directQuote(), via);
      } else if (said == null || said.kind() == SpeakerKind.UNKNOWN || !said.kind().equals(according.kind())
          && (said.kind() == SpeakerKind.ANONYMOUS || said.kind() == SpeakerKind.MEDIA_REPORTS)) {
        int from = indexOfNorm(t, "according");
        said = build(t, a, according, new PhraseMatcher.Match<>(from, from + 2, VerbStrength.NEUTRAL), state);
      }
    }
    if (said == null && a.startsInQuote && quotedAtStart(quoted) && state.lastNamed != null) {
      Attribution l = state.lastNamed;
      said = new Attribution(l.speaker(), l.speakerSpan(), l.kind(), l.role(), l.identity(), l.verb(),
          l.verbStrength(), l.channel(), true, l.via());
      a.carried = true;
    }
    return said;
  }

  /**
   * "according to the provincial health office": a source the knowledge does not know is the
   * phrase after "according to", up to the end of its clause (at most 8 tokens, without a leading
   * article), of unknown kind.
   */
  private static Mention namedAfterAccordingTo(Tokens t, boolean[] quoted, int from) {
    int start = from;
    if (t.is(start, "the") || t.is(start, "a") || t.is(start, "an")) {
      start++;
    }
    int end = start;
    while (end < t.size && end - start < 8 && !quoted[end]
        && (t.kind[end] != Tokens.MARK || t.is(end, "-") || t.is(end, "'") || abbreviationDot(t, end))) {
      end++;
    }
    if (end == start || end - start >= 8 || !t.isWord(start) || !t.isWord(end - 1)) {
      return null;
    }
    return new Mention(start, end, null, t.cover(start, end), SpeakerKind.UNKNOWN,
        Identity.unknown(SpeakerKind.UNKNOWN), false);
  }

  /** The full stop of an initial inside a name ("U.S. Attorney"): one capital letter before it, a word after. */
  private static boolean abbreviationDot(Tokens t, int k) {
    return t.is(k, ".") && k >= 1 && t.isWord(k - 1) && t.end[k - 1] - t.start[k - 1] == 1 && t.capitalised(k - 1)
        && k + 1 < t.size && t.kind[k + 1] != Tokens.MARK;
  }

  private static boolean quotedAtStart(boolean[] quoted) {
    return quoted.length > 0 && quoted[0];
  }

  private static int indexOfNorm(Tokens t, String norm) {
    for (int i = 0; i < t.size; i++) {
      if (t.norm[i].equals(norm)) {
        return i;
      }
    }
    return 0;
  }

  private static Mention mentionAt(List<Mention> mentions, int token) {
    for (Mention m : mentions) {
      if (m.from() <= token && token < m.to()) {
        return m;
      }
    }
    return null;
  }

  private static Mention mentionStartingNear(List<Mention> mentions, boolean[] quoted, int from, int window) {
    for (Mention m : mentions) {
      if (m.from() >= from && m.from() <= from + window && !quoted[m.from()]) {
        return m;
      }
    }
    return null;
  }

  private static Mention nearestBefore(List<Mention> mentions, boolean[] quoted, int token, boolean person) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.to() <= token && !quoted[m.from()] && (!person || m.kind() == SpeakerKind.PERSON)) {
        best = m;
      }
    }
    return best;
  }

  /**
   * "the Kremlin was typically dismissive, saying ...": the nearest named mention before a
   * participle that is the subject of a clause (followed by a finite verb, not after a preposition).
   */
  private static Mention clauseSubjectBefore(Tokens t, boolean[] quoted, List<Mention> mentions, int token) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.to() < token && !quoted[m.from()] && m.named() && (m.from() == 0 || !PREPOSITIONS.contains(t.norm[m.from() - 1]))
          && FINITE.contains(t.norm[m.to()])) {
        best = m;
      }
    }
    return best;
  }

  /** The speaker of reporting verb {@code v}: its subject, an appositive's head, or an inverted subject. */
  private Attribution subjectOf(
      Tokens t, boolean[] quoted, Analysed a, PhraseMatcher.Match<VerbStrength> v, ArticleState state) {
    int k = v.from() - 1;
    int skipped = 0;
    while (k >= 0 && skipped < 3 && (SKIPPABLE_BEFORE_VERB.contains(t.norm[k])
        || t.isWord(k) && t.norm[k].endsWith("ly") && !t.capitalised(k))) {
      k--;
      skipped++;
    }
    if (k < 0) {
      return null;
    }
    for (Mention m : a.mentions) {
      if (m.to() == k + 1 && !quoted[m.from()]) {
        return build(t, a, m, v, state);
      }
    }
    if (!quoted[k] && PRONOUNS.contains(t.norm[k]) && state.lastNamed != null) {
      return resolved(state.lastNamed, t, a, v);
    }
    if (!quoted[k] && t.is(k, "group") && t.is(k - 1, "the") && state.lastOrganisation != null) {
      return resolved(state.lastOrganisation, t, a, v);
    }
    if ((t.is(k, "and") || t.is(k, "but")) && !quoted[k]) {
      for (Mention m : a.mentions) {
        if (m.to() <= k && m.from() <= 6 && !quoted[m.from()] && m.named()) {
          return build(t, a, m, v, state);
        }
      }
    }
    boolean afterQuote = t.is(k, "\"") || t.is(k, ",") && t.is(k - 1, "\"");
    if (afterQuote) {
      Attribution inverted = inverted(t, quoted, a, v, state);
      if (inverted != null) {
        return inverted;
      }
    }
    if (t.is(k, ",") || t.is(k, "-") || t.is(k, ")")) {
      Attribution unknownPerson = t.is(k, ",") ? nameThenRole(t, quoted, a, v, k, state) : null;
      if (unknownPerson != null) {
        return unknownPerson;
      }
      Mention head = appositiveHead(t, quoted, a.mentions, k);
      if (head != null) {
        return build(t, a, head, v, state);
      }
      Attribution named = roleThenName(t, quoted, a, v, k, state);
      if (named != null) {
        return named;
      }
      return inverted(t, quoted, a, v, state);
    }
    return unknownSubject(t, quoted, a, v, k, state);
  }

  private Attribution inverted(
      Tokens t, boolean[] quoted, Analysed a, PhraseMatcher.Match<VerbStrength> v, ArticleState state) {
    int j = v.to();
    if (t.is(j, "the")) {
      j++;
    }
    for (Mention m : a.mentions) {
      if (m.from() == j && !quoted[m.from()]) {
        return build(t, a, m, v, state);
      }
    }
    if (j < t.size && PRONOUNS.contains(t.norm[j]) && !quoted[j] && state.lastNamed != null) {
      return resolved(state.lastNamed, t, a, v);
    }
    return null;
  }

  /** "Sim Tack, chief military analyst at Force Analysis, said": the person before the commas. */
  private static Mention appositiveHead(Tokens t, boolean[] quoted, List<Mention> mentions, int comma) {
    List<Mention> candidates = new ArrayList<>();
    int commas = 0;
    for (int k = comma; k >= 0 && comma - k <= 40 && commas < 4; k--) {
      if (t.is(k, ";") || quoted[k]) {
        break;
      }
      if (t.is(k, ",") || t.is(k, "-") || t.is(k, ")")) {
        commas++;
        for (Mention m : mentions) {
          if (m.to() == k && !quoted[m.from()]) {
            candidates.add(m);
          }
        }
      }
    }
    Mention earliest = null;
    for (Mention m : candidates) {
      if (m.kind() == SpeakerKind.PERSON) {
        return m;
      }
      earliest = m;
    }
    return earliest;
  }

  /** "Russian forces are seen in a video released by the Freedom of Russia Legion". */
  private Attribution agentAttribution(Tokens t, boolean[] quoted, Analysed a) {
    for (int i = 1; i + 1 < t.size; i++) {
      if (t.is(i, "by") && AGENT_VERBS.contains(t.norm[i - 1]) && !quoted[i]) {
        for (Mention m : a.mentions) {
          if ((m.from() == i + 1 || m.from() == i + 2 && t.is(i + 1, "the")) && m.named()) {
            return new Attribution(m.name(), span(t, a, m.from(), m.to()), m.kind(), "", m.identity(),
                t.norm[i - 1], VerbStrength.NEUTRAL, channelOf(a), false, "");
          }
        }
      }
    }
    return null;
  }

  /**
   * "The governor of the Nizhny Novgorod region, Gleb Nikitin, said": a role opening the sentence,
   * then a capitalised name of two to four words between commas, is a person the lexicon does not
   * know, with that role.
   */
  private Attribution roleThenName(
      Tokens t, boolean[] quoted, Analysed a, PhraseMatcher.Match<VerbStrength> v, int comma, ArticleState state) {
    int to = comma;
    int from = to;
    while (from > 0 && to - from < 4 && t.capitalised(from - 1) && !quoted[from - 1]) {
      from--;
    }
    int words = to - from;
    if (words < 2 || from < 3 || !t.is(from - 1, ",") || mentionAt(a.mentions, from) != null) {
      return null;
    }
    int roleEnd = from - 1;
    if (roleEnd > 14 || !t.isWord(0)) {
      return null;
    }
    for (int i = 0; i < roleEnd; i++) {
      if (quoted[i] || t.is(i, ",")) {
        return null;
      }
    }
    String role = stripArticle(t, 0, roleEnd);
    if (role.isEmpty() || Character.isUpperCase(role.charAt(0)) && !t.is(0, "the")) {
      return null;
    }
    return unknownPerson(t, a, v, from, to, role, state);
  }

  /**
   * "Abdelhak El Amrani, a Marrakech resident, told": two to four capitalised words opening the
   * clause, then a role between commas, is a person the lexicon does not know, with that role.
   */
  private Attribution nameThenRole(
      Tokens t, boolean[] quoted, Analysed a, PhraseMatcher.Match<VerbStrength> v, int comma, ArticleState state) {
    int open = comma - 1;
    while (open > 0 && comma - open < 24 && !t.is(open, ",") && !quoted[open]) {
      open--;
    }
    if (!t.is(open, ",") || comma - open < 2) {
      return null;
    }
    int to = open;
    int from = to;
    while (from > 0 && to - from < 4 && t.capitalised(from - 1) && !quoted[from - 1]) {
      from--;
    }
    boolean clauseStart = from == 0 || t.is(from - 1, "\"") || t.is(from - 1, ",");
    if (to - from < 2 || !clauseStart || mentionAt(a.mentions, from) != null || t.is(from, "the")) {
      return null;
    }
    String role = stripArticle(t, open + 1, comma);
    if (role.isEmpty() || !Character.isLowerCase(t.text.charAt(t.start[open + 1])) || startsWithVerb(t, open + 1)) {
      return null;
    }
    return unknownPerson(t, a, v, from, to, role, state);
  }

  /**
   * A person the lexicon does not know, named by tokens {@code [from, to)} with {@code role};
   * remembered so that a later surname alone or a pronoun finds them again.
   */
  private Attribution unknownPerson(Tokens t, Analysed a, PhraseMatcher.Match<VerbStrength> v, int from, int to,
      String role, ArticleState state) {
    String name = t.cover(from, to);
    state.roles.putIfAbsent(name, role);
    Attribution person = new Attribution(name, span(t, a, from, to), SpeakerKind.PERSON, role,
        Identity.unknown(SpeakerKind.PERSON),
        t.cover(v.from(), v.to()), v.value(), channelOf(a), hasQuote(a), viaOf(t, a, v));
    state.unknownSurnames.putIfAbsent(t.norm[to - 1], person);
    return person;
  }

  /** A capitalised name the lexicon does not know, right before the verb: kind UNKNOWN. */
  private Attribution unknownSubject(
      Tokens t, boolean[] quoted, Analysed a, PhraseMatcher.Match<VerbStrength> v, int k, ArticleState state) {
    int from = k;
    while (from >= 0 && k - from < 5 && t.capitalised(from) && !quoted[from]) {
      from--;
    }
    from++;
    int words = k - from + 1;
    if (words <= 0 || words == 1 && from == 0 || mentionAt(a.mentions, from) != null) {
      return null;
    }
    if (t.is(from - 1, "the") && words == 1 || from > 0 && PREPOSITIONS.contains(t.norm[from - 1])) {
      return null;
    }
    if (t.is(from, "the") && words > 1) {
      from++;
    }
    String name = t.cover(from, k + 1);
    Attribution u = new Attribution(name, span(t, a, from, k + 1), SpeakerKind.UNKNOWN, "",
        Identity.unknown(SpeakerKind.UNKNOWN),
        t.cover(v.from(), v.to()), v.value(), channelOf(a), hasQuote(a), "");
    if (words >= 2) {
      state.unknownSurnames.putIfAbsent(t.norm[k], u);
    }
    return u;
  }

  private Attribution resolved(Attribution earlier, Tokens t, Analysed a, PhraseMatcher.Match<VerbStrength> v) {
    String ch = channelOf(a);
    return new Attribution(earlier.speaker(), earlier.speakerSpan(), earlier.kind(), earlier.role(),
        earlier.identity(), t.cover(v.from(), v.to()), v.value(), ch, hasQuote(a), viaOf(t, a, v));
  }

  private Attribution build(Tokens t, Analysed a, Mention m, PhraseMatcher.Match<VerbStrength> v, ArticleState st) {
    String role = m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANISATION ? role(t, a, m) : "";
    if (role.isEmpty()) {
      role = st.roles.getOrDefault(m.name(), "");
    } else {
      st.roles.putIfAbsent(m.name(), role);
    }
    return new Attribution(m.name(), span(t, a, m.from(), m.to()), m.kind(), role, m.identity(),
        t.cover(v.from(), v.to()), v.value(), channelOf(a), hasQuote(a), viaOf(t, a, v));
  }

  private static Span span(Tokens t, Analysed a, int from, int to) {
    int offset = a.sentence.span().start();
    return new Span(offset + t.start[from], offset + t.end[to - 1]);
  }

  /** "told Ukrainska Pravda": the outlet a speaker talked to. */
  private static String viaOf(Tokens t, Analysed a, PhraseMatcher.Match<VerbStrength> v) {
    String verb = t.norm[v.from()];
    if (verb.equals("told") || verb.equals("telling") || verb.equals("tells")) {
      for (Mention m : a.mentions) {
        if (m.kind() == SpeakerKind.MEDIA && m.from() >= v.to() && m.from() <= v.to() + 1) {
          return m.name();
        }
      }
    }
    return "";
  }

  /** The channel the sentence names, worked out once per sentence. */
  private static String channelOf(Analysed a) {
    if (a.channel == null) {
      a.channel = channel(a.tokens);
    }
    return a.channel;
  }

  private static String channel(Tokens t) {
    String best = "";
    int rank = Integer.MAX_VALUE;
    for (int i = 0; i < t.size; i++) {
      if (!t.known(i)) {
        continue;
      }
      String w = t.norm[i];
      int r;
      String ch;
      if (w.equals("telegram")) {
        r = 0;
        ch = "telegram";
      } else if (w.equals("social") && t.is(i + 1, "media")) {
        r = 1;
        ch = "social_media";
      } else if (w.equals("television") || w.equals("tv") || w.equals("interview")) {
        r = 2;
        ch = "tv";
      } else if (w.equals("video") || w.equals("footage")) {
        r = 3;
        ch = "video";
      } else if (w.equals("statement")) {
        r = 4;
        ch = "statement";
      } else {
        continue;
      }
      if (r < rank) {
        rank = r;
        best = ch;
      }
    }
    return best;
  }

  /** True when the sentence holds someone's own words: a quote of five or more tokens, or a quote running on. */
  private static boolean hasQuote(Analysed a) {
    return a.startsInQuote || a.endsInQuote || a.opensQuote && longQuote(a.tokens);
  }

  private static boolean longQuote(Tokens t) {
    int open = -1;
    for (int i = 0; i < t.size; i++) {
      if (t.is(i, "\"")) {
        if (open < 0 && isOpener(t, i)) {
          open = i;
        } else if (open >= 0 && !isOpener(t, i)) {
          if (i - open > 5) {
            return true;
          }
          open = -1;
        }
      }
    }
    return false;
  }

  /**
   * The role an appositive gives a speaker: "Sim Tack, chief military analyst at Force Analysis, ..."
   * or "the Institute for the Study of War, a Washington-based research group"; a role written
   * before the name ("Chief analyst Sim Tack") only for a person.
   */
  private static String role(Tokens t, Analysed a, Mention m) {
    if (t.is(m.to(), ",")) {
      int from = m.to() + 1;
      int to = from;
      while (to < t.size && !t.is(to, ",") && !t.is(to, ".") && !t.is(to, ";") && to - from < 16) {
        to++;
      }
      if (to > from && to - from < 16 && !startsWithVerb(t, from)) {
        return stripArticle(t, from, to);
      }
    }
    if (m.kind() != SpeakerKind.PERSON) {
      return "";
    }
    if (m.from() >= 2 && t.is(m.from() - 1, ",") || m.from() >= 1 && t.capitalised(0) && m.from() <= 8) {
      int to = t.is(m.from() - 1, ",") ? m.from() - 1 : m.from();
      int from = to - 1;
      while (from > 0 && !t.is(from - 1, ",") && to - from < 10) {
        from--;
      }
      if (from == 0 && to - from >= 3 && !NOT_ROLE_START.contains(t.norm[0])) {
        String r = stripArticle(t, from, to);
        if (!r.isEmpty() && Character.isLetter(r.charAt(0)) && !r.contains("\"")) {
          return r;
        }
      }
    }
    return "";
  }

  private static boolean startsWithVerb(Tokens t, int i) {
    return t.isWord(i) && (t.norm[i].endsWith("ed") || t.norm[i].equals("said") || t.norm[i].equals("told")
        || t.norm[i].equals("says") || t.norm[i].equals("who"));
  }

  private static String stripArticle(Tokens t, int from, int to) {
    while (from < to && (t.is(from, "a") || t.is(from, "an") || t.is(from, "the"))) {
      from++;
    }
    return from < to ? t.cover(from, to) : "";
  }

  /** Running prose, not a heading, caption, tag line or boilerplate. */
  private static boolean isProse(Tokens t, String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.endsWith("?")) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.isWord(i)) {
        words++;
        if (t.capitalised(i)) {
          capitalised++;
        }
      }
    }
    if (words < 4) {
      return false;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    boolean terminal = ".!…\"”’'".indexOf(last) >= 0;
    if (!terminal && (words <= 12 || capitalised * 10 >= words * 6)) {
      return false;
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    for (String b : BOILERPLATE) {
      if (lower.contains(b)) {
        return false;
      }
    }
    return true;
  }

  private static ClaimType classify(Analysed a) {
    Set<Cue> c = a.cues;
    boolean killedFigure = false;
    for (Quantity q : a.numbers) {
      killedFigure |= q.unit().equals("killed") || q.unit().equals("wounded");
    }
    if (c.contains(Cue.KILL) || killedFigure) {
      return ClaimType.CASUALTY;
    }
    if (c.contains(Cue.DESTROY) && c.contains(Cue.EQUIPMENT)) {
      return ClaimType.MATERIEL_LOSS;
    }
    if (c.contains(Cue.PREDICT)) {
      return ClaimType.PREDICTION;
    }
    if (c.contains(Cue.OPINION)) {
      return ClaimType.OPINION;
    }
    if (c.contains(Cue.BACKGROUND)) {
      return ClaimType.BACKGROUND;
    }
    if (c.contains(Cue.TERRITORY)
        || c.contains(Cue.TERRITORY_WEAK) && (!a.places.isEmpty() || c.contains(Cue.PLACE_WORD))) {
      return ClaimType.TERRITORIAL_CONTROL;
    }
    if (c.contains(Cue.STATEMENT)) {
      return ClaimType.STATEMENT;
    }
    if (c.contains(Cue.ANALYSIS)) {
      return ClaimType.ANALYSIS;
    }
    if (c.contains(Cue.EVENT)) {
      return ClaimType.EVENT;
    }
    return a.attribution != null ? ClaimType.STATEMENT : ClaimType.BACKGROUND;
  }

  /** Finds a judging phrase ("such numbers are notoriously unreliable") and the clause it covers. */
  private static void judge(Analysed a, List<PhraseMatcher.Match<Set<Cue>>> cueMatches) {
    Tokens t = a.tokens;
    for (PhraseMatcher.Match<Set<Cue>> m : cueMatches) {
      if (!m.value().contains(Cue.QUALIFIER)) {
        continue;
      }
      int from = 0;
      for (int k = m.from() - 1; k >= 2; k--) {
        if (t.is(k, "but") || t.is(k, ";") || t.is(k, "however") && t.is(k - 1, ",")) {
          from = k + 1;
          a.judgesOwnSentence = true;
          break;
        }
      }
      while (from < m.from() && (t.kind[from] == Tokens.MARK || t.is(from, "but") || t.is(from, "however"))) {
        from++;
      }
      int to = t.size;
      while (to > m.to() && t.kind[to - 1] == Tokens.MARK) {
        to--;
      }
      a.judgement = t.cover(from, to);
      return;
    }
  }

  /**
   * A sentence that opens a quote without a speaker takes the speaker named where the quote closes;
   * a quote right after a quoted, attributed sentence continues that speaker.
   */
  private static void resolveQuotes(List<Analysed> all) {
    for (int i = 0; i < all.size(); i++) {
      Analysed a = all.get(i);
      if (a.attribution == null && i > 0 && a.tokens.size > 0 && a.tokens.is(0, "\"")
          && continuesSpeaker(all.get(i - 1), a)) {
        a.attribution = all.get(i - 1).attribution;
        a.carried = true;
      }
      if (a.attribution != null && !a.carried || !a.endsInQuote) {
        continue;
      }
      for (int j = i + 1; j < all.size() && j <= i + 5; j++) {
        Analysed b = all.get(j);
        if (!b.startsInQuote) {
          break;
        }
        if (!b.endsInQuote) {
          if (b.attribution != null) {
            Attribution x = b.attribution;
            Attribution quoted = new Attribution(x.speaker(), x.speakerSpan(), x.kind(), x.role(), x.identity(),
                x.verb(), x.verbStrength(), x.channel(), true, x.via());
            for (int k = i; k < j; k++) {
              all.get(k).attribution = quoted;
            }
          }
          break;
        }
      }
    }
  }

  /**
   * A sentence opening with a quote and naming no speaker continues the speaker of the sentence
   * before: one quoted speaker always, a named person ("..., says Aliyev. \"The problem is ...\"")
   * only inside the same paragraph.
   */
  private static boolean continuesSpeaker(Analysed before, Analysed a) {
    Attribution b = before.attribution;
    return b != null && (b.directQuote() || b.kind() == SpeakerKind.PERSON && !a.paragraphStart);
  }

  /** Puts each judging phrase on the claims it judges: its own earlier clause, or earlier claims of the party it names. */
  private static void linkQualifiers(List<Analysed> all) {
    for (int i = 0; i < all.size(); i++) {
      Analysed a = all.get(i);
      if (a.judgement == null) {
        continue;
      }
      if (a.judgesOwnSentence && a.type != null) {
        a.qualifiers.add(a.judgement);
        continue;
      }
      Set<String> sides = new HashSet<>();
      for (Mention m : a.mentions) {
        if (!m.side().isEmpty()) {
          sides.add(m.side());
        }
      }
      boolean both = a.cues.contains(Cue.SCOPE_BOTH);
      List<Analysed> window = new ArrayList<>();
      for (int j = i - 1; j >= 0 && window.size() < 3; j--) {
        if (all.get(j).type != null) {
          window.add(all.get(j));
        }
      }
      boolean linked = false;
      for (Analysed w : window) {
        String side = w.attribution == null ? "" : w.attribution.side();
        if (!side.isEmpty() && (both || sides.contains(side))) {
          w.qualifiers.add(a.judgement);
          linked = true;
        }
      }
      if (!linked && sides.isEmpty() && !both) {
        for (int k = 0; k < Math.min(2, window.size()); k++) {
          if (window.get(k).type.factual()) {
            window.get(k).qualifiers.add(a.judgement);
            break;
          }
        }
      }
    }
  }

  /** Whether a party speaker gains from the claim (its own success, the enemy's losses) or admits against its line. */
  private static Interest interest(Analysed a, Attribution attr) {
    if (!attr.partyToConflict()) {
      return Interest.NEUTRAL;
    }
    Set<Cue> c = a.cues;
    if ((a.type == ClaimType.CASUALTY || a.type == ClaimType.MATERIEL_LOSS) && !ownLosses(a)) {
      return Interest.SELF_SERVING;
    }
    if (c.contains(Cue.AGAINST)) {
      return Interest.AGAINST_INTEREST;
    }
    if (a.type == ClaimType.TERRITORIAL_CONTROL || c.contains(Cue.SUCCESS) && a.type != null && a.type.factual()) {
      return Interest.SELF_SERVING;
    }
    if (attr.verbStrength() == VerbStrength.CONFIRMING) {
      return Interest.AGAINST_INTEREST;
    }
    return Interest.NEUTRAL;
  }

  /** "our losses", "we lost": a party speaking of its own losses. */
  private static boolean ownLosses(Analysed a) {
    String lower = a.sentence.text().toLowerCase(Locale.ROOT);
    return lower.contains("own losses") || lower.contains("our losses") || lower.contains("we lost");
  }

  private List<String> actorsOf(Analysed a, Attribution attr) {
    Set<String> out = new LinkedHashSet<>();
    Tokens t = a.tokens;
    for (Mention m : a.mentions) {
      boolean metonym = (m.countryName() || m.to() - m.from() == 1) && m.kind() == SpeakerKind.GOVERNMENT
          && m.from() > 0 && PREPOSITIONS.contains(t.norm[m.from() - 1]);
      boolean generic = m.side().isEmpty() && !m.named();
      if (!metonym && !generic) {
        out.add(m.name());
      }
    }
    if (attr.attributed() && attr.kind() != SpeakerKind.MEDIA_REPORTS && !out.contains(attr.speaker())
        && (attr.kind() != SpeakerKind.ANONYMOUS || attr.partyToConflict())) {
      List<String> withSpeaker = new ArrayList<>();
      withSpeaker.add(attr.speaker());
      withSpeaker.addAll(out);
      return withSpeaker;
    }
    return List.copyOf(out);
  }
}
