package org.claimscore.claims;

import java.util.Locale;
import java.util.Objects;
import org.claimscore.text.Span;

/**
 * A figure in a claim: "five tanks" is {@code 5 tank}, "more than 70 attackers" is {@code >70 attacker}.
 *
 * @param value the number (the lower bound of a range); 0 for a {@link Qualifier#VAGUE} amount
 * @param upper the upper bound of a range, otherwise equal to {@code value}
 * @param unit what is counted, normalised to a singular noun: killed, wounded, soldier, civilian,
 *     child, tank, armoured_vehicle, drone, aircraft, km, mile, ...
 * @param qualifier exact, at least, more than, up to, about, range, or vague ("several", "dozens")
 * @param span where the figure is written in the article text
 */
public record Quantity(long value, long upper, String unit, Qualifier qualifier, Span span) {

  /** How precise a figure is. */
  public enum Qualifier {
    EXACT,
    AT_LEAST,
    MORE_THAN,
    UP_TO,
    ABOUT,
    RANGE,
    VAGUE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Quantity {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(span, "span");
    if (value < 0 || upper < value) {
      throw new IllegalArgumentException("bad quantity " + value + ".." + upper);
    }
  }

  public boolean vague() {
    return qualifier == Qualifier.VAGUE;
  }

  /** Report form: {@code 234 killed}, {@code >70 attacker}, {@code 500-1300 killed}, {@code several tank}. */
  public String display() {
    return switch (qualifier) {
      case EXACT -> value + " " + unit;
      case AT_LEAST -> ">=" + value + " " + unit;
      case MORE_THAN -> ">" + value + " " + unit;
      case UP_TO -> "<=" + upper + " " + unit;
      case ABOUT -> "~" + value + " " + unit;
      case RANGE -> value + "-" + upper + " " + unit;
      case VAGUE -> "several " + unit;
    };
  }
}
