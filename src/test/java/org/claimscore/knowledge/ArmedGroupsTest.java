package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArmedGroupsTest {

  private static FactbookProfile profile(String id, String name, String terroristGroups) {
    return new FactbookProfile("factbook/x/" + id + ".json", id, name, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), false, "", "", "", terroristGroups, Set.of(), 0);
  }

  private static final List<FactbookProfile> PROFILES = List.of(profile("israel", "Israel", "HAMAS; Army of Islam"),
      profile("gaza", "Gaza", "HAMAS"), profile("pakistan", "Pakistan", "Jaish-e-Mohammed (JeM)"),
      profile("sudan", "Sudan", ""), profile("china", "China", ""));

  private static ArmedGroups groups() {
    List<UcdpActorReader.Actor> actors = List.of(
        new UcdpActorReader.Actor(209, "Hamas", List.of("Hamas"), 1, List.of("Israel"), 2),
        new UcdpActorReader.Actor(468, "JEM", List.of("JEM", "Justice and Equality Movement"), 1, List.of("Sudan"), 3),
        new UcdpActorReader.Actor(161, "PLA", List.of("PLA", "People's Liberation Army"), 1, List.of("China"), 4));
    List<Conflicts.NewActor> fromConflicts = List.of(new Conflicts.NewActor(8635, "RSF", "sudan",
        "ucdp/UcdpPrioConflict_v25_1.csv:9", false));
    return new ArmedGroups(actors, fromConflicts, new CountryResolver(PROFILES), "ucdp/ucdp-actor-221.csv");
  }

  @Test
  void aStateForceGoesToAGroupOnlyWhenThatGroupFightsNow() {
    ArmedGroups groups = groups();
    Set<String> fighting = Set.of("ucdp.8635");
    assertTrue(groups.linkForce(List.of("Rapid Support Forces", "RSF"), "sudan", "factbook/x/sudan.json", fighting));
    assertFalse(groups.linkForce(List.of("People's Liberation Army", "PLA"), "china", "factbook/x/china.json",
        fighting));
  }

  @Test
  void terroristGroupsJoinTheirUcdpGroupAcrossProfilesButAcronymsMustBeWrittenAlike() {
    ArmedGroups groups = groups();
    groups.addTerroristGroups(PROFILES, Set.of());
    List<String> rows = groups.rows(new NameRules(Set.of(), Set.of()), GeneratorPolicyTest.policy(), Set.of()).stream()
        .map(r -> r.id() + " " + r.aliases() + " " + r.acronyms() + " " + r.sources()).toList();
    assertEquals(List.of(
        "fb.army_of_islam [Army of Islam] [] [factbook/x/israel.json]",
        "fb.jaish_e_mohammed [Jaish-e-Mohammed] [JeM] [factbook/x/pakistan.json]",
        "ucdp.161 [People's Liberation Army] [PLA] [ucdp/ucdp-actor-221.csv:4]",
        "ucdp.209 [Hamas] [] [ucdp/ucdp-actor-221.csv:2, factbook/x/israel.json, factbook/x/gaza.json]",
        "ucdp.468 [Justice and Equality Movement] [JEM] [ucdp/ucdp-actor-221.csv:3]",
        "ucdp.8635 [] [RSF] [ucdp/UcdpPrioConflict_v25_1.csv:9]"), rows);
  }

  @Test
  void anEditorsNameMakesTheFactbookGroupOfThatNameJoinTheUcdpGroup() {
    ArmedGroups groups = groups();
    List<FactbookProfile> profiles = List.of(profile("sudan", "Sudan", "Janjaweed"));
    List<GeneratorPolicy.EditorsAlias> pending = groups.addEditorsNames(List.of(
        new GeneratorPolicy.EditorsAlias("ucdp.468", "Janjaweed", "https://example.org/jem", 2),
        new GeneratorPolicy.EditorsAlias("fb.other", "Other", "https://example.org/other", 3)));
    assertEquals(List.of("fb.other"), pending.stream().map(GeneratorPolicy.EditorsAlias::id).toList());
    groups.addTerroristGroups(profiles, Set.of());
    List<String> rows = groups.rows(new NameRules(Set.of(), Set.of()), GeneratorPolicyTest.policy(), Set.of()).stream()
        .filter(r -> r.id().equals("ucdp.468") || r.id().startsWith("fb."))
        .map(r -> r.id() + " " + r.aliases() + " " + r.sources()).toList();
    assertEquals(List.of("ucdp.468 [Justice and Equality Movement, Janjaweed] [ucdp/ucdp-actor-221.csv:3,"
        + " https://example.org/jem, factbook/x/sudan.json]"), rows);
  }

  @Test
  void proseIsNoGroup() {
    assertEquals(List.of(), ArmedGroups.terroristGroupNames("US-designated foreign terrorist groups such as X have"
        + " operated in the area"));
    assertEquals(List.of("Islamic Revolutionary Guard Corps", "Qods Force", "IRGC"),
        ArmedGroups.terroristGroupNames("Islamic Revolutionary Guard Corps (IRGC)/Qods Force"));
  }
}
