package org.claimscore.claims;

/**
 * "Abdelhak El Amrani, a Marrakech resident, told": two to four capitalised words opening the
 * clause, then a role between commas, is a person the lexicon does not know, with that role.
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
    while (from > 0 && to - from < 4 && t.capitalised(from - 1) && !quoted[from - 1]) {
      from--;
    }
    boolean clauseStart = from == 0 || t.is(from - 1, "\"") || t.is(from - 1, ",");
    if (to - from < 2 || !clauseStart || SpeakerPhrases.mentionAt(s.mentions, from) != null || t.is(from, "the")) {
      return null;
    }
    String role = SpeakerPhrases.stripArticle(t, open + 1, comma);
    if (role.isEmpty() || !Character.isLowerCase(t.text.charAt(t.start[open + 1]))
        || phrases.startsWithVerb(t, open + 1)) {
      return null;
    }
    return phrases.unknownPerson(s, verb, from, to, role, d);
  }
}
