package org.claimscore.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Puts each judging phrase on the claims it judges: its own earlier clause, or earlier claims of the party it names. */
final class QualifierLinker {

  private QualifierLinker() {}

  static void link(List<AnalysedSentence> all) {
    for (int i = 0; i < all.size(); i++) {
      AnalysedSentence a = all.get(i);
      if (a.judgement == null) {
        continue;
      }
      if (a.judgesOwnSentence && a.type != null) {
        a.qualifiers.add(a.judgement);
        continue;
      }
      Set<String> sides = new HashSet<>();
      for (Mention m : a.mentions) {
        if (!m.side().isEmpty()) {
          sides.add(m.side());
        }
      }
      boolean both = a.cues.contains(Cue.SCOPE_BOTH);
      List<AnalysedSentence> window = new ArrayList<>();
      for (int j = i - 1; j >= 0 && window.size() < 3; j--) {
        if (all.get(j).type != null) {
          window.add(all.get(j));
        }
      }
      boolean linked = false;
      for (AnalysedSentence w : window) {
        String side = w.attribution == null ? "" : w.attribution.side();
        if (!side.isEmpty() && (both || sides.contains(side))) {
          w.qualifiers.add(a.judgement);
          linked = true;
        }
      }
      if (!linked && sides.isEmpty() && !both) {
        for (int k = 0; k < Math.min(2, window.size()); k++) {
          if (window.get(k).type.factual()) {
            window.get(k).qualifiers.add(a.judgement);
            break;
          }
        }
      }
    }
  }
}
