package org.claimscore.claims;

import java.util.Set;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Tokens;

/**
 * "Some delegates at the convention said", "Carter however said", "Jeff Weaver, the campaign's
 * manager, said", "\"...,\" said one longtime adviser to the senator": the words that stand where
 * the reporting verb's subject stands, when no other sieve found a speaker at any verb. Words
 * holding a name the knowledge knows keep its kind; a name after a title or a possessive is a
 * person; other words holding a capital are of unknown kind, and lower-case words ("several
 * observers") an unnamed source.
 *
 * <p>Design decision: without a parser the subject is the run of words before the verb back to
 * the start of its clause (a mark, the sentence start or a word of {@code clause-openers.txt}),
 * at most {@link #LONGEST} tokens; a run that reaches that length, opens with a preposition, ends
 * in a grammatical word or a pronoun, or holds a verb before an article gives nothing. A comma
 * right before the verb closes asides ("Sanders, meanwhile, said"), and the subject is the run
 * before the first of them, or the next one when that run is a fronted adverbial ("After the
 * event, ..."). After a closing quote or a comma the verb may come first ("..., said the
 * designer"): the subject is then the words after it up to a mark, a preposition or a clause
 * opener, and must start with a capital or a determiner, so that a clause going on ("..., said
 * nothing") is not taken for one. The speaker's words stop at a preposition other than "of".
 */
final class ClauseSubjectSieve implements VerbSieve {

  /** The most tokens a subject found this way may have. */
  static final int LONGEST = 10;

  /** Subject pronouns: a subject ending in one is left to the pronoun sieve, which resolves it, or to none. */
  static final Set<String> SUBJECT_PRONOUNS = Words.set("i", "we", "they", "you", "he", "she", "it");

  /** Auxiliaries and modals: a subject phrase holds none ("what did they say" names "they"). */
  static final Set<String> AUXILIARIES = Words.set("do", "does", "did", "will", "would", "can", "could",
      "may", "might", "shall", "should", "must");

  /** Words that open a noun phrase after the verb: "said the designer", "said one adviser". */
  private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "one", "two", "three", "several",
      "some", "many", "most", "other", "another", "both", "each", "all");

  private final SpeakerPhrases phrases;

  ClauseSubjectSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "clause-subject";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    if (s.quoted[verb.from()] || participle(t, verb) || phrases.beWords.contains(t.norm[k])
        || NounPhraseSieve.participleBeforeNoun(t, verb)
        || t.norm[verb.to() - 1].endsWith("ed") && t.is(verb.to(), "by")) {
      return null;
    }
    if (t.is(k, "\"") || t.is(k, ",") && (s.quoted[k] || k > 0 && (t.is(k - 1, "\"") || s.quoted[k - 1]))) {
      return after(s, d, verb);
    }
    int end = k;
    if (t.is(k, ",")) {
      end = beforeAsides(s, k);
      if (end < 0) {
        return after(s, d, verb);
      }
    }
    int from = clauseStart(s, end);
    if (from > 1 && from == end && phrases.beWords.contains(t.norm[from - 1])) {
      end = from - 2;
      from = clauseStart(s, end);
    }
    if (from > 1 && t.is(from - 1, "who") && t.isWord(from - 2)) {
      end = from - 2;
      from = clauseStart(s, end);
    }
    if (from < 0) {
      return null;
    }
    while (from < end && lowerAdverb(t, from)) {
      from++;
    }
    if (!head(t, end) || phrases.prepositions.contains(t.norm[from]) || !t.isWord(from) && t.kind[from] != Tokens.NUMBER
        || verbInside(t, from, end) || nothingSaid(s, verb, from)) {
      return null;
    }
    if (SUBJECT_PRONOUNS.contains(t.norm[end])) {
      return null;
    }
    return speaker(s, d, verb, from, end + 1);
  }

  /**
   * The speaker named by the subject words {@code [from, to)}: a name after a title is a person with
   * that role ("Brooklyn Councilman Jumaane Williams"), a name after a possessive the person
   * ("the agency's Frances Harrison"), a document or channel followed by "from", "by" or "of" the
   * one it is from ("a report from the ministry"); words after a preposition other than "of" are left out
   * ("some delegates at the convention"), and so is a leading article.
   */
  private Attribution speaker(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int from,
      int to) {
    Tokens t = s.tokens;
    for (int i = from + 1; i < to - 1; i++) {
      if ((phrases.documents.contains(t.norm[i]) || phrases.channels.matchAt(t, i) != null)
          && (t.is(i + 1, "from") || t.is(i + 1, "by") || t.is(i + 1, "of"))) {
        from = i + 2;
        break;
      }
    }
    for (int i = from + 1; i < to; i++) {
      if (phrases.prepositions.contains(t.norm[i]) && !t.is(i, "of")) {
        to = i;
        break;
      }
    }
    Mention known = SpeakerPhrases.mentionAt(s.mentions, to - 1);
    if (known != null && known.from() >= from && known.to() == to) {
      return phrases.build(s, known, verb, d);
    }
    int name = to;
    while (name > from && t.capitalised(name - 1)) {
      name--;
    }
    if (to - name >= 2 && name > from) {
      if (phrases.title(t, name - 1) || phrases.office(t, name - 1)) {
        return phrases.unknownPerson(s, verb, name, to, SpeakerPhrases.stripArticle(t, from, name), d);
      }
      if (t.is(name - 1, "s") && t.is(name - 2, "'") || t.is(name - 1, "'")) {
        return phrases.unknownPerson(s, verb, name, to, "", d);
      }
    }
    while (from < to - 1 && (t.is(from, "the") || t.is(from, "a") || t.is(from, "an"))) {
      from++;
    }
    boolean named = false;
    for (int i = from; i < to; i++) {
      named |= t.capitalised(i) && (i > 0 || !plainOpening(t, to));
    }
    return phrases.unknown(s, verb, from, to, named ? SpeakerKind.UNKNOWN : SpeakerKind.ANONYMOUS, "");
  }

  /**
   * Whether the capital of the sentence's first word is only the sentence's: a word of the
   * grammar or of a number ("Some delegates", "Two aides"), or a plural ending the subject
   * ("Firefighters said"), where a name alone ("Carter said") is not.
   */
  private boolean plainOpening(Tokens t, int to) {
    return phrases.functionWords.contains(t.norm[0]) || DETERMINERS.contains(t.norm[0])
        || phrases.numberWords.contains(t.norm[0]) || to == 1 && t.norm[0].endsWith("s");
  }

  /** "authorities delivered a list": a lower-case word in -ed before an article is a verb, so the words hold a clause. */
  private static boolean verbInside(Tokens t, int from, int end) {
    for (int i = from; i < end; i++) {
      if (t.isWord(i) && !t.capitalised(i) && t.norm[i].endsWith("ed")
          && (t.is(i + 1, "the") || t.is(i + 1, "a") || t.is(i + 1, "an"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "as the investigation continued.": a verb that ends the sentence says nothing unless its
   * subject follows a comma or a quote, after what was said.
   */
  private static boolean nothingSaid(AnalysedSentence s, PhraseMatcher.Match<VerbStrength> verb, int from) {
    Tokens t = s.tokens;
    boolean last = verb.to() >= t.size || t.is(verb.to(), ".") && verb.to() + 1 >= t.size;
    return last && !(from > 0 && (t.is(from - 1, ",") || t.is(from - 1, "\"")));
  }

  /**
   * "Sanders, meanwhile, who holds no seat, said", "Charles Plotena, the mayor of Esperanza, Sultan
   * Kudarat, announced": where the subject before a chain of asides set off by commas ends, the
   * token before the first comma of the chain; when the words before that comma are a fronted
   * adverbial ("After the event, Mr. Emanuel, ...") the subject is the next part. -1 when the
   * comma at {@code k} closes no aside.
   */
  private int beforeAsides(AnalysedSentence s, int k) {
    Tokens t = s.tokens;
    int first = -1;
    int second = -1;
    for (int i = k - 1; i > 0 && k - i <= 3 * LONGEST; i--) {
      if (s.quoted[i] || t.is(i, "\"") || t.is(i, ";") || t.is(i, ":")) {
        break;
      }
      if (t.is(i, ",")) {
        if (i >= k - 1 || t.is(i - 1, ",")) {
          break;
        }
        second = first;
        first = i;
      }
    }
    if (first < 0) {
      return -1;
    }
    int start = clauseStart(s, first - 1);
    boolean adverbial = start < 0 || start > 0 && phrases.clauseOpeners.contains(t.norm[start - 1])
        || phrases.prepositions.contains(t.norm[start])
        || phrases.clauseOpeners.contains(t.norm[start]) || !t.capitalised(start) && t.norm[start].endsWith("ing")
        || phrases.skippableBeforeVerb.contains(t.norm[start]) || phrases.functionWords.contains(t.norm[start])
            && !SUBJECT_PRONOUNS.contains(t.norm[start]) && !t.is(start, "the") && !t.is(start, "a");
    if (!adverbial) {
      return first - 1;
    }
    return second > 0 ? second - 1 : k - 1;
  }

  /** The first token of the run of words ending at {@code end} that makes a clause's subject; -1 when none. */
  private int clauseStart(AnalysedSentence s, int end) {
    Tokens t = s.tokens;
    int from = end;
    int depth = 0;
    while (from > 0 && end - from < LONGEST) {
      int p = from - 1;
      if (s.quoted[p]) {
        break;
      }
      if (t.is(p, ")")) {
        depth++;
      } else if (t.is(p, "(")) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && !partOfPhrase(t, p)) {
        break;
      }
      from = p;
    }
    if (end - from >= LONGEST || s.quoted[from]) {
      return -1;
    }
    return from;
  }

  /** Whether token {@code p} may sit inside a subject: a word that opens no clause, a number, or a mark of a name. */
  private boolean partOfPhrase(Tokens t, int p) {
    if (t.isWord(p) && (t.is(p, "and") || t.is(p, "&")) && p > 0 && t.capitalised(p - 1) && t.capitalised(p + 1)) {
      return true;
    }
    if (t.isWord(p)) {
      return !phrases.clauseOpeners.contains(t.norm[p]) && !SpeakerPhrases.FINITE.contains(t.norm[p])
          && !AUXILIARIES.contains(t.norm[p]);
    }
    return t.kind[p] == Tokens.NUMBER || t.is(p, "'") || t.is(p, "-") || t.is(p, "%") || t.is(p, "&")
        || t.is(p, ".") && p > 0 && t.capitalised(p - 1) && t.norm[p - 1].length() <= 4;
  }

  /** Whether token {@code i} can end a subject: a word, a closing parenthesis or a number, but no grammatical word. */
  private boolean head(Tokens t, int i) {
    if (t.is(i, ")")) {
      return true;
    }
    if (!t.isWord(i)) {
      return false;
    }
    String w = t.norm[i];
    return SUBJECT_PRONOUNS.contains(w) || !phrases.functionWords.contains(w) && !phrases.clauseOpeners.contains(w)
        && !w.equals("s") && !lowerAdverb(t, i);
  }

  /** "..., saying", "carrying signs saying": a verb in -ing with no form of "be" before it is a participle. */
  private boolean participle(Tokens t, PhraseMatcher.Match<VerbStrength> verb) {
    int before = verb.from() - 1;
    while (before >= 0 && phrases.skippableBeforeVerb.contains(t.norm[before]) && !phrases.beWords.contains(t.norm[before])) {
      before--;
    }
    return t.norm[verb.to() - 1].endsWith("ing") && !(before >= 0 && phrases.beWords.contains(t.norm[before]));
  }

  private static boolean lowerAdverb(Tokens t, int i) {
    return t.isWord(i) && !t.capitalised(i) && t.norm[i].endsWith("ly") && t.norm[i].length() > 4;
  }

  /** "..., said the designer, who ...": the words after the verb up to a mark, a preposition or a clause opener. */
  private Attribution after(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb) {
    Tokens t = s.tokens;
    if (phrases.tellingVerbs.contains(t.norm[verb.from()])) {
      return null;
    }
    int from = verb.to();
    if (from >= t.size || s.quoted[from] || phrases.weekdays.contains(t.norm[from])
        || !(t.capitalised(from) || DETERMINERS.contains(t.norm[from]))) {
      return null;
    }
    int to = from;
    while (to < t.size && to - from < LONGEST && !s.quoted[to] && (t.isWord(to) || t.is(to, "'") || t.is(to, "-")
        || t.is(to, ".") && to + 1 < t.size && t.capitalised(to + 1) && t.capitalised(to - 1))
        && !phrases.prepositions.contains(t.norm[to]) && !phrases.clauseOpeners.contains(t.norm[to])) {
      to++;
    }
    if (to == from || to - from >= LONGEST || !head(t, to - 1)) {
      return null;
    }
    return speaker(s, d, verb, from, to);
  }
}
