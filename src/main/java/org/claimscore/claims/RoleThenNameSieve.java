package org.claimscore.claims;

/**
 * "The governor of the Nizhny Novgorod region, Gleb Nikitin, said": a role opening the sentence,
 * then a capitalised name of two to four words between commas, is a person the lexicon does not
 * know, with that role.
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
    while (from > 0 && to - from < 4 && t.capitalised(from - 1) && !quoted[from - 1]) {
      from--;
    }
    int words = to - from;
    if (words < 2 || from < 3 || !t.is(from - 1, ",") || SpeakerPhrases.mentionAt(s.mentions, from) != null) {
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
    String role = SpeakerPhrases.stripArticle(t, 0, roleEnd);
    if (role.isEmpty() || Character.isUpperCase(role.charAt(0)) && !t.is(0, "the")) {
      return null;
    }
    return phrases.unknownPerson(s, verb, from, to, role, d);
  }
}
