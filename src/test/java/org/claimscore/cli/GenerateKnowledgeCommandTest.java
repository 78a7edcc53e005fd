package org.claimscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimscore.knowledge.KnowledgeGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate-knowledge} end to end on a small source folder written here, not on the real data. */
class GenerateKnowledgeCommandTest {

  @TempDir Path dir;

  private Path sources;
  private Path out;

  private static final String NOTICE = """
      | Path | Source repo | Commit | Source path | Licence as stated | SHA-256 |
      |---|---|---|---|---|---|
      | `factbook/<region>/<gec>.json` | factbook/factbook.json | 8662a8b17a784841ab4528631b04090eb2f183eb | `<region>/<gec>.json` | CC0 1.0 | a |
      | `ucdp/ucdp-actor-221.csv` | o/actors | 5369d2f955d3396072c612a84588654941212a19 | `a.csv` | none stated | b |
      | `ucdp/UcdpPrioConflict_v25_1.csv` | o/acd | 151731d0bddc8db7a655dd214669bc8451a37c6c | `c.csv` | none stated | c |
      | `factbook-appendix-b/FactAppB.html` | o/appb | 3a7203aa5fa6085ef0f472691c41feb309446272 | `b.html` | public domain | d |
      | `wp-rsp/perennial-sources.csv` | o/rsp | 1a7c0c2d7bfc5346c8272598299382e674725972 | `p.csv` | CC BY-SA | e |
      | `wp-rsp/reliability_ranking.csv` | o/rank | 7d397e4812f05576c0b739feaf04867e3a92e8f2 | `r.csv` | MIT, CC BY-SA | f |
      """;

  private static final String SUDAN = """
      {"Government": {"Country name": {"conventional long form": {"text": "Republic of the Sudan"},
          "conventional short form": {"text": "Sudan"}},
        "Capital": {"name": {"text": "Khartoum"}},
        "Executive branch": {"chief of state": {"text": "President Abd-al-Fattah al-BURHAN (since 11 November 2021)"},
          "head of government": {"text": "Prime Minister Kamil IDRIS (since 19 May 2025)"}}},
       "People and Society": {"Nationality": {"noun": {"text": "Sudanese (singular and plural)"},
          "adjective": {"text": "Sudanese"}}},
       "Military and Security": {"Military and security forces": {"text":
          "Sudanese Armed Forces (SAF): Ground Force (Sudanese Army); Rapid Support Forces (RSF)<br><br>Ministry of Interior: Sudan Police Forces (SPF) (2025)"}}}
      """;

  private static final String SOUTH_SUDAN = """
      {"Government": {"Country name": {"conventional long form": {"text": "Republic of South Sudan"},
          "conventional short form": {"text": "South Sudan"}},
        "Capital": {"name": {"text": "Juba"}},
        "Executive branch": {"chief of state": {"text": "President Salva KIIR Mayardit (since 9 July 2011)"}}},
       "People and Society": {"Nationality": {"noun": {"text": "South Sudanese (singular and plural)"},
          "adjective": {"text": "South Sudanese"}}}}
      """;

  @BeforeEach
  void sources() throws Exception {
    sources = dir.resolve("sources");
    Files.createDirectories(sources.resolve("factbook/africa"));
    Files.createDirectories(sources.resolve("ucdp"));
    Files.createDirectories(sources.resolve("wp-rsp"));
    Files.createDirectories(sources.resolve("factbook-appendix-b"));
    Files.writeString(sources.resolve("NOTICE.md"), NOTICE);
    Files.writeString(sources.resolve("factbook/africa/su.json"), SUDAN);
    Files.writeString(sources.resolve("factbook/africa/od.json"), SOUTH_SUDAN);
    Files.writeString(sources.resolve("ucdp/ucdp-actor-221.csv"), "\uFEFFActorId,NameData,NameOrig,NameOrigFull,"
        + "NameOrigFullEng,NameChange,NewName,NewNameFullMotherTongue,NewNameFullEng,Org,Location\n"
        + "112,Government of Sudan,Government of Sudan,n/a,Government of Sudan,0,,,,4,Sudan\n"
        + "1123,SPLM/A-North,SPLM/A-North,n/a,Sudan People's Liberation Movement/Army - North,0,,,,1,Sudan\n");
    Files.writeString(sources.resolve("ucdp/UcdpPrioConflict_v25_1.csv"), "conflict_id;location;side_a;side_a_id;"
        + "side_a_2nd;side_b;side_b_id;side_b_2nd;incompatibility;territory_name;year\r\n"
        + "309;Sudan;Government of Sudan;112;;RSF, SPLM/A-North;1123, 8635;Government of South Sudan;2;;2023\r\n");
    Files.writeString(sources.resolve("factbook-appendix-b/FactAppB.html"), "<div class='appendix-entry-name"
        + " category'>African Union (AU)</div>\n<div class='appendix-entry-text category_data'>8 July 2001</div>\n");
    Files.writeString(sources.resolve("wp-rsp/perennial-sources.csv"), "id,name,status,status_n,wiki_url,urls,urls_n,"
        + "info\n1,Reuters,\"[\"\"Generally reliable\"\"]\",1,w,\"[\"\"www.reuters.com\"\"]\",1,A news agency.\n");
    Files.writeString(sources.resolve("wp-rsp/reliability_ranking.csv"), "source_name,status,domain\n"
        + "Reuters,gr,reuters.com\n");
    out = dir.resolve("knowledge");
    Files.createDirectories(out.resolve("generator"));
    for (String policy : List.of("forms.csv", "ratings.csv", "not-names.txt", "state-affiliation.txt")) {
      Files.copy(Path.of("rules/knowledge/generator").resolve(policy), out.resolve("generator").resolve(policy));
    }
    Files.writeString(out.resolve("generator/aliases.csv"), "id,alias,source\n");
    Files.writeString(out.resolve("generator/countries.csv"), "id,demonyms,capital,source\n");
  }

  private Cli.Run generate() {
    return Cli.run("generate-knowledge", "--from", sources.toString(), "--out", out.toString());
  }

  @Test
  void writesEveryFileAndTheSameBytesTwice() throws Exception {
    Files.writeString(out.resolve("mine.csv"), "an editor's file\n");
    Cli.Run run = generate();
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("conflicts.csv: 1 conflicts active since 2010"), run.out());
    assertTrue(run.out().contains("BELOW the target of 240"), run.out());
    List<String> first = read();
    assertEquals(0, generate().exit());
    assertEquals(first, read());
    assertEquals("an editor's file\n", Files.readString(out.resolve("mine.csv")));
    try (var files = Files.list(out)) {
      assertEquals(List.of("NOTICE.md", "actors.csv", "conflicts.csv", "countries.csv", "generator",
          "international-organisations.csv", "mine.csv", "outlets-rsp.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void theRapidSupportForcesAreAGroupOfTheConflictNotSudansArmy() throws Exception {
    assertEquals(0, generate().exit());
    String actors = Files.readString(out.resolve("actors.csv"));
    String mil = row(actors, "mil.sudan,");
    assertTrue(mil.contains("|Sudanese armed forces|") && mil.contains(",SAF,"), mil);
    assertFalse(mil.contains("Rapid Support") || mil.contains("RSF"), mil);
    String rsf = row(actors, "ucdp.8635,");
    assertTrue(rsf.startsWith("ucdp.8635,RSF,Rapid Support Forces,RSF,armed_group,sudan,E,,"), rsf);
    assertTrue(row(actors, "police.sudan,").contains("Sudan Police Forces"));
    assertEquals("ucdp.conflict.309,Sudan: government,sudan,sudan,ucdp.1123|ucdp.8635,,south_sudan,2023,2023,"
        + "government,ucdp/UcdpPrioConflict_v25_1.csv:2", row(Files.readString(out.resolve("conflicts.csv")),
        "ucdp.conflict.309,"));
    assertTrue(row(actors, "hos.sudan,").contains("President al-Burhan"), row(actors, "hos.sudan,"));
  }

  @Test
  void aBrokenSourceIsFileLineExitTwoAndNothingWritten() throws Exception {
    Files.writeString(sources.resolve("ucdp/UcdpPrioConflict_v25_1.csv"), "conflict_id;location;side_a;side_a_id;"
        + "side_a_2nd;side_b;side_b_id;side_b_2nd;incompatibility;territory_name;year\r\n"
        + "309;Sudan;Government of Sudan;112;;RSF;8635;;2;;twenty\r\n");
    Cli.Run run = generate();
    assertEquals(2, run.exit());
    assertEquals(sources + "/ucdp/UcdpPrioConflict_v25_1.csv:2: conflict_id and year must be whole numbers and"
        + " incompatibility 1-3, got '309', 'twenty', '2'\ngenerate-knowledge: 1 problem; nothing written\n", run.err());
    for (String file : KnowledgeGenerator.FILES) {
      assertFalse(Files.exists(out.resolve(file)), file);
    }
  }

  @Test
  void aMissingSourceFolderIsExitTwo() {
    Cli.Run run = Cli.run("generate-knowledge", "--from", dir.resolve("nowhere").toString(), "--out", out.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("generate-knowledge: no source folder " + dir.resolve("nowhere")), run.err());
  }

  @Test
  void helpNamesTheOptions() {
    Cli.Run run = Cli.run("generate-knowledge", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("--from=DIR") && run.out().contains("--out=DIR"), run.out());
  }

  private List<String> read() throws Exception {
    List<String> texts = new java.util.ArrayList<>();
    for (String file : KnowledgeGenerator.FILES) {
      texts.add(Files.readString(out.resolve(file)));
    }
    return texts;
  }

  private static String row(String csv, String prefix) {
    return csv.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse("no row " + prefix);
  }
}
