package org.claimscore.scoring;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The verdict on one claim.
 *
 * @param claimId the claim
 * @param confidence 0-100
 * @param grade Admiralty letter (source reliability A-F) and digit (credibility 1-6), e.g. {@code D4}
 * @param firings every rule that fired, largest absolute effect first, then by rule name
 * @param flags flags raised by the firings, sorted, without duplicates
 */
public record Score(String claimId, int confidence, String grade, List<Firing> firings, List<String> flags) {

  private static final Pattern GRADE = Pattern.compile("[A-F][1-6]");

  public Score {
    if (confidence < 0 || confidence > 100) {
      throw new IllegalArgumentException("confidence out of 0-100: " + confidence);
    }
    if (!GRADE.matcher(grade).matches()) {
      throw new IllegalArgumentException("bad grade: " + grade);
    }
    firings = List.copyOf(firings);
    flags = List.copyOf(flags);
  }
}
