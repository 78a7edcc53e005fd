package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "Prosecutor Josh Bash said", "Taliban spokesperson Zabiullah Mujahid claimed", "Defence
 * Minister Ivan Petrov said": a name the knowledge does not know after a word of
 * role-titles.txt is a person, and the words up to the title are the role.
 */
final class TitleThenNameSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  TitleThenNameSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "title-name";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    if (!t.capitalised(k) || s.quoted[k]) {
      return null;
    }
    int start = k;
    while (start > 0 && k - start < 6 && phrases.nameToken(t, start - 1) && !s.quoted[start - 1]) {
      start--;
    }
    int title = -1;
    for (int i = start; i < k; i++) {
      if (phrases.anyTitle(t, i)) {
        title = i;
      }
    }
    int nameFrom = title >= 0 ? phrases.afterTitle(t, title) : start;
    int roleEnd = title >= 0 ? nameFrom : start;
    if (title < 0 && !(phrases.anyTitle(t, start - 1) && !s.quoted[start - 1])) {
      return null;
    }
    if (k + 1 - nameFrom > 4 || SpeakerPhrases.mentionAt(s.mentions, nameFrom) != null
        || SpeakerPhrases.mentionAt(s.mentions, k) != null) {
      return null;
    }
    int roleFrom = phrases.roleStart(t, s.quoted, roleEnd);
    if (roleFrom >= roleEnd) {
      return null;
    }
    boolean onlyShortTitle = roleFrom == title && !phrases.title(t, title);
    return phrases.unknownPerson(s, verb, nameFrom, k + 1, onlyShortTitle ? "" : t.cover(roleFrom, roleEnd), d);
  }
}
