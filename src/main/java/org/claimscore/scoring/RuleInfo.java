package org.claimscore.scoring;

/**
 * One rule of the rule book and the metadata the audit trail reads from it.
 *
 * @param name the rule's name
 * @param file the rule file, relative to the rules folder ({@code patterns.drl})
 * @param line the line of the rule's {@code rule} keyword, or 0 when not found
 * @param points the {@code @points} value
 * @param reason the {@code @reason} sentence
 * @param flag the {@code @flag} value, or ""
 * @param credibility the {@code @credibility} cap 1-6, or 0
 */
public record RuleInfo(String name, String file, int line, int points, String reason, String flag, int credibility) {

  /** The audit record of one firing of this rule. */
  public Firing firing() {
    return new Firing(name, points, reason, file, flag, credibility);
  }
}
