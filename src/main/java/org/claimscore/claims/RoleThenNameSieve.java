package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "The governor of the Nizhny Novgorod region, Gleb Nikitin, said": a role opening the sentence,
 * or following a closing quote ('"We sent tents," the governor of the region, Gleb Nikitin,
 * told'), then a capitalised name of two to four words between commas, is a person the lexicon
 * does not know, with that role.
 */
final class RoleThenNameSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  RoleThenNameSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "role-then-name";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int comma) {
    Tokens t = s.tokens;
    boolean[] quoted = s.quoted;
    if (!(t.is(comma, ",") || t.is(comma, "-") || t.is(comma, ")"))) {
      return null;
    }
    int to = comma;
    int from = to;
    while (from > 0 && to - from < 4 && phrases.nameToken(t, from - 1) && !quoted[from - 1]) {
      from--;
    }
    int words = to - from;
    if (words < 2 || from < 3 || !t.is(from - 1, ",") || SpeakerPhrases.mentionAt(s.mentions, from) != null) {
      return null;
    }
    int roleEnd = from - 1;
    int start = roleEnd;
    while (start > 0 && !quoted[start - 1] && !t.is(start - 1, ",") && !t.is(start - 1, "\"")) {
      start--;
    }
    if (start > 0 && !t.is(start - 1, "\"")) {
      return null;
    }
    if (roleEnd - start > 14 || !t.isWord(start)) {
      return null;
    }
    String role = SpeakerPhrases.stripArticle(t, start, roleEnd);
    if (role.isEmpty() || Character.isUpperCase(role.charAt(0)) && !t.is(start, "the")) {
      return null;
    }
    return phrases.unknownPerson(s, verb, from, to, role, d);
  }
}
