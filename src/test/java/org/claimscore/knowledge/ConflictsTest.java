package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The conflict file's reader (semicolons, CR LF, the broken record) and the conflicts table built from it. */
class ConflictsTest {

  private static final String HEADER = "conflict_id;location;side_a;side_a_id;side_a_2nd;side_b;side_b_id;side_b_2nd;"
      + "incompatibility;territory_name;year;intensity_level\r\n";

  private static SourceFile file(String text) {
    return new SourceFile(ConflictReader.FILE, "src/" + ConflictReader.FILE, text);
  }

  private static final List<FactbookProfile> PROFILES = List.of(
      profile("sudan", "Sudan"), profile("south_sudan", "South Sudan"), profile("russia", "Russia"),
      profile("burma", "Burma"));

  private static FactbookProfile profile(String id, String name) {
    return new FactbookProfile("factbook/x/" + id + ".json", id, name, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), false, "", "", "", "", java.util.Set.of(), 0);
  }

  @Test
  void recordsWithSidesSupportersAndTheBrokenRecordRepaired() {
    String text = HEADER
        + "309;Sudan;Government of Sudan;112;;RSF, SPLM/A-North;1123, 8635; Government of South Sudan;2;;2023;2\r\n"
        + "11349;China;Government of China;135;;ETIM;1156;;1;East Turkestan;;\r\n"
        + ";2008;1\r\n"
        + "209;Philippines;Government of Philippines;154;;CPP, Military faction (forces of Honasan, Abenina & Zumel);"
        + "169, 170;;2;;1987;1\r\n";
    Problems problems = new Problems();
    ConflictReader.Read read = ConflictReader.read(file(text), problems);
    assertTrue(problems.isEmpty());
    assertEquals(3, read.years().size());
    ConflictReader.ConflictYear sudan = read.years().get(0);
    assertEquals(List.of("RSF", "SPLM/A-North"), sudan.sideB());
    assertEquals(List.of(1123, 8635), sudan.sideBIds());
    assertEquals(List.of("Government of South Sudan"), sudan.supportersB());
    assertEquals(2008, read.years().get(1).year());
    assertEquals(List.of("ucdp/UcdpPrioConflict_v25_1.csv:3-4: one record broken across two lines; read as conflict"
        + " 11349, year 2008"), read.repairs());
    assertEquals(List.of("CPP", "Military faction (forces of Honasan, Abenina & Zumel)"), read.years().get(2).sideB());
  }

  @Test
  void aMalformedRecordIsFileLine() {
    Problems problems = new Problems();
    ConflictReader.read(file(HEADER + "309;Sudan;Government of Sudan;112;;RSF;8635;;9;;2023;2\r\n"
        + "309;Sudan;Government of Sudan\r\n"), problems);
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, problems::throwIfAny);
    assertEquals(List.of(
        "src/ucdp/UcdpPrioConflict_v25_1.csv:2: conflict_id and year must be whole numbers and incompatibility 1-3,"
            + " got '309', '2023', '9'",
        "src/ucdp/UcdpPrioConflict_v25_1.csv:3: expected 12 fields separated by ';', got 3"), e.problems());
  }

  @Test
  void sidesBecomeCountriesAndActorsAndNewActorsGetNames() {
    String text = HEADER
        + "309;Sudan;Government of Sudan;112;;RSF;8635;;2;;2009;2\r\n"
        + "309;Sudan;Government of Sudan;112;;RSF, SPLM/A-North;1123, 8635; Government of South Sudan;2;;2023;2\r\n"
        + "399;Russia (Soviet Union);Government of Russia (Soviet Union);57;;LSR;8640;;2;;2022;1\r\n"
        + "399;Russia (Soviet Union);Government of Russia (Soviet Union);57;;LSR, RDK, Wagner;8639, 8640, 8650;;2;;2023;1"
        + "\r\n";
    Problems problems = new Problems();
    SourceFile f = file(text);
    ConflictReader.Read read = ConflictReader.read(f, problems);
    List<UcdpActorReader.Actor> actors = List.of(
        new UcdpActorReader.Actor(1123, "SPLM/A-North", List.of("SPLM/A-North"), 1, List.of("Sudan"), 2),
        new UcdpActorReader.Actor(112, "Government of Sudan", List.of("Government of Sudan"), 4, List.of("Sudan"), 3));
    Conflicts conflicts = Conflicts.build(read.years(), actors, new CountryResolver(PROFILES), f, problems);
    assertTrue(problems.isEmpty());
    assertEquals(List.of(
        List.of("ucdp.conflict.309", "Sudan: government", "sudan", "sudan", "ucdp.1123|ucdp.8635", "", "south_sudan", "2009",
            "2023", "government", "ucdp/UcdpPrioConflict_v25_1.csv:3"),
        List.of("ucdp.conflict.399", "Russia (Soviet Union): government", "russia", "russia", "ucdp.8639|ucdp.8640|ucdp.8650",
            "", "", "2022", "2023", "government", "ucdp/UcdpPrioConflict_v25_1.csv:5")), conflicts.rows());
    assertEquals(List.of("8635 RSF false", "8639 RDK true", "8640 LSR false", "8650 Wagner true"),
        conflicts.newActors().stream().map(a -> a.id() + " " + a.name() + " " + a.pairedByPosition()).toList());
  }

  @Test
  void aLocationThatIsNoCountryIsAProblem() {
    Problems problems = new Problems();
    SourceFile f = file(HEADER + "1;Atlantis;Government of Atlantis;1;;X;2;;2;;2015;1\r\n");
    ConflictReader.Read read = ConflictReader.read(f, problems);
    Conflicts.build(read.years(), List.of(), new CountryResolver(PROFILES), f, problems);
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, problems::throwIfAny);
    assertEquals(List.of("src/ucdp/UcdpPrioConflict_v25_1.csv:2: location 'Atlantis' is no Factbook country",
        "src/ucdp/UcdpPrioConflict_v25_1.csv:2: 'Government of Atlantis' is the government of no Factbook country"),
        e.problems());
  }
}
