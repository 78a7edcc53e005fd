package org.claimscore.corroboration;

import java.util.Arrays;

/** Sets of ids kept as sorted arrays without duplicates, and what two of them have in common. */
final class IdSets {

  static final int[] EMPTY = {};

  private IdSets() {}

  /** The distinct values of the first {@code length} elements of {@code ids}, sorted. */
  static int[] of(int[] ids, int length) {
    if (length == 0) {
      return EMPTY;
    }
    int[] sorted = Arrays.copyOf(ids, length);
    Arrays.sort(sorted);
    int distinct = 1;
    for (int i = 1; i < length; i++) {
      if (sorted[i] != sorted[distinct - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return distinct == length ? sorted : Arrays.copyOf(sorted, distinct);
  }

  /** How many values two sorted sets share. */
  static int shared(int[] x, int[] y) {
    int count = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        count++;
        i++;
        j++;
      }
    }
    return count;
  }

  /** True when two sorted sets share a value. */
  static boolean intersects(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        return true;
      }
    }
    return false;
  }

  /** True when two sorted sets of numbers share a value. */
  static boolean intersects(long[] x, long[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        return true;
      }
    }
    return false;
  }
}
