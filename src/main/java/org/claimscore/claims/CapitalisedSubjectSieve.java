package org.claimscore.claims;

import org.claimscore.text.Tokens;
import org.claimscore.text.PhraseMatcher;

/**
 * "Kyiv Independent reported": capitalised words the lexicon does not know, right before the verb,
 * of kind unknown; one such word opening the sentence only when it ends a name the article gave
 * in full before ("Palmieri said" after "Jennifer Palmieri"), which it then names. A hyphen or an
 * apostrophe between two capitalised words keeps them one name ("O'Neill", "Journal-Herald"), a
 * word that joins clauses ("But Dale said") is no part of the name, and a name right after an
 * honorific or an office ("Mrs Dale", "Rep. Ann Cole", "co-founder Ann Cole") is a person's, and so
 * are two or three words that read like a personal name ({@link SpeakerPhrases#personalName}).
 */
final class CapitalisedSubjectSieve implements VerbSieve {

  private final SpeakerPhrases phrases;

  CapitalisedSubjectSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "capitalised-subject";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d, PhraseMatcher.Match<VerbStrength> verb, int k) {
    Tokens t = s.tokens;
    boolean[] quoted = s.quoted;
    if (t.is(k, ",") || t.is(k, "-") || t.is(k, ")")) {
      return null;
    }
    int from = k;
    while (from >= 0 && k - from < 5 && !quoted[from] && (t.capitalised(from) || gluedInName(t, from)
        || phrases.innerFullStop(t, from) && !phrases.honorific(t, from - 1) && !phrases.anyTitle(t, from - 1))) {
      from--;
    }
    from++;
    boolean opening = from == 0;
    if (from < k && phrases.notRoleStart.contains(t.norm[from])) {
      from++;
      opening = true;
    }
    if (from < k && phrases.honorific(t, from)) {
      return phrases.unknownPerson(s, verb, from, k + 1, "", d);
    }
    int words = k - from + 1;
    if (words == 1 && opening && d.namesSeen.containsKey(t.norm[k])
        && SpeakerPhrases.mentionAt(s.mentions, k) == null) {
      String full = d.namesSeen.get(t.norm[k]);
      SpeakerKind kind = d.personNames.contains(full) ? SpeakerKind.PERSON : SpeakerKind.UNKNOWN;
      return new Attribution(full, SpeakerPhrases.span(s, k, k + 1), kind, d.roles.getOrDefault(full, ""),
          Identity.unknown(kind), t.cover(verb.from(), verb.to()), verb.value(), phrases.channelOf(s),
          SpeakerPhrases.hasQuote(s), phrases.viaOf(s, verb));
    }
    int title = phrases.personalTitleBefore(t, quoted, from);
    if (title >= 0 && words >= 1 && words <= 3 && SpeakerPhrases.mentionAt(s.mentions, from) == null) {
      return phrases.unknownPerson(s, verb, from, k + 1, t.cover(title, from).replaceAll("\\s*\\.$", ""), d);
    }
    if (words <= 0 || words == 1 && opening || SpeakerPhrases.mentionAt(s.mentions, from) != null) {
      return null;
    }
    if (t.is(from - 1, "the") && words == 1 || from > 0 && phrases.prepositions.contains(t.norm[from - 1])) {
      return null;
    }
    if (t.is(from, "the") && words > 1) {
      from++;
    }
    if (!t.is(from - 1, "the") && phrases.personalName(t, from, k + 1)) {
      return phrases.unknownPerson(s, verb, from, k + 1, "", d);
    }
    String name = t.cover(from, k + 1);
    Attribution u = new Attribution(name, SpeakerPhrases.span(s, from, k + 1), SpeakerKind.UNKNOWN, "",
        Identity.unknown(SpeakerKind.UNKNOWN),
        t.cover(verb.from(), verb.to()), verb.value(), phrases.channelOf(s), SpeakerPhrases.hasQuote(s),
        phrases.viaOf(s, verb));
    if (words >= 2) {
      d.unknownSurnames.putIfAbsent(t.norm[k], u);
    }
    return u;
  }

  /** Whether token {@code i} is a hyphen or an apostrophe written without spaces between two capitalised words. */
  private static boolean gluedInName(Tokens t, int i) {
    return i > 0 && i + 1 < t.size && (t.is(i, "-") || t.is(i, "'")) && t.end[i - 1] == t.start[i]
        && t.end[i] == t.start[i + 1] && t.capitalised(i - 1) && t.capitalised(i + 1);
  }
}
