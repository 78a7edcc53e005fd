package org.claimscore.claims;

import java.util.Locale;
import java.util.regex.Pattern;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Tokens;

/**
 * "..., the mayor said", "The Clinton campaign said", "a Homeland Security Department official
 * said", "The armys statement said": a phrase of up to six words after "the", "a" or "an" that
 * opens the clause and ends right before the verb. A head of role-titles.txt names the person the
 * last speaker was if their role holds it, else the one person the article gave a role holding
 * every word of the phrase ("the foreign minister" after "Foreign Minister Ana Ruiz"), else an
 * unnamed person with that role; a head of
 * anonymous-heads.txt is an unnamed source; a head of channels.csv ("statement") leaves the
 * words before it, without a possessive, as the speaker; any other phrase is of unknown kind.
 */
final class NounPhraseSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  NounPhraseSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "noun-phrase";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    int relative = relativeClause(t, s.quoted, k);
    if (relative > 0) {
      k = relative - 1;
    }
    Attribution office = officeWithItsModifier(s, verb, k);
    if (office != null) {
      return office;
    }
    if (!t.isWord(k) || t.capitalised(k) || s.quoted[k] || SpeakerPhrases.PRONOUNS.contains(t.norm[k])
        || stops(t, k)) {
      return null;
    }
    int from = k;
    while (from > 0 && k - from < 6 && !s.quoted[from - 1] && (t.isWord(from - 1) || t.is(from - 1, "'")
        || t.is(from - 1, "-")) && !determiner(t, from - 1) && !stops(t, from - 1)) {
      from--;
    }
    int det = from - 1;
    if (!determiner(t, det) || !clauseStart(t, det) || participleBeforeNoun(t, verb)) {
      return null;
    }
    String head = t.norm[k];
    if (phrases.anonymousHeads.contains(head)) {
      return phrases.unknown(s, verb, from, k + 1, SpeakerKind.ANONYMOUS, "");
    }
    if (phrases.titles.contains(head)) {
      Attribution last = d.lastNamed;
      if (last != null && last.kind() == SpeakerKind.PERSON && last.role().toLowerCase(Locale.ROOT)
          .matches(".*\\b" + Pattern.quote(head) + "\\b.*")) {
        return phrases.resolved(last, s, verb, det, k + 1);
      }
      Attribution holder = d.soleHolder(t, from, k + 1);
      if (holder != null) {
        return phrases.resolved(holder, s, verb, det, k + 1);
      }
      return phrases.unknown(s, verb, from, k + 1, SpeakerKind.PERSON, t.cover(from, k + 1));
    }
    if (phrases.channels.matchAt(t, k) != null && k > from) {
      int end = k;
      if (t.is(end - 1, "s") && t.is(end - 2, "'") || t.is(end - 1, "'")) {
        end -= t.is(end - 1, "'") ? 1 : 2;
      }
      if (end <= from) {
        return null;
      }
      Attribution a = phrases.unknown(s, verb, from, end, SpeakerKind.UNKNOWN, "");
      String name = a.speaker();
      if (end == k && name.endsWith("s") && !name.endsWith("ss") && name.length() > 3) {
        name = name.substring(0, name.length() - 1);
      }
      return new Attribution(name, a.speakerSpan(), a.kind(), "", a.identity(), a.verb(), a.verbStrength(),
          a.channel(), a.directQuote(), a.via());
    }
    return phrases.unknown(s, verb, from, k + 1, SpeakerKind.UNKNOWN, "");
  }

  /**
   * ", who has been charged with murder,": where a relative clause set off by commas that ends
   * at {@code k} starts (its first comma), or -1 when none does.
   */
  private static int relativeClause(Tokens t, boolean[] quoted, int k) {
    if (!t.is(k, ",")) {
      return -1;
    }
    for (int i = k - 1; i > 0 && k - i < 16 && !quoted[i]; i--) {
      if (t.is(i, ",")) {
        return t.is(i + 1, "who") || t.is(i + 1, "which") ? i : -1;
      }
    }
    return -1;
  }

  /**
   * "the lawyer acting for the officer", "the medical director of the clinic": a phrase opening the
   * clause whose head, one of its first three words, is a word of role-titles.txt followed by a
   * preposition or a verb in -ing, up to {@code k}, is an unnamed person; the whole phrase is the role.
   */
  private Attribution officeWithItsModifier(AnalysedSentence s, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    int det = k;
    while (det >= 0 && k - det < 12 && !s.quoted[det] && !stops(t, det) && !(determiner(t, det) && clauseStart(t, det))) {
      if (t.kind[det] == Tokens.MARK && !t.is(det, "'") && !t.is(det, "-")) {
        return null;
      }
      det--;
    }
    if (det < 0 || !determiner(t, det) || !clauseStart(t, det) || s.quoted[det]) {
      return null;
    }
    for (int head = det + 1; head <= det + 3 && head < k; head++) {
      if (!t.isWord(head) || t.capitalised(head)) {
        return null;
      }
      if (phrases.title(t, head)) {
        boolean modified = phrases.prepositions.contains(t.norm[head + 1]) || t.norm[head + 1].endsWith("ing");
        return modified
            ? phrases.unknown(s, verb, det + 1, head + 1, SpeakerKind.PERSON, t.cover(det + 1, k + 1))
            : null;
      }
    }
    return null;
  }

  /**
   * "the total reported casualties", "the alleged attack": a verb in -ed other than "said" or
   * "told" right before a lower-case word that starts no clause is an adjective, not a verb.
   */
  static boolean participleBeforeNoun(Tokens t, PhraseMatcher.Match<VerbStrength> verb) {
    int next = verb.to();
    String v = t.norm[verb.to() - 1];
    return v.endsWith("ed") && t.isWord(next) && !t.capitalised(next) && !determiner(t, next)
        && !t.is(next, "that") && !SpeakerPhrases.PRONOUNS.contains(t.norm[next]) && !t.is(next, "they")
        && !t.is(next, "we");
  }

  private static boolean determiner(Tokens t, int i) {
    return t.is(i, "the") || t.is(i, "a") || t.is(i, "an");
  }

  /** Words a subject phrase does not hold: finite verbs, relative pronouns, "that". */
  private static boolean stops(Tokens t, int i) {
    return SpeakerPhrases.FINITE.contains(t.norm[i]) || t.is(i, "that") || t.is(i, "who") || t.is(i, "which")
        || t.is(i, "and") || t.is(i, "but");
  }

  /** The determiner at {@code det} opens the sentence or a clause (after a mark, "and" or "but"). */
  private static boolean clauseStart(Tokens t, int det) {
    return det == 0 || t.kind[det - 1] == Tokens.MARK && !t.is(det - 1, "'") && !t.is(det - 1, "-")
        || t.is(det - 1, "and") || t.is(det - 1, "but");
  }
}
