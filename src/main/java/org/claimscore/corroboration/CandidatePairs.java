package org.claimscore.corroboration;

import java.util.Arrays;

/**
 * Pairs of claims that share a blocking key, from an inverted index of the keys. A key held by
 * fewer than two or more than {@code maxPosting} claims pairs nothing.
 */
final class CandidatePairs {

  private final int[][] keysOf;
  private final int maxPosting;
  /** Claims holding key k: {@code postings[start[k]]} to {@code postings[start[k + 1] - 1]}, ascending. */
  private final int[] start;
  private final int[] postings;
  /** {@code seen[j] == i + 1} once claim j is found for claim i. */
  private final int[] seen;
  private final int[] found;

  /**
   * @param keysOf the distinct blocking keys of each claim, each below {@code keyCount}
   * @param keyCount how many keys there can be
   * @param maxPosting the most claims a key may hold and still pair them
   */
  CandidatePairs(int[][] keysOf, int keyCount, int maxPosting) {
    this.keysOf = keysOf;
    this.maxPosting = maxPosting;
    this.start = new int[keyCount + 1];
    int total = 0;
    for (int[] keys : keysOf) {
      for (int k : keys) {
        start[k + 1]++;
      }
      total += keys.length;
    }
    for (int k = 0; k < keyCount; k++) {
      start[k + 1] += start[k];
    }
    this.postings = new int[total];
    int[] next = Arrays.copyOf(start, keyCount);
    for (int i = 0; i < keysOf.length; i++) {
      for (int k : keysOf[i]) {
        postings[next[k]++] = i;
      }
    }
    this.seen = new int[keysOf.length];
    this.found = new int[keysOf.length];
  }

  /** The claims after claim {@code i} that share a key with it, ascending. */
  int[] after(int i) {
    int count = 0;
    for (int k : keysOf[i]) {
      int from = start[k];
      int to = start[k + 1];
      if (to - from < 2 || to - from > maxPosting) {
        continue;
      }
      for (int p = Arrays.binarySearch(postings, from, to, i) + 1; p < to; p++) {
        int j = postings[p];
        if (seen[j] != i + 1) {
          seen[j] = i + 1;
          found[count++] = j;
        }
      }
    }
    int[] pairs = Arrays.copyOf(found, count);
    Arrays.sort(pairs);
    return pairs;
  }
}
