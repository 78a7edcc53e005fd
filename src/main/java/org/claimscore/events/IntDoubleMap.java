package org.claimscore.events;

import java.util.Arrays;

/** A map from int keys (0 or more) to double sums, with open addressing and no boxing. */
final class IntDoubleMap {

  private static final int EMPTY = -1;

  private int[] keys;
  private double[] values;
  private int size;

  IntDoubleMap() {
    keys = new int[4];
    values = new double[4];
    Arrays.fill(keys, EMPTY);
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or 0. */
  double get(int key) {
    int slot = find(key);
    return keys[slot] == EMPTY ? 0 : values[slot];
  }

  /** Adds {@code amount} to the value of {@code key} (0 when absent). */
  void add(int key, double amount) {
    if (key < 0) {
      throw new IllegalArgumentException("negative key " + key);
    }
    int slot = find(key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      values[slot] = amount;
      if (++size * 2 > keys.length) {
        grow();
      }
    } else {
      values[slot] += amount;
    }
  }

  /** Removes {@code key}; returns its value, or 0 when it was absent. */
  double remove(int key) {
    int slot = find(key);
    if (keys[slot] == EMPTY) {
      return 0;
    }
    double value = values[slot];
    int mask = keys.length - 1;
    // Backward-shift deletion keeps every probe sequence unbroken without tombstones.
    int hole = slot;
    for (int next = hole + 1 & mask; keys[next] != EMPTY; next = next + 1 & mask) {
      int home = home(keys[next]);
      boolean movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
      if (movable) {
        keys[hole] = keys[next];
        values[hole] = values[next];
        hole = next;
      }
    }
    keys[hole] = EMPTY;
    size--;
    return value;
  }

  /** The keys, in no particular order. */
  int[] keys() {
    int[] out = new int[size];
    int n = 0;
    for (int k : keys) {
      if (k != EMPTY) {
        out[n++] = k;
      }
    }
    return out;
  }

  private int find(int key) {
    int mask = keys.length - 1;
    int slot = home(key);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = slot + 1 & mask;
    }
    return slot;
  }

  private int home(int key) {
    int h = key * 0x9E3779B9;
    return (h ^ h >>> 16) & keys.length - 1;
  }

  private void grow() {
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new double[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }
}
