package org.claimscore.claims;

/**
 * "Kyiv Independent reported": capitalised words the lexicon does not know, right before the verb,
 * of kind unknown; one such word opening the sentence only when it ends a name the article gave
 * in full before ("Palmieri said" after "Jennifer Palmieri"), which it then names.
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
    while (from >= 0 && k - from < 5 && phrases.nameToken(t, from) && !quoted[from]) {
      from--;
    }
    from++;
    int words = k - from + 1;
    if (words == 1 && from == 0 && d.namesSeen.containsKey(t.norm[k])
        && SpeakerPhrases.mentionAt(s.mentions, k) == null) {
      String full = d.namesSeen.get(t.norm[k]);
      return new Attribution(full, SpeakerPhrases.span(s, k, k + 1), SpeakerKind.UNKNOWN, "",
          Identity.unknown(SpeakerKind.UNKNOWN), t.cover(verb.from(), verb.to()), verb.value(), phrases.channelOf(s),
          SpeakerPhrases.hasQuote(s), phrases.viaOf(s, verb));
    }
    if (words <= 0 || words == 1 && from == 0 || SpeakerPhrases.mentionAt(s.mentions, from) != null) {
      return null;
    }
    if (t.is(from - 1, "the") && words == 1 || from > 0 && phrases.prepositions.contains(t.norm[from - 1])) {
      return null;
    }
    if (t.is(from, "the") && words > 1) {
      from++;
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
}
