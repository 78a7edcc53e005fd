package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "Sheldon Yett of UNICEF observed", "Nikki Holland from the ministry said": capitalised words the
 * knowledge does not know, opening the clause, then "of", "from" or "at" and a known body right
 * before the verb, are a person whose role is that body; the body is not the speaker.
 */
final class NameOfBodySieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  NameOfBodySieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "name-of-body";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    for (Mention m : s.mentions) {
      if (m.to() != k + 1 || s.quoted[m.from()] || m.kind() == SpeakerKind.PERSON) {
        continue;
      }
      int link = t.is(m.from() - 1, "the") ? m.from() - 2 : m.from() - 1;
      if (!(t.is(link, "of") || t.is(link, "from") || t.is(link, "at"))) {
        return null;
      }
      int from = link;
      while (from > 0 && link - from < 4 && phrases.nameToken(t, from - 1) && !s.quoted[from - 1]) {
        from--;
      }
      boolean opens = from == 0 || t.kind[from - 1] == Tokens.MARK && !t.is(from - 1, "'");
      if (link - from < 2 || !opens || SpeakerPhrases.mentionAt(s.mentions, from) != null) {
        return null;
      }
      return phrases.unknownPerson(s, verb, from, link, SpeakerPhrases.stripArticle(t, link + 1, m.to()), d);
    }
    return ofUnknownBody(s, d, verb, k);
  }

  /**
   * "Christopher Gunness of the UN Relief and Works Agency (UNRWA) said": the same with the name of
   * a body the knowledge does not know ({@link SpeakerPhrases#bodyEnd}); the name before "of" is
   * then two to four words, and none that opens with "The" ("The Institute of Marine Science").
   */
  private Attribution ofUnknownBody(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    for (int link = k - 1; link > 1 && k - link < 14 && !s.quoted[link]; link--) {
      if (!(t.is(link, "of") || t.is(link, "from") || t.is(link, "at"))) {
        continue;
      }
      if (phrases.bodyEnd(t, s.quoted, link + 1) != k + 1) {
        continue;
      }
      int from = link;
      while (from > 0 && link - from < 4 && phrases.nameToken(t, from - 1) && !s.quoted[from - 1]) {
        from--;
      }
      boolean opens = from == 0 || t.kind[from - 1] == Tokens.MARK && !t.is(from - 1, "'");
      if (link - from < 2 || !opens || !t.capitalised(from) || t.is(from, "the")
          || SpeakerPhrases.mentionAt(s.mentions, from) != null || phrases.anyTitle(t, from)) {
        return null;
      }
      return phrases.unknownPerson(s, verb, from, link, SpeakerPhrases.stripArticle(t, link + 1, k + 1), d);
    }
    return null;
  }
}
