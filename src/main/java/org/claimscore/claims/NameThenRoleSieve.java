package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "Abdelhak El Amrani, a Marrakech resident, told", "Heydar Alishbandi, Governor of Qeshm island,
 * said": two to four capitalised words opening the clause, then a role between commas (in lower
 * case, or opening with a title), is a person the lexicon does not know, with that role; one
 * capitalised word is a name when its role names an office ("Rahman, an official from the agency,").
 */
final class NameThenRoleSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  NameThenRoleSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "name-then-role";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int comma) {
    Tokens t = s.tokens;
    boolean[] quoted = s.quoted;
    if (!t.is(comma, ",")) {
      return null;
    }
    int open = comma - 1;
    while (open > 0 && comma - open < 24 && !t.is(open, ",") && !quoted[open]) {
      open--;
    }
    if (!t.is(open, ",") || comma - open < 2) {
      return null;
    }
    int to = open;
    int from = to;
    while (from > 0 && to - from < 4 && phrases.nameToken(t, from - 1) && !quoted[from - 1]) {
      from--;
    }
    boolean clauseStart = from == 0 || t.is(from - 1, "\"") || t.is(from - 1, ",");
    if (to - from < 1 || !clauseStart || SpeakerPhrases.mentionAt(s.mentions, from) != null || t.is(from, "the")) {
      return null;
    }
    String role = SpeakerPhrases.stripArticle(t, open + 1, comma);
    boolean titleFirst = phrases.title(t, open + 1) && !t.is(open + 2, ",");
    if (role.isEmpty() || !Character.isLowerCase(t.text.charAt(t.start[open + 1])) && !titleFirst
        || phrases.startsWithVerb(t, open + 1)) {
      return null;
    }
    if (to - from == 1 && !namesAnOffice(t, open + 1, comma)) {
      return null;
    }
    return phrases.unknownPerson(s, verb, from, to, role, d);
  }

  /**
   * Whether the role {@code [from, to)} opens with "a" or "an" and holds a word of an office
   * ({@link SpeakerPhrases#office}: "an official from the local rescue agency"): what makes one
   * capitalised word before it a name.
   */
  private boolean namesAnOffice(Tokens t, int from, int to) {
    if (!t.is(from, "a") && !t.is(from, "an")) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (phrases.office(t, i)) {
        return true;
      }
    }
    return false;
  }
}
