package org.claimscore.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The international organisations of Appendix B, one row each: {@code io.<acronym or name>}. */
final class Organisations {

  static final List<String> COLUMNS = List.of("id", "name", "aliases", "acronyms", "letter", "source");

  private Organisations() {}

  /**
   * The rows, sorted by id. An organisation's id is its first acronym when no other entry has the
   * same one, else its name, as a slug; terms (developing countries, Third World) are left out.
   */
  static List<List<String>> rows(List<AppendixBReader.Entry> entries, String path, GeneratorPolicy.Body body,
      NameRules rules, Set<String> reserved) {
    List<AppendixBReader.Entry> organisations = entries.stream().filter(e -> !e.term()).toList();
    Map<String, Integer> acronymUse = new HashMap<>();
    List<AppendixBReader.Names> names = new ArrayList<>();
    for (AppendixBReader.Entry e : organisations) {
      AppendixBReader.Names n = AppendixBReader.names(e.heading());
      names.add(n);
      if (!n.acronyms().isEmpty()) {
        acronymUse.merge(Text.slug(n.acronyms().get(0)), 1, Integer::sum);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    Map<String, Integer> idUse = new HashMap<>();
    for (int i = 0; i < organisations.size(); i++) {
      AppendixBReader.Names n = names.get(i);
      String acronym = n.acronyms().isEmpty() ? "" : Text.slug(n.acronyms().get(0));
      String id = "io." + (!acronym.isEmpty() && acronymUse.get(acronym) == 1 ? acronym : Text.slug(n.name()));
      if (idUse.merge(id, 1, Integer::sum) > 1) {
        id = id + "_" + idUse.get(id);
      }
      List<String> candidates = new ArrayList<>();
      candidates.add(n.name());
      candidates.addAll(n.otherNames());
      candidates.addAll(n.acronyms());
      NameRules.Sorted sorted = rules.sort(candidates, reserved);
      rows.add(List.of(id, n.name(), String.join("|", sorted.aliases()), String.join("|", sorted.acronyms()),
          body.letter(), path + ":" + organisations.get(i).line()));
    }
    rows.sort(Comparator.comparing(r -> r.get(0)));
    return rows;
  }

  /** How many entries are terms, not organisations. */
  static long terms(List<AppendixBReader.Entry> entries) {
    return entries.stream().filter(AppendixBReader.Entry::term).count();
  }
}
