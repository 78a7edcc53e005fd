package org.claimscore.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimscore.ingest.Article;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Actor;
import org.claimscore.lexicon.ArticleReading;
import org.claimscore.lexicon.ConflictFinder;
import org.claimscore.lexicon.EventConflicts;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.Place;
import org.claimscore.sentences.Sentence;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Span;
import org.claimscore.text.Tokens;
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
 * knowledge, whose surnames ("Kim", "Khan") are too common to name them alone, until the article
 * has named them in full. Who said each sentence is decided by the {@link Sieves}; its type by the
 * {@link ClaimTyper}; the sentences that judge it by the {@link QualifierLinker}.
 */
public final class RuleBasedClaimExtractor implements ClaimExtractor {

  /** Every channel {@link Attribution#channel()} can name; "" when the text names none. */
  public static final List<String> CHANNELS = List.of("", "social_media", "statement", "telegram", "tv", "video");

  /** Prepositions that join a generic mention to the named one after it ("a spokesman for the ministry"). */
  private static final Set<String> LINKS = Words.set("from", "at", "of", "with");
  /** Grammatical words the patterns compare tokens with one by one, besides the language's lists. */
  private static final Set<String> COMPARED = Words.set("the", "a", "an", "according", "group", "and", "but",
      "however", "by", "who");

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
  private final SpeakerPhrases speakerPhrases;
  private final Sieves sieves;
  private final ClaimTyper typer;

  /**
   * Compiles the lexicon's and the language's word lists once; the extractor is then safe to
   * share between threads.
   */
  public RuleBasedClaimExtractor(Lexicon lexicon, Language language) {
    this.quantities = new QuantityParser(language);
    this.cues = new CueMatcher(language);
    this.speakerPhrases = new SpeakerPhrases(language);
    this.sieves = new Sieves(speakerPhrases);
    this.typer = new ClaimTyper(language);
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
    known.addAll(speakerPhrases.words());
    known.addAll(LINKS);
    known.addAll(COMPARED);
    return new Vocabulary(known);
  }

  /** Folds io and yo to e inside a word, so Tiotkino and Tetkino, Oryol and Orel compare equal. */
  static String foldTransliteration(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (word.charAt(i) == 'o') {
        char before = word.charAt(i - 1);
        if (before == 'i' || before == 'y') {
          return word.replace("io", "e").replace("yo", "e");
        }
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
    List<Cut[]> cuts = new ArrayList<>(articles.size());
    if (ConflictFinder.aboutConflict(topics)) {
      for (int i = 0; i < articles.size(); i++) {
        years.addAll(ConflictFinder.yearsIn(articles.get(i).text()));
        List<Sentence> ofArticle = sentences.get(i);
        Cut[] cut = new Cut[ofArticle.size()];
        cuts.add(cut);
        for (int j = 0; j < cut.length; j++) {
          cut[j] = cut(ofArticle.get(j).text());
          for (PhraseMatcher.Match<String> m : places.find(cut[j].tokens(), cut[j].starts(), PLACES)) {
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
      out.add(extract(articles.get(i), sentences.get(i), readings.get(i), event, cuts.isEmpty() ? null : cuts.get(i)));
    }
    return out;
  }

  /** A sentence's tokens and the phrase lists each token may start ({@link FirstWords}). */
  private record Cut(Tokens tokens, int[] starts) {}

  private Cut cut(String sentence) {
    Tokens t = Tokens.of(sentence, vocabulary);
    return new Cut(t, firstWords.of(t));
  }

  /** {@code cuts} holds each sentence already cut, or is null. */
  private List<Claim> extract(Article article, List<Sentence> sentences, ArticleReading.Result reading,
      EventConflicts event, Cut[] cuts) {
    String text = article.text();
    Discourse state = new Discourse();
    state.named = reading.named();
    state.event = event;
    List<AnalysedSentence> analysed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int previousEnd = 0;
    for (int j = 0; j < sentences.size(); j++) {
      Sentence s = sentences.get(j);
      Span span = s.span();
      if (span.end() > text.length() || span.start() < previousEnd) {
        continue;
      }
      boolean newParagraph = previousEnd == 0 || hasLineFeed(text, previousEnd, span.start());
      if (newParagraph) {
        state.quoteOpen = false;
      }
      previousEnd = span.end();
      AnalysedSentence a = analyse(s, state, cuts != null ? cuts[j] : cut(s.text()));
      a.paragraphStart = newParagraph;
      if (a.type != null && !seen.add(s.text().strip())) {
        a.type = null;
      }
      analysed.add(a);
    }
    sieves.acrossSentences(analysed);
    QualifierLinker.link(analysed);
    List<Claim> claims = new ArrayList<>();
    for (AnalysedSentence a : analysed) {
      if (a.type == null) {
        continue;
      }
      Attribution attr = a.attribution == null ? Attribution.NONE : a.attribution;
      String id = article.id() + "#" + (claims.size() + 1);
      claims.add(new Claim(id, article.id(), a.sentence.index(), a.type, a.sentence.span(), a.sentence.text(),
          attr, typer.interest(a, attr), a.hedges, a.numbers, a.places, actorsOf(a, attr),
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

  private AnalysedSentence analyse(Sentence s, Discourse state, Cut cut) {
    AnalysedSentence a = new AnalysedSentence();
    a.sentence = s;
    String text = s.text();
    Tokens t = cut.tokens();
    a.tokens = t;
    int[] starts = cut.starts();
    a.starts = starts;
    a.quoted = new boolean[t.size];
    a.startsInQuote = state.quoteOpen;
    a.endsInQuote = QuoteMarks.mark(t, state.quoteOpen, a.quoted, a);
    state.quoteOpen = a.endsInQuote;
    List<PhraseMatcher.Match<Set<Cue>>> cueMatches = cues.matches(t, starts, CUES);
    a.cueMatches = cueMatches;
    a.cues = Cue.in(cueMatches);
    a.mentions = mentions(t, s.span().start(), state);
    int offset = s.span().start();
    a.numbers = quantities.parse(t, offset);
    a.places = placesIn(t, starts);
    a.hedges = hedgesIn(t, starts);
    a.verbs = reportingVerbs(a);
    a.attribution = sieves.attribute(a, state);
    state.spoke(a.attribution);
    state.readNames(a, speakerPhrases);
    if (!s.heading() && typer.isProse(t, text)) {
      a.type = ClaimTyper.classify(a);
    }
    ClaimTyper.judge(a, cueMatches);
    return a;
  }

  /** The reporting verbs of the sentence outside quotes and outside names, in text order. */
  private List<PhraseMatcher.Match<VerbStrength>> reportingVerbs(AnalysedSentence a) {
    List<PhraseMatcher.Match<VerbStrength>> out = new ArrayList<>();
    for (PhraseMatcher.Match<VerbStrength> v : verbs.find(a.tokens, a.starts, VERBS)) {
      if (!a.quoted[v.from()] && SpeakerPhrases.mentionAt(a.mentions, v.from()) == null) {
        out.add(v);
      }
    }
    return out;
  }

  private List<Mention> mentions(Tokens t, int offset, Discourse state) {
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
        if (to - k0 > 1 && t.capitalised(to - 1)) {
          state.seenSurnames.putIfAbsent(t.norm[to - 1], actor);
        }
      }
    }
    for (int i = 0; i < t.size; i++) {
      if (covered[i] || !t.capitalised(i)) {
        continue;
      }
      Actor person = t.known(i) ? surnames.get(t.norm[i]) : null;
      if (person == null || !state.seenPersons.contains(person)) {
        person = state.seenSurnames.get(t.norm[i]);
      }
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

  private List<String> actorsOf(AnalysedSentence a, Attribution attr) {
    Set<String> out = new LinkedHashSet<>();
    Tokens t = a.tokens;
    for (Mention m : a.mentions) {
      boolean metonym = (m.countryName() || m.to() - m.from() == 1) && m.kind() == SpeakerKind.GOVERNMENT
          && m.from() > 0 && speakerPhrases.prepositions.contains(t.norm[m.from() - 1]);
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
