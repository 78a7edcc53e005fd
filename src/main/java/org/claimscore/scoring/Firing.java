package org.claimscore.scoring;

/**
 * One rule that fired for one claim, as the audit trail records it.
 *
 * @param rule the rule's name, an English sentence
 * @param points signed points it adds to the confidence
 * @param reason the rule's justification sentence
 * @param ruleFile the rule file it lives in, relative to the rules folder ({@code patterns.drl})
 * @param flag a flag the rule raises on the claim, or ""
 * @param credibility the worst credibility digit (1-6) the rule allows, or 0 when it sets none
 */
public record Firing(String rule, int points, String reason, String ruleFile, String flag, int credibility) {}
