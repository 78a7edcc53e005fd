package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the generator adds to the sources: the editors' demonyms, capitals and aliases, a demonym
 * qualified where two countries share it, and a shared demonym given to a country that far
 * outnumbers the other.
 */
class EditorsAdditionsTest {

  private static FactbookProfile profile(String id, String name, List<String> demonyms, List<String> adjectives,
      List<String> capitals, long population) {
    return new FactbookProfile("factbook/x/" + id + ".json", id, name, List.of(), List.of(), List.of(), demonyms,
        adjectives, capitals, false, "", "", "", "", Set.of(), population);
  }

  private static final List<FactbookProfile> PROFILES = List.of(
      profile("north_korea", "North Korea", List.of("Korean", "Koreans"), List.of("Korean"), List.of("Pyongyang"),
          26_000_000),
      profile("south_korea", "South Korea", List.of("Korean", "Koreans"), List.of("Korean"), List.of("Seoul"),
          51_000_000),
      profile("drc", "DRC", List.of("Congolese"), List.of("Congolese"), List.of("Kinshasa"), 119_000_000),
      profile("congo_brazzaville", "Congo (Brazzaville)", List.of("Congolese"), List.of("Congolese"),
          List.of("Brazzaville"), 6_000_000),
      profile("dominican", "The Dominican", List.of("Dominican"), List.of("Dominican"), List.of("Santo Domingo"),
          10_900_000),
      profile("dominica", "Dominica", List.of("Dominican"), List.of("Dominican"), List.of("Roseau"), 75_000),
      profile("west_bank", "West Bank", List.of(), List.of(), List.of(), 3_300_000));

  @Test
  void aSharedAdjectiveIsQualifiedByTheNamesFirstWord() {
    Map<String, FactbookProfile> byId = new HashMap<>();
    Countries.withQualifiedDemonyms(PROFILES).forEach(p -> byId.put(p.id(), p));
    assertEquals(List.of("Korean", "North Korean"), byId.get("north_korea").adjectives());
    assertEquals(List.of("Korean", "Koreans", "North Korean", "North Koreans"), byId.get("north_korea").demonyms());
    assertEquals(List.of("Dominican"), byId.get("dominican").adjectives(), "its adjective is its name");
    assertEquals(List.of("Congolese"), byId.get("drc").adjectives());
  }

  @Test
  void aSharedAdjectiveNamesTheBodiesOfACountryTenTimesAsPopulousOnly() {
    Countries countries = Countries.build(Countries.withQualifiedDemonyms(PROFILES), new CountryResolver(PROFILES),
        Map.of(), new NameRules(Set.of(), Set.of()), Map.of());
    Map<String, List<String>> adjectives = new HashMap<>();
    countries.all().forEach(c -> adjectives.put(c.id(), c.adjectives()));
    assertEquals(List.of("Congolese"), adjectives.get("drc"));
    assertEquals(List.of(), adjectives.get("congo_brazzaville"));
    assertEquals(List.of("Dominican"), adjectives.get("dominican"));
    assertEquals(List.of(), adjectives.get("dominica"));
    assertEquals(List.of("North Korean"), adjectives.get("north_korea"), "26 and 51 million: Korean is nobody's");
    assertEquals(List.of("South Korean"), adjectives.get("south_korea"));
  }

  @Test
  void theEditorsCountryRowsFillOnlyWhatAProfileLacks() {
    Problems problems = new Problems();
    Map<String, String> sources = new HashMap<>();
    List<FactbookProfile> filled = KnowledgeGenerator.withCountryFills(PROFILES, List.of(
        new GeneratorPolicy.CountryFill("west_bank", List.of("Palestinian"), List.of("Ramallah"),
            "https://en.wikipedia.org/wiki/Ramallah", 2),
        new GeneratorPolicy.CountryFill("drc", List.of("Zairean"), List.of("Kinshasa"), "https://example.org/drc", 3),
        new GeneratorPolicy.CountryFill("atlantis", List.of("Atlantean"), List.of(), "https://example.org/a", 4)),
        "k/generator/countries.csv", sources, problems);
    FactbookProfile westBank = filled.stream().filter(p -> p.id().equals("west_bank")).findFirst().orElseThrow();
    assertEquals(List.of(List.of("Palestinian"), List.of(), List.of("Ramallah")), List.of(westBank.demonyms(),
        westBank.adjectives(), westBank.capitals()));
    assertEquals(Map.of("west_bank", "https://en.wikipedia.org/wiki/Ramallah"), sources);
    assertEquals(List.of("k/generator/countries.csv:4: no Factbook profile has the country id 'atlantis'",
        "k/generator/countries.csv:3: factbook/x/drc.json gives drc demonyms and a capital already: the row adds"
            + " nothing"), assertThrows(KnowledgeSourceException.class, problems::throwIfAny).problems());
  }

  @Test
  void anEditorsAliasJoinsItsRowWithItsPageAndAnUnknownIdIsFileLine() {
    Problems problems = new Problems();
    ActorRow taleban = new ActorRow("ucdp.303", "Taleban", List.of("Taleban"), List.of(), "armed_group",
        "afghanistan", "E", "", List.of("ucdp/ucdp-actor-221.csv:300"));
    List<ActorRow> rows = KnowledgeGenerator.withEditorsAliases(List.of(taleban), List.of(
        new GeneratorPolicy.EditorsAlias("ucdp.303", "Taliban", "https://en.wikipedia.org/wiki/Taliban", 2),
        new GeneratorPolicy.EditorsAlias("ucdp.303", "TLB", "https://example.org/tlb", 3),
        new GeneratorPolicy.EditorsAlias("ucdp.999", "Nobody", "https://example.org/n", 4)),
        "k/generator/aliases.csv", problems);
    assertEquals(List.of("Taleban", "Taliban"), rows.get(0).aliases());
    assertEquals(List.of("TLB"), rows.get(0).acronyms());
    assertEquals(List.of("ucdp/ucdp-actor-221.csv:300", "https://en.wikipedia.org/wiki/Taliban",
        "https://example.org/tlb"), rows.get(0).sources());
    assertEquals(List.of("k/generator/aliases.csv:4: no generated row has the id 'ucdp.999'"),
        assertThrows(KnowledgeSourceException.class, problems::throwIfAny).problems());
  }
}
