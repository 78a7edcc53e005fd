package org.claimscore.corroboration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CandidatePairsTest {

  @Test
  void pairsEachClaimWithTheLaterClaimsSharingAKeyOnceInOrder() {
    int[][] keys = {{0, 1}, {1}, {0, 2}, {3}, {0, 1, 2}};
    CandidatePairs pairs = new CandidatePairs(keys, 4, 10);
    assertArrayEquals(new int[] {1, 2, 4}, pairs.after(0));
    assertArrayEquals(new int[] {4}, pairs.after(1));
    assertArrayEquals(new int[] {4}, pairs.after(2));
    assertArrayEquals(new int[] {}, pairs.after(3));
    assertArrayEquals(new int[] {}, pairs.after(4));
  }

  @Test
  void aKeyHeldByMoreClaimsThanTheLimitPairsNothing() {
    int[][] keys = {{0}, {0}, {0, 1}, {1}};
    CandidatePairs pairs = new CandidatePairs(keys, 2, 2);
    assertArrayEquals(new int[] {}, pairs.after(0));
    assertArrayEquals(new int[] {3}, pairs.after(2));
  }
}
