package org.claimscore.claims;

import java.util.ArrayList;
import java.util.List;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Tokens;

/**
 * The speaker cascade: the sieves in the one order they are tried, as CoreNLP's quote attribution
 * sets its sieves in one list. The verb sieves are tried verb by verb in text order (all of them
 * on the first reporting verb, then on the next), so the first verb with a speaker decides; when
 * none decides, the clause's subject is tried the same way as a last resort; the
 * sentence sieves that follow fill in what they left, and "according to" may override them.
 */
final class Sieves {

  /** Forms of "be" that make a progressive of a reporting verb in -ing. */
  private static final java.util.Set<String> BE = Words.set("is", "are", "was", "were");

  private final List<VerbSieve> atEachVerb;
  /** Tried verb by verb once no sieve of {@link #atEachVerb} found a speaker at any verb. */
  private final VerbSieve lastResort;
  private final List<Sieve> order;
  private final QuoteContinuationSieve quotes = new QuoteContinuationSieve();
  private final SpeakerPhrases phrases;

  Sieves(SpeakerPhrases p) {
    this.phrases = p;
    this.atEachVerb = List.of(
        new ListedCompanySieve(p),
        new NameOfBodySieve(p),
        new SubjectVerbSieve(p),
        new PronounSieve(p),
        new TheGroupSieve(p),
        new CoordinatedSubjectSieve(p),
        new InvertedSaidSieve(p, true),
        new NameThenRoleSieve(p),
        new AppositionSieve(p),
        new RoleThenNameSieve(p),
        new InvertedSaidSieve(p, false),
        new UnnamedSourceSieve(p),
        new TitleThenNameSieve(p),
        new SaidThenNameSieve(p),
        new CapitalisedSubjectSieve(p),
        new NounPhraseSieve(p));
    this.lastResort = new ClauseSubjectSieve(p);
    this.order = List.of(
        new AgentSieve(p),
        new ParticipleSieve(p),
        new AccordingToSieve(p),
        quotes);
  }

  /** Every name {@link Attribution#attributedBy()} can hold, in the order the sieves are tried; "" first. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    names.add("");
    for (VerbSieve v : atEachVerb) {
      if (!names.contains(v.name())) {
        names.add(v.name());
      }
    }
    names.add(lastResort.name());
    order.forEach(s -> names.add(s.name()));
    names.add(QuoteContinuationSieve.CLOSING_QUOTE);
    return names;
  }

  /**
   * The speaker of sentence {@code s}, named after the sieve that decided it, and by the name the
   * article gave them in full ({@link Discourse#inFull}); null when none did.
   */
  Attribution attribute(AnalysedSentence s, Discourse d) {
    Attribution decided = atVerbs(s, d);
    for (Sieve sieve : order) {
      Attribution next = sieve.apply(decided, s, d);
      if (next != null && next != decided && next.attributedBy().isEmpty()) {
        next = next.decidedBy(sieve.name());
      }
      decided = next;
    }
    return d.inFull(decided, phrases);
  }

  /**
   * The first reporting verb, in text order, that a verb sieve finds a speaker for; when none does,
   * the first the last-resort sieve finds one for. A verb right after "to" ("aim to show", "declined
   * to say") is an infinitive, whose subject is not before it, and is passed over. A name before
   * ", who" is the subject of the verb after it ("Prime Minister Tuilaepa, who told the press"), and
   * "who" is where this sentence names them, as a pronoun is.
   */
  private Attribution atVerbs(AnalysedSentence s, Discourse d) {
    Attribution found = atVerbs(s, d, atEachVerb);
    return found != null ? found : atVerbs(s, d, List.of(lastResort));
  }

  private Attribution atVerbs(AnalysedSentence s, Discourse d, List<VerbSieve> sieves) {
    Tokens t = s.tokens;
    for (PhraseMatcher.Match<VerbStrength> v : s.verbs) {
      if (t.is(v.from(), "according") || nounAfterNumber(t, v.from()) || t.is(v.from() - 1, "to")) {
        continue;
      }
      int k = subjectEnd(t, v);
      int who = -1;
      if (k >= 2 && t.is(k, "who") && t.is(k - 1, ",") && t.capitalised(k - 2) && !s.quoted[k - 2]) {
        who = k;
        k -= 2;
      }
      if (k < 0) {
        continue;
      }
      for (VerbSieve sieve : sieves) {
        Attribution found = sieve.find(s, d, v, k);
        if (found != null) {
          return (who < 0 ? found : phrases.resolved(found, s, v, who, who + 1)).decidedBy(sieve.name());
        }
      }
    }
    return null;
  }

  /** "The two states are ...": a verb form right after a determiner and a number is a noun. */
  private boolean nounAfterNumber(Tokens t, int verb) {
    int n = verb - 1;
    boolean number = t.kind[Math.max(n, 0)] == Tokens.NUMBER || t.isWord(n) && phrases.numberWords.contains(t.norm[n]);
    return n >= 1 && number && (t.is(n - 1, "the") || t.is(n - 1, "these") || t.is(n - 1, "those"));
  }

  /**
   * The token before the verb {@code v} once up to three adverbs are skipped, and a form of "be"
   * before a verb in -ing ("Trump is demanding"); -1 when none.
   */
  private int subjectEnd(Tokens t, PhraseMatcher.Match<VerbStrength> v) {
    int k = v.from() - 1;
    int skipped = 0;
    boolean progressive = t.norm[v.to() - 1].endsWith("ing");
    while (k >= 0 && skipped < 3 && (phrases.skippableBeforeVerb.contains(t.norm[k])
        || progressive && BE.contains(t.norm[k])
        || t.isWord(k) && t.norm[k].endsWith("ly") && !t.capitalised(k))) {
      k--;
      skipped++;
    }
    return k;
  }

  /** The cross-sentence passes of quotes, once every sentence of the article is read. */
  void acrossSentences(List<AnalysedSentence> all) {
    quotes.acrossSentences(all);
  }
}
