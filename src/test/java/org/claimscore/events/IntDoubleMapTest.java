package org.claimscore.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grouper's int-to-double table against a HashMap, through growth and removals. */
class IntDoubleMapTest {

  @Test
  void addsGetsAndRemovesLikeAHashMap() {
    Random random = new Random(11);
    IntDoubleMap map = new IntDoubleMap();
    Map<Integer, Double> expected = new HashMap<>();
    for (int step = 0; step < 200_000; step++) {
      // Few distinct keys, so that adds hit present keys and removals leave long probe runs behind.
      int key = random.nextInt(step < 100_000 ? 5_000 : 300);
      if (random.nextInt(3) == 0) {
        assertEquals(expected.getOrDefault(key, 0.0), map.remove(key), "remove " + key);
        expected.remove(key);
      } else {
        double amount = random.nextInt(100) / 8.0;
        map.add(key, amount);
        expected.merge(key, amount, Double::sum);
      }
      if (step % 997 == 0) {
        assertEquals(expected.size(), map.size());
        for (Map.Entry<Integer, Double> e : expected.entrySet()) {
          assertEquals(e.getValue(), map.get(e.getKey()), "key " + e.getKey());
        }
        int[] keys = map.keys();
        Arrays.sort(keys);
        assertEquals(expected.keySet().stream().mapToInt(Integer::intValue).sorted().boxed().toList(),
            Arrays.stream(keys).boxed().toList());
      }
    }
  }

  @Test
  void aNegativeKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new IntDoubleMap().add(-1, 1.0));
  }
}
