package org.claimscore.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimscore.language.Language;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Span;
import org.claimscore.text.Tokens;

/**
 * What the sieves share: the language's word lists about speakers and the ways to build an
 * {@link Attribution} from the tokens of a sentence. Immutable; safe to share between threads.
 */
final class SpeakerPhrases {

  /** Personal pronouns that point back at the last named speaker. */
  static final Set<String> PRONOUNS = Words.set("he", "she", "it");
  /** Finite forms of be and have: after a name they show it is the subject of a clause. */
  static final Set<String> FINITE = Words.set("was", "is", "were", "are", "has", "had", "have");

  final Set<String> skippableBeforeVerb;
  final Set<String> prepositions;
  final Set<String> notRoleStart;
  final Set<String> notRoleAfter;
  final Set<String> agentVerbs;
  final Set<String> tellingVerbs;
  final Set<String> titles;
  /** Courtesy titles and short forms of offices before a personal name ("Mrs", "Rep."), of honorifics.txt. */
  final Set<String> honorifics;
  final Set<String> anonymousHeads;
  /** Words that make a run of capitalised words the name of a body, a place or a thing rather than a person's. */
  final Set<String> notInPersonalNames;
  /** Words that open a clause ("that", "who", "because"): a subject phrase never runs back over one. */
  final Set<String> clauseOpeners;
  /** Grammatical words of function-words.txt: none ends a subject phrase but a pronoun. */
  final Set<String> functionWords;
  /** Forms of "be" and "have" of be-words.txt: right before a verb they make it a passive or perfect. */
  final Set<String> beWords;
  /** Nouns of documents.txt: "a report from the ministry said" names the ministry. */
  final Set<String> documents;
  /** Weekday names: "said Thursday" names a day, not a speaker. */
  final Set<String> weekdays;
  /** Titles and ranks written short before a name (abbreviations.txt: "Mr", "Dr", "Gen"). */
  final Set<String> shortTitles;
  /** Number words of numbers.csv ("two"): after "the" they make the next word a noun ("the two states"). */
  final Set<String> numberWords;
  final PhraseMatcher<Integer> channels;
  private final List<String> channelNames;

  SpeakerPhrases(Language language) {
    Set<String> skippable = new HashSet<>(language.list("adverbs-before-verb.txt"));
    skippable.add("\"");
    this.skippableBeforeVerb = Words.set(skippable.toArray(String[]::new));
    this.prepositions = wordsOf(language, "prepositions.txt");
    this.notRoleStart = wordsOf(language, "not-role-start.txt");
    this.notRoleAfter = wordsOf(language, "not-role-after.txt");
    this.agentVerbs = wordsOf(language, "agent-verbs.txt");
    this.tellingVerbs = wordsOf(language, "telling-verbs.txt");
    this.titles = wordsOf(language, "role-titles.txt");
    this.honorifics = wordsOf(language, "honorifics.txt");
    this.anonymousHeads = wordsOf(language, "anonymous-heads.txt");
    Set<String> notPersonal = new HashSet<>();
    for (String file : List.of("body-words.txt", "name-parts.txt", "outlet-name-endings.txt", "role-titles.txt",
        "anonymous-heads.txt", "weekdays.txt")) {
      notPersonal.addAll(language.list(file));
    }
    this.notInPersonalNames = Words.set(notPersonal.toArray(String[]::new));
    this.clauseOpeners = wordsOf(language, "clause-openers.txt");
    this.functionWords = wordsOf(language, "function-words.txt");
    this.weekdays = wordsOf(language, "weekdays.txt");
    this.documents = wordsOf(language, "documents.txt");
    this.beWords = wordsOf(language, "be-words.txt");
    this.shortTitles = wordsOf(language, "abbreviations.txt");
    this.numberWords = Words.set(language.table("numbers.csv").keySet().toArray(String[]::new));
    List<String> names = language.table("channels.csv").values().stream().distinct().toList();
    PhraseMatcher.Builder<Integer> b = PhraseMatcher.builder();
    language.table("channels.csv").forEach((phrase, channel) -> b.add(phrase, names.indexOf(channel)));
    this.channels = b.build();
    this.channelNames = names;
  }

  private static Set<String> wordsOf(Language language, String file) {
    return Words.set(language.list(file).toArray(String[]::new));
  }

  /** Every word the lists here compare tokens with. */
  Set<String> words() {
    Set<String> all = new HashSet<>(channels.words());
    for (Set<String> list : List.of(PRONOUNS, FINITE, skippableBeforeVerb, prepositions, notRoleStart, notRoleAfter,
        agentVerbs, tellingVerbs, titles, honorifics, anonymousHeads, notInPersonalNames, numberWords, clauseOpeners,
        functionWords, weekdays, beWords, documents, shortTitles, ClauseSubjectSieve.SUBJECT_PRONOUNS,
        ClauseSubjectSieve.AUXILIARIES)) {
      all.addAll(list);
    }
    return all;
  }

  /** The attribution of mention {@code m} as the speaker of verb {@code v}, with the role the text or the article gives it. */
  Attribution build(AnalysedSentence a, Mention m, PhraseMatcher.Match<VerbStrength> v, Discourse d) {
    Tokens t = a.tokens;
    String role = m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANISATION ? role(t, m) : "";
    if (role.isEmpty()) {
      role = d.roles.getOrDefault(m.name(), "");
    } else {
      d.roles.putIfAbsent(m.name(), role);
    }
    return new Attribution(m.name(), span(a, m.from(), m.to()), m.kind(), role, m.identity(),
        t.cover(v.from(), v.to()), v.value(), channelOf(a), hasQuote(a), viaOf(a, v));
  }

  /**
   * An earlier speaker found again by the words {@code [from, to)} of this sentence ("he said", "the
   * group said"), with this sentence's verb, channel and quote; its span is those words.
   */
  Attribution resolved(Attribution earlier, AnalysedSentence a, PhraseMatcher.Match<VerbStrength> v, int from,
      int to) {
    return new Attribution(earlier.speaker(), span(a, from, to), earlier.kind(), earlier.role(),
        earlier.identity(), a.tokens.cover(v.from(), v.to()), v.value(), channelOf(a), hasQuote(a), viaOf(a, v));
  }

  /** A speaker this sentence names by words {@code [from, to)} the knowledge does not know, of {@code kind}. */
  Attribution unknown(AnalysedSentence a, PhraseMatcher.Match<VerbStrength> v, int from, int to, SpeakerKind kind,
      String role) {
    Tokens t = a.tokens;
    return new Attribution(t.cover(from, to), span(a, from, to), kind, role, Identity.unknown(kind),
        t.cover(v.from(), v.to()), v.value(), channelOf(a), hasQuote(a), viaOf(a, v));
  }

  /**
   * Whether token {@code i} names an office a person holds: a word of role-titles.txt or of
   * anonymous-heads.txt ("official", "officer"), which before a name or in a role make it a person's.
   */
  boolean office(Tokens t, int i) {
    return t.isWord(i) && (titles.contains(t.norm[i]) || anonymousHeads.contains(t.norm[i]));
  }

  /**
   * Where an honorific or a word of role-titles.txt written right before the token {@code from}
   * starts ("Mrs Dale", "Rep. Ann Cole", "co-founder Ann Cole"), skipping the full stop of an abbreviation; -1 when
   * none is there.
   */
  int personalTitleBefore(Tokens t, boolean[] quoted, int from) {
    int i = from - 1;
    if (i >= 1 && t.is(i, ".") && honorific(t, i - 1)) {
      i--;
    }
    if (i < 0 || quoted[i] || !t.isWord(i)) {
      return -1;
    }
    return honorific(t, i) || title(t, i) ? i : -1;
  }

  /** Whether token {@code i} is a word of honorifics.txt written with small letters after its capital ("Ms", not the ship's "MS"). */
  boolean honorific(Tokens t, int i) {
    if (!t.isWord(i) || !honorifics.contains(t.norm[i])) {
      return false;
    }
    String word = t.cover(i, i + 1);
    return word.length() < 2 || Character.isLowerCase(word.charAt(1));
  }

  /**
   * Whether tokens {@code [from, to)} read like a personal name: two or three words, each a capital
   * followed by small letters ("Ann Cole", "Ann McCole"), none of them a word of a body, a place or
   * a thing ({@link #notInPersonalNames}).
   */
  boolean personalName(Tokens t, int from, int to) {
    if (to - from < 2 || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String word = t.cover(i, i + 1);
      if (!t.isWord(i) || notInPersonalNames.contains(t.norm[i]) || word.length() < 2
          || !Character.isUpperCase(word.charAt(0)) || !Character.isLowerCase(word.charAt(1))
          || !word.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code i} belongs to a name of capitalised words: a capitalised word, or the full
   * stop after an initial or a short title inside one ("Jessie K. Liu", "Mr. Saleh"), which a
   * capitalised word follows.
   */
  boolean nameToken(Tokens t, int i) {
    return t.capitalised(i) || innerFullStop(t, i);
  }

  /** Whether token {@code i} is the full stop of an initial or a short title that a capitalised word follows. */
  boolean innerFullStop(Tokens t, int i) {
    if (!t.is(i, ".") || !t.capitalised(i - 1) || !t.capitalised(i + 1) || t.end[i - 1] != t.start[i]) {
      return false;
    }
    return t.end[i - 1] - t.start[i - 1] == 1 || shortTitles.contains(t.norm[i - 1]);
  }

  /**
   * Whether token {@code i} is a title written short before a name ("Sen. Bernie Sanders", "Mr
   * Saleh"): a capitalised word of two letters or more of abbreviations.txt, a full stop or a
   * capitalised word after it.
   */
  boolean shortTitle(Tokens t, int i) {
    return t.capitalised(i) && t.end[i] - t.start[i] > 1 && shortTitles.contains(t.norm[i])
        && (t.is(i + 1, ".") || t.capitalised(i + 1));
  }

  /** Whether token {@code i} is a title before a name: {@link #title} or {@link #shortTitle}. */
  boolean anyTitle(Tokens t, int i) {
    return title(t, i) || shortTitle(t, i);
  }

  /** Where the name after the title at {@code i} starts: past the title and the full stop of a short one. */
  int afterTitle(Tokens t, int i) {
    return innerFullStop(t, i + 1) ? i + 2 : i + 1;
  }

  /**
   * Where the name of a body that starts at {@code from} ends (exclusive): capitalised words, with
   * "of", "for", "and", "the" and a possessive between them ("the UN Relief and Works Agency", "the
   * UK's National Crime Agency"), and a short form in brackets after it ("(UNRWA)"); a leading
   * article is skipped. -1 when no capitalised word starts there.
   */
  int bodyEnd(Tokens t, boolean[] quoted, int from) {
    int i = t.is(from, "the") ? from + 1 : from;
    int end = -1;
    while (i < t.size && !quoted[i] && i - from < 14) {
      if (nameToken(t, i)) {
        i++;
        end = i;
      } else if (t.is(i, "'") && t.is(i + 1, "s") && t.capitalised(i + 2)) {
        i += 2;
      } else if ((t.is(i, "of") || t.is(i, "for") || t.is(i, "and")) && t.capitalised(i + 1)
          || (t.is(i, "of") || t.is(i, "for")) && t.is(i + 1, "the") && t.capitalised(i + 2)) {
        i++;
      } else if (t.is(i, "the") && t.capitalised(i + 1) && end > 0 && !t.capitalised(i - 1)) {
        i++;
      } else {
        break;
      }
    }
    if (end > 0 && t.is(end, "(")) {
      int close = end + 1;
      while (close < t.size && close - end < 5 && t.capitalised(close)) {
        close++;
      }
      if (close > end + 1 && t.is(close, ")")) {
        end = close + 1;
      }
    }
    return end;
  }

  /** Whether the word {@code word} is a title a name may follow: role-titles.txt or abbreviations.txt ("Mr", "Minister"). */
  boolean titleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return titles.contains(w) || shortTitles.contains(w);
  }

  /** Whether token {@code i} is a word of role-titles.txt ("prosecutor", "Minister"). */
  boolean title(Tokens t, int i) {
    return t.isWord(i) && titles.contains(t.norm[i]);
  }

  /**
   * Where a role written before a name starts: {@code end} back over the words of one noun phrase
   * ("Taliban spokesperson", "El Paso's police chief"), at most four tokens, stopping at a mark,
   * a preposition or the start of the clause; a leading article is left out.
   */
  int roleStart(Tokens t, boolean[] quoted, int end) {
    int from = end;
    while (from > 0 && end - from < 4 && !quoted[from - 1]
        && (t.isWord(from - 1) || t.is(from - 1, "'") || t.is(from - 1, "-"))
        && !prepositions.contains(t.norm[from - 1]) && !notRoleStart.contains(t.norm[from - 1])
        && !notRoleAfter.contains(t.norm[from - 1])) {
      from--;
    }
    while (from < end && (t.is(from, "the") || t.is(from, "a") || t.is(from, "an") || t.is(from, "'")
        || t.is(from, "s"))) {
      from++;
    }
    return from;
  }

  /**
   * A person the lexicon does not know, named by tokens {@code [from, to)} with {@code role};
   * remembered so that a later surname alone or a pronoun finds them again.
   */
  Attribution unknownPerson(AnalysedSentence a, PhraseMatcher.Match<VerbStrength> v, int from, int to, String role,
      Discourse d) {
    Tokens t = a.tokens;
    String name = t.cover(from, to);
    d.roles.putIfAbsent(name, role);
    Attribution person = new Attribution(name, span(a, from, to), SpeakerKind.PERSON, role,
        Identity.unknown(SpeakerKind.PERSON),
        t.cover(v.from(), v.to()), v.value(), channelOf(a), hasQuote(a), viaOf(a, v));
    d.unknownSurnames.putIfAbsent(t.norm[to - 1], person);
    return person;
  }

  static Span span(AnalysedSentence a, int from, int to) {
    int offset = a.sentence.span().start();
    return new Span(offset + a.tokens.start[from], offset + a.tokens.end[to - 1]);
  }

  /** "told Ukrainska Pravda": the outlet a speaker talked to. */
  String viaOf(AnalysedSentence a, PhraseMatcher.Match<VerbStrength> v) {
    if (tellingVerbs.contains(a.tokens.norm[v.from()])) {
      for (Mention m : a.mentions) {
        if (m.kind() == SpeakerKind.MEDIA && m.from() >= v.to() && m.from() <= v.to() + 1) {
          return m.name();
        }
      }
    }
    return "";
  }

  /** The channel the sentence names, worked out once per sentence: of several, the one listed first. */
  String channelOf(AnalysedSentence a) {
    if (a.channel == null) {
      int best = Integer.MAX_VALUE;
      for (PhraseMatcher.Match<Integer> m : channels.find(a.tokens)) {
        best = Math.min(best, m.value());
      }
      a.channel = best == Integer.MAX_VALUE ? "" : channelNames.get(best);
    }
    return a.channel;
  }

  /** True when the sentence holds someone's own words: a quote of five or more tokens, or a quote running on. */
  static boolean hasQuote(AnalysedSentence a) {
    return a.startsInQuote || a.endsInQuote || a.opensQuote && QuoteMarks.longQuote(a.tokens);
  }

  /**
   * The role an appositive gives a speaker: "Sim Tack, chief military analyst at Force Analysis, ..."
   * or "the Institute for the Study of War, a Washington-based research group" (never a clause
   * with "was" or "has", which is what the speaker said); a role written
   * before the name ("Chief analyst Sim Tack") only for a person.
   */
  String role(Tokens t, Mention m) {
    if (t.is(m.to(), ",")) {
      int from = m.to() + 1;
      int to = from;
      boolean clause = false;
      while (to < t.size && !t.is(to, ",") && !t.is(to, ".") && !t.is(to, ";") && to - from < 16) {
        clause |= FINITE.contains(t.norm[to]);
        to++;
      }
      if (to > from && to - from < 16 && !startsWithVerb(t, from) && !clause) {
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
      if (from == 0 && to - from >= 3 && !notRoleStart.contains(t.norm[0])) {
        String r = stripArticle(t, from, to);
        if (!r.isEmpty() && Character.isLetter(r.charAt(0)) && !r.contains("\"")) {
          return r;
        }
      }
    }
    return "";
  }

  /** Whether token {@code i} opens a clause rather than a role: a word of not-role-after.txt or one ending in -ed. */
  boolean startsWithVerb(Tokens t, int i) {
    return t.isWord(i) && (t.norm[i].endsWith("ed") || notRoleAfter.contains(t.norm[i]));
  }

  static String stripArticle(Tokens t, int from, int to) {
    while (from < to && (t.is(from, "a") || t.is(from, "an") || t.is(from, "the"))) {
      from++;
    }
    return from < to ? t.cover(from, to) : "";
  }

  static Mention mentionAt(List<Mention> mentions, int token) {
    for (Mention m : mentions) {
      if (m.from() <= token && token < m.to()) {
        return m;
      }
    }
    return null;
  }
}
