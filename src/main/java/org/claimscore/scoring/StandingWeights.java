package org.claimscore.scoring;

/**
 * The points of an article's standing, from {@code settings.csv}: where every article starts, and
 * what each of its figures adds, by what the other articles of its event say of that figure.
 *
 * @param base the standing of an article before its figures are counted, 0-100
 * @param figureBacked points for each figure that other independent origins back
 * @param figureSuperseded points for each figure that a later or more complete count replaced
 * @param figureContradicted points for each figure that more independent origins contradict than
 *     back; below {@code figureBacked}
 */
public record StandingWeights(int base, int figureBacked, int figureSuperseded, int figureContradicted) {

  public StandingWeights {
    if (base < 0 || base > 100) {
      throw new IllegalArgumentException("standing base out of 0-100: " + base);
    }
    if (figureContradicted >= figureBacked) {
      throw new IllegalArgumentException("a contradicted figure must count below a backed one");
    }
  }
}
