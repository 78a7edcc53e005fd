package org.claimscore.corroboration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdSetsTest {

  @Test
  void ofSortsAndDropsDuplicatesOfThePrefixOnly() {
    assertArrayEquals(new int[] {1, 3, 7}, IdSets.of(new int[] {7, 3, 7, 1, 3, 99}, 5));
    assertArrayEquals(new int[] {}, IdSets.of(new int[] {4}, 0));
  }

  @Test
  void sharedCountsCommonValues() {
    assertEquals(2, IdSets.shared(new int[] {1, 4, 6, 9}, new int[] {2, 4, 9, 12}));
    assertEquals(0, IdSets.shared(new int[] {}, new int[] {1}));
  }

  @Test
  void intersectsOnIdsAndOnNumbers() {
    assertTrue(IdSets.intersects(new int[] {2, 8}, new int[] {8}));
    assertFalse(IdSets.intersects(new int[] {2, 8}, new int[] {3, 9}));
    assertTrue(IdSets.intersects(new long[] {195, 234}, new long[] {234}));
    assertFalse(IdSets.intersects(new long[] {195}, new long[] {234}));
  }

  @Test
  void agreesWithHashSetsOnRandomSets() {
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      int[] x = randomIds(random);
      int[] y = randomIds(random);
      Set<Integer> common = new HashSet<>();
      for (int v : x) {
        common.add(v);
      }
      Set<Integer> other = new HashSet<>();
      for (int v : y) {
        other.add(v);
      }
      common.retainAll(other);
      int[] xs = IdSets.of(x, x.length);
      int[] ys = IdSets.of(y, y.length);
      assertEquals(common.size(), IdSets.shared(xs, ys));
      assertEquals(!common.isEmpty(), IdSets.intersects(xs, ys));
    }
  }

  private static int[] randomIds(Random random) {
    int[] ids = new int[random.nextInt(12)];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = random.nextInt(20);
    }
    return ids;
  }
}
