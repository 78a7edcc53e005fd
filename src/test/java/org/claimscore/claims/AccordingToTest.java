package org.claimscore.claims;

import static org.claimscore.claims.Extraction.find;
import static org.claimscore.claims.Extraction.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "according to X" anywhere in a sentence names its source, known to the knowledge or not.
 * Sentences marked (Wikinews) are quoted from English Wikinews articles of 2019, CC BY 2.5.
 */
class AccordingToTest {

  private static Claim claim(String sentence) {
    return find(text(sentence), sentence.substring(0, 15));
  }

  @Test
  void aSourceTheKnowledgeDoesNotKnowIsThePhraseAfterAccordingTo() {
    Claim c = claim("The death toll rose to 52 on Monday, according to the provincial health office.");
    assertEquals("provincial health office", c.attribution().speaker());
    assertEquals(SpeakerKind.UNKNOWN, c.attribution().kind());
  }

  @Test
  void anInitialInsideTheNameDoesNotEndIt() {
    // Wikinews, "El Paso shooting": the sentence as written
    Claim c = claim("According to U.S. Attorney Bash, the manifesto if written by the suspect could strengthen the case.");
    assertEquals("Bash", c.attribution().speaker());
    assertEquals("U.S. Attorney", c.attribution().role());
  }

  @Test
  void aSourceTheKnowledgeKnowsKeepsItsNameAndKind() {
    Claim c = claim("Two people were killed in the blast, according to the Associated Press.");
    assertEquals("Associated Press", c.attribution().speaker());
    assertEquals(SpeakerKind.MEDIA, c.attribution().kind());
  }

  @Test
  void theSourceEndsWithItsClauseAndNothingAfterAccordingToIsNoSpeaker() {
    Claim c = claim("Prices rose by 4 percent in March, according to figures, which the bank disputes.");
    assertEquals("figures", c.attribution().speaker());
    Claim none = claim("The bridge was closed, according to.");
    assertEquals("", none.attribution().speaker());
  }
}
