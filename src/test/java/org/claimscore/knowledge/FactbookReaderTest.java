package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactbookReaderTest {

  @TempDir Path dir;

  private static final String SUDAN = """
      {"Government": {
        "Country name": {
          "conventional long form": {"text": "Republic of the Sudan"},
          "conventional short form": {"text": "Sudan"},
          "local short form": {"text": "As-Sudan"},
          "local long form": {"text": "Jumhuriyat as-Sudan"},
          "former": {"text": "Anglo-Egyptian Sudan, Democratic Republic of the Sudan"}},
        "Capital": {"name": {"text": "Khartoum"}},
        "Executive branch": {
          "chief of state": {"text": "Sovereign Council Chair General Abd-al-Fattah al-BURHAN (since 11 November 2021)"},
          "election/appointment process": {"text": "the chair is selected by the security forces"}}},
       "People and Society": {"Nationality": {"noun": {"text": "Sudanese (singular and plural)"},
                                              "adjective": {"text": "Sudanese"}}},
       "Military and Security": {"Military and security forces": {"text": "Sudanese Armed Forces (SAF) (2025)"}},
       "Introduction": {"Background": {"text": "<p>a long civil war followed</p>"}}}
      """;

  @Test
  void aProfileGivesNamesDemonymsCapitalAndEntries() throws Exception {
    FactbookProfile p = FactbookReader.profile("factbook/africa/su.json", new ObjectMapper().readTree(SUDAN));
    assertEquals("sudan", p.id());
    assertEquals("Sudan", p.name());
    assertEquals(List.of("Republic of the Sudan", "As-Sudan", "Jumhuriyat as-Sudan"), p.otherNames());
    assertEquals(List.of("Anglo-Egyptian Sudan", "Democratic Republic of the Sudan"), p.formerNames());
    assertEquals(List.of("Sudanese"), p.demonyms());
    assertEquals(List.of("Khartoum"), p.capitals());
    assertTrue(p.chiefOfState().startsWith("Sovereign Council Chair"));
    assertEquals("Sudanese Armed Forces (SAF) (2025)", p.forces());
    assertTrue(p.officeWords().contains("chair"));
  }

  @Test
  void theCountryIdFollowsTheContract() {
    assertEquals("cote_d_ivoire", FactbookReader.id(Text.decodeEntities("C&ocirc;te d'Ivoire")));
    assertEquals("gambia", FactbookReader.id("The Gambia"));
    assertEquals("congo_brazzaville", FactbookReader.id("Congo (Brazzaville)"));
    assertEquals("svalbard", FactbookReader.id(FactbookReader.cleanName(
        "Svalbard (sometimes referred to as Spitsbergen, the largest island in the archipelago)")));
    assertEquals("Islamic Republic of Afghanistan", FactbookReader.cleanName(
        "Islamic Republic of Afghanistan (prior to 15 August 2021); current country name disputed"));
  }

  @Test
  void demonymsExpandPluralsAndDropNotes() {
    assertEquals(List.of("Russian", "Russians"), FactbookReader.demonyms("Russian(s)"));
    assertEquals(List.of("Irishman", "Irishmen", "Irishwoman", "Irishwomen", "Irish"),
        FactbookReader.demonyms("Irishman(men), Irishwoman(women), Irish (collective plural)"));
    assertEquals(List.of("Motswana", "Batswana"), FactbookReader.demonyms("Motswana (singular), Batswana (plural)"));
    assertEquals(List.of("Taiwan", "Taiwanese"), FactbookReader.demonyms("Taiwan (or Taiwanese)"));
    assertEquals(List.of("Swati"), FactbookReader.demonyms("Swati; note - former term, Swazi, still used"));
    assertEquals(List.of(), FactbookReader.demonyms("NA (US citizens)"));
  }

  @Test
  void capitalsKeepNamesAndOtherNamesNotNotes() {
    assertEquals(List.of("Rangoon", "Yangon", "Nay Pyi Taw"), FactbookReader.capitals("Rangoon (aka Yangon, continues"
        + " to be recognized as the primary Burmese capital by the US Government); Nay Pyi Taw is the administrative"
        + " capital"));
    assertEquals(List.of("Kyiv", "Kiev"), FactbookReader.capitals("Kyiv (Kiev is the transliteration from Russian)"));
    assertEquals(List.of("Washington"), FactbookReader.capitals("Washington, D.C."));
    assertEquals(List.of("Santiago"), FactbookReader.capitals("Santiago; note - Valparaiso is the seat of the national"
        + " legislature"));
    assertEquals(List.of(), FactbookReader.capitals("no official capital; government offices in the Yaren District"));
  }

  @Test
  void localNamesSplitAlternativesAndKeepATranslation() {
    assertEquals(List.of("Republic of the Union of Myanmar", "Pyidaungzu Thammada Myanma Naingngandaw"),
        FactbookReader.localNames("Pyidaungzu Thammada Myanma Naingngandaw (translated as the Republic of the Union"
            + " of Myanmar)"));
    assertEquals(List.of("Djibouti", "Jibuti"), FactbookReader.localNames("Djibouti (French)/ Jibuti (Arabic)"));
    assertEquals(List.of("Ellas", "Ellada"), FactbookReader.localNames("Ellas or Ellada"));
  }

  @Test
  void aProfileWithoutACountryNameIsNoCountry() throws Exception {
    assertNull(FactbookReader.profile("factbook/world/xx.json", new ObjectMapper().readTree("{\"Government\": {}}")));
  }

  @Test
  void aFileThatIsNotJsonIsFileLine() throws Exception {
    Files.createDirectories(dir.resolve("factbook/africa"));
    Files.writeString(dir.resolve("factbook/africa/su.json"), "{\n  \"Government\": {\n    \"Capital\": oops\n}");
    Problems problems = new Problems();
    FactbookReader.read(dir, "src", problems);
    KnowledgeSourceException e = org.junit.jupiter.api.Assertions.assertThrows(KnowledgeSourceException.class,
        problems::throwIfAny);
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).startsWith("src/factbook/africa/su.json:3: not JSON: "), e.problems().get(0));
  }

  @Test
  void aMissingFactbookFolderIsAProblem() {
    Problems problems = new Problems();
    FactbookReader.read(dir, "src", problems);
    KnowledgeSourceException e = org.junit.jupiter.api.Assertions.assertThrows(KnowledgeSourceException.class,
        problems::throwIfAny);
    assertEquals(List.of("src/factbook:1: missing: the folder of Factbook profiles (<region>/<gec>.json)"),
        e.problems());
  }
}
