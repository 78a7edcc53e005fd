package org.claimscore.claims;

import org.claimscore.text.Tokens;

/** "Russian forces are seen in a video released by the Freedom of Russia Legion": the agent of a verb of agent-verbs.txt. */
final class AgentSieve implements Sieve {

  private final SpeakerPhrases phrases;

  AgentSieve(SpeakerPhrases phrases) {
    this.phrases = phrases;
  }

  @Override
  public String name() {
    return "agent";
  }

  @Override
  public Attribution find(AnalysedSentence s, Discourse d) {
    Tokens t = s.tokens;
    for (int i = 1; i + 1 < t.size; i++) {
      if (t.is(i, "by") && phrases.agentVerbs.contains(t.norm[i - 1]) && !s.quoted[i]) {
        for (Mention m : s.mentions) {
          if ((m.from() == i + 1 || m.from() == i + 2 && t.is(i + 1, "the")) && m.named()) {
            return new Attribution(m.name(), SpeakerPhrases.span(s, m.from(), m.to()), m.kind(), "", m.identity(),
                t.norm[i - 1], VerbStrength.NEUTRAL, phrases.channelOf(s), false, "");
          }
        }
      }
    }
    return null;
  }
}
