package org.claimscore.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimscore.sentences.Sentence;
import org.claimscore.text.PhraseMatcher;
import org.claimscore.text.Tokens;

/** What the extractor learns of one sentence before cross-sentence resolution; the sieves read it. */
final class AnalysedSentence {
  Sentence sentence;
  Tokens tokens;
  /** For each token, whether it sits inside quotation marks (a quote of five tokens or more). */
  boolean[] quoted;
  /** For each token, the bits of the phrase lists that may start at it ({@link FirstWords}). */
  int[] starts;
  Set<Cue> cues;
  /** The cue phrases of the sentence in text order, each with where it stands. */
  List<PhraseMatcher.Match<Set<Cue>>> cueMatches = List.of();
  ClaimType type;
  Attribution attribution;
  boolean startsInQuote;
  boolean endsInQuote;
  boolean opensQuote;
  boolean carried;
  boolean paragraphStart;
  List<Mention> mentions = List.of();
  /** The reporting verbs outside quotes and names, in text order. */
  List<PhraseMatcher.Match<VerbStrength>> verbs = List.of();
  List<Quantity> numbers = List.of();
  List<String> places = List.of();
  List<String> hedges = List.of();
  final Set<String> qualifiers = new LinkedHashSet<>();
  String judgement;
  boolean judgesOwnSentence;
  String channel;
}
