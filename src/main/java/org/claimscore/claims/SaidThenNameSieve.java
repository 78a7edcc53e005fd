package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "... died in the attack said the Red Cross which has a team in the city", "..., said prosecutor
 * Josh Bash.", "..., said national disaster agency spokesman Budi Santoso.", "..., said UNHCR
 * spokesman Ann Berg.": a name right after the verb that ends the clause (the sentence ends, a mark, or
 * "which", "who" follows, or after a mark before the verb a phrase after a preposition: ", said
 * Councilman Jumaane Williams in a press release") is its speaker, also without the comma or quote before the verb that
 * text stripped of punctuation has lost. A known name keeps its kind, also after a title ("said Mr. Rhodes"); capitalised words the
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
    while (end < t.size && end - j < 5 && phrases.nameToken(t, end) && !s.quoted[end]) {
      if (phrases.anyTitle(t, end)) {
        title = phrases.afterTitle(t, end);
      }
      end++;
    }
    if (title >= end) {
      return null;
    }
    int nameFrom = title > 0 ? title : j;
    Mention titled = SpeakerPhrases.mentionAt(s.mentions, nameFrom);
    if (titled != null && titled.from() == nameFrom && titled.to() == end && endsClause(t, end)) {
      return phrases.build(s, titled, verb, d);
    }
    if (end > nameFrom && (titled == null || titled.from() == nameFrom && titled.to() == end)
        && (title > 0 || end - nameFrom >= 2 || titled != null && titled.kind() == SpeakerKind.PERSON)) {
      Attribution ofBody = ofBody(s, d, verb, nameFrom, end, titled, title > 0 ? t.cover(roleFrom, title) : "");
      if (ofBody != null) {
        return ofBody;
      }
    }
    boolean inverted = verb.from() > 0 && t.kind[verb.from() - 1] == Tokens.MARK && !tellsOrAsks(t, verb);
    boolean phraseAfter = inverted && (title > 0 || end - nameFrom >= 2) && phrases.prepositions.contains(t.norm[end])
        && !t.is(end, "of") && !t.is(end, "from") && !t.is(end, "at") && !t.capitalised(end + 1);
    if (end == nameFrom || !endsClause(t, end) && !phraseAfter
        || SpeakerPhrases.mentionAt(s.mentions, nameFrom) != null) {
      return null;
    }
    if (title > 0) {
      return phrases.unknownPerson(s, verb, nameFrom, end, t.cover(roleFrom, title), d);
    }
    String role = officeAfter(s, end);
    if (!role.isEmpty() && end - nameFrom >= 2) {
      return phrases.unknownPerson(s, verb, nameFrom, end, role, d);
    }
    return phrases.unknown(s, verb, nameFrom, end, SpeakerKind.UNKNOWN, "");
  }

  /**
   * ", the deputy head of the district.": a phrase after the comma at {@code comma} that opens with
   * "a", "an" or "the" and holds a word of an office ({@link SpeakerPhrases#office}) among its
   * first four words, up to the next mark; its words without the article, or "" when there is none.
   */
  private String officeAfter(AnalysedSentence s, int comma) {
    Tokens t = s.tokens;
    int from = comma + 1;
    if (!t.is(comma, ",") || !(t.is(from, "a") || t.is(from, "an") || t.is(from, "the"))) {
      return "";
    }
    int to = from + 1;
    boolean office = false;
    while (to < t.size && to - from < 14 && !s.quoted[to] && (t.kind[to] != Tokens.MARK || t.is(to, "'")
        || t.is(to, "-"))) {
      office |= to - from <= 4 && phrases.office(t, to);
      to++;
    }
    return office && endsClause(t, to) && !phrases.startsWithVerb(t, from + 1)
        ? SpeakerPhrases.stripArticle(t, from, to) : "";
  }

  /**
   * "said Sutopo Purwo Nugroho of the National Disaster Mitigation Agency.": the name {@code [from,
   * to)} then "of", "from" or "at" and the name of a body that ends the clause is a person; their
   * role is their title, or else the body.
   */
  private Attribution ofBody(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int from,
      int to, Mention known, String title) {
    Tokens t = s.tokens;
    if (!(t.is(to, "of") || t.is(to, "from") || t.is(to, "at"))) {
      return null;
    }
    int bodyEnd = phrases.bodyEnd(t, s.quoted, to + 1);
    if (bodyEnd < 0 || !endsClause(t, bodyEnd)) {
      return null;
    }
    String role = title.isEmpty() ? SpeakerPhrases.stripArticle(t, to + 1, bodyEnd) : title;
    if (known != null) {
      Attribution a = phrases.build(s, known, verb, d);
      return a.role().isEmpty() ? new Attribution(a.speaker(), a.speakerSpan(), a.kind(), role, a.identity(),
          a.verb(), a.verbStrength(), a.channel(), a.directQuote(), a.via()) : a;
    }
    return phrases.unknownPerson(s, verb, from, to, role, d);
  }

  /** Whether the verb takes the person spoken to as its object ("told", "urged"): a word of telling-verbs.txt or agent-verbs.txt. */
  private boolean tellsOrAsks(Tokens t, PhraseMatcher.Match<VerbStrength> verb) {
    return phrases.tellingVerbs.contains(t.norm[verb.from()]) || phrases.agentVerbs.contains(t.norm[verb.from()]);
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
