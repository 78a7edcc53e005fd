package org.claimscore.claims;

import java.util.Locale;

/** What kind of proposition a claim makes. Opinion and prediction are not scored as facts. */
public enum ClaimType {
  CASUALTY,
  MATERIEL_LOSS,
  TERRITORIAL_CONTROL,
  EVENT,
  STATEMENT,
  ANALYSIS,
  PREDICTION,
  OPINION,
  BACKGROUND;

  /** The lower-case name used in reports and rules, e.g. {@code materiel_loss}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for types that assert something checkable about the world. */
  public boolean factual() {
    return this != ANALYSIS && this != PREDICTION && this != OPINION;
  }
}
