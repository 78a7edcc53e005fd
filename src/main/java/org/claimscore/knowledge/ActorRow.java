package org.claimscore.knowledge;

import java.util.List;

/**
 * One row of actors.csv: a body that speaks, with the names it is found by.
 *
 * @param id the stable key ({@code gov.russia}, {@code ucdp.209})
 * @param name the name shown
 * @param aliases matched case-insensitively
 * @param acronyms matched case-sensitively
 * @param kind one of the contract's kinds
 * @param country a country id, or ""
 * @param letter Admiralty source letter A-F
 * @param asOf the data date of an office holder, or ""
 * @param sources where the row comes from, each {@code PATH} or {@code PATH:LINE}
 */
record ActorRow(String id, String name, List<String> aliases, List<String> acronyms, String kind, String country,
    String letter, String asOf, List<String> sources) {

  static final List<String> COLUMNS = List.of("id", "name", "aliases", "acronyms", "kind", "country", "letter", "as_of",
      "source");

  ActorRow {
    aliases = List.copyOf(aliases);
    acronyms = List.copyOf(acronyms);
    sources = List.copyOf(sources);
    if (!id.matches("[a-z]+(\\.[a-z0-9_]+)+") || name.isBlank() || !GeneratorPolicy.KINDS.contains(kind)
        || !letter.matches("[A-F]") || sources.isEmpty()) {
      throw new IllegalArgumentException("not an actor row: " + id + " " + name + " " + kind + " " + letter);
    }
  }

  List<String> cells() {
    return List.of(id, name, String.join("|", aliases), String.join("|", acronyms), kind, country, letter, asOf,
        String.join("|", sources));
  }
}
