package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "... died in the attack said the Red Cross which has a team in the city", "..., said prosecutor
 * Josh Bash.", "..., said national disaster agency spokesman Budi Santoso.", "..., said UNHCR
 * spokesman Ann Berg.": a name right after the verb that ends the clause (the sentence ends, a mark, or
 * "which", "who" follows) is its speaker, also without the comma or quote before the verb that
 * text stripped of punctuation has lost. A known name keeps its kind; capitalised words the
 * knowledge does not know are of unknown kind, or a person with a role after
 * lower-case words that end in a title or another word of an office ("official").
 */
final class SaidThenNameSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  SaidThenNameSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "said-then-name";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    int j = verb.to();
    if (t.is(j, "the")) {
      j++;
    }
    if (j >= t.size || s.quoted[j] || phrases.tellingVerbs.contains(t.norm[verb.from()])
        || phrases.weekdays.contains(t.norm[j])) {
      return null;
    }
    for (Mention m : s.mentions) {
      if (m.from() == j && endsClause(t, m.to())) {
        return phrases.build(s, m, verb, d);
      }
    }
    int roleFrom = j;
    Mention body = SpeakerPhrases.mentionAt(s.mentions, j);
    int prefixEnd = j;
    if (body != null && body.from() == j) {
      prefixEnd = body.to();
    } else {
      while (prefixEnd < t.size && prefixEnd - j < 3 && t.capitalised(prefixEnd) && !s.quoted[prefixEnd]) {
        prefixEnd++;
      }
    }
    int lowerEnd = prefixEnd;
    int lastTitle = -1;
    while (lowerEnd < t.size && lowerEnd - prefixEnd < 4 && t.isWord(lowerEnd) && !t.capitalised(lowerEnd)
        && !s.quoted[lowerEnd] && !phrases.prepositions.contains(t.norm[lowerEnd])) {
      if (phrases.office(t, lowerEnd)) {
        lastTitle = lowerEnd + 1;
      }
      lowerEnd++;
    }
    if (lastTitle > 0 && lastTitle == lowerEnd) {
      j = lowerEnd;
    } else if (body != null && body.from() == j) {
      return null;
    }
    int title = j > roleFrom ? j : -1;
    int end = j;
    while (end < t.size && end - j < 5 && t.capitalised(end) && !s.quoted[end]) {
      if (phrases.title(t, end)) {
        title = end + 1;
      }
      end++;
    }
    if (title >= end) {
      return null;
    }
    int nameFrom = title > 0 ? title : j;
    if (end == nameFrom || !endsClause(t, end) || SpeakerPhrases.mentionAt(s.mentions, nameFrom) != null) {
      return null;
    }
    if (title > 0) {
      return phrases.unknownPerson(s, verb, nameFrom, end, t.cover(roleFrom, title), d);
    }
    return phrases.unknown(s, verb, nameFrom, end, SpeakerKind.UNKNOWN, "");
  }

  /**
   * The sentence ends at token {@code i}, or a mark or a relative pronoun starts a new clause there;
   * not a quote mark that opens a quote ("says Kasich \"has ...\"") nor the full stop of an
   * abbreviation inside the sentence ("says Sen. Ted Cruz").
   */
  private static boolean endsClause(Tokens t, int i) {
    if (i < t.size && (t.is(i, "\"") && QuoteMarks.isOpener(t, i) || t.is(i, ".") && i + 1 < t.size && t.capitalised(i + 1))) {
      return false;
    }
    return i >= t.size || t.kind[i] == Tokens.MARK && !t.is(i, "'") && !t.is(i, "-") || t.is(i, "which")
        || t.is(i, "who");
  }
}
