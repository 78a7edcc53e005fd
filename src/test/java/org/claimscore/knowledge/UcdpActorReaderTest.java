package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class UcdpActorReaderTest {

  private static final String HEADER = "\uFEFFActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,NameChange,NewName,"
      + "NewNameFullMotherTongue,NewNameFullEng,Org,Location\n";

  private static List<UcdpActorReader.Actor> read(String csv, Problems problems) {
    return UcdpActorReader.read(new SourceFile("ucdp/ucdp-actor-221.csv", "src/ucdp/ucdp-actor-221.csv", csv.startsWith(
        "\uFEFF") ? csv.substring(1) : csv), problems);
  }

  @Test
  void everyNameFieldGivesNamesAndARenamedGroupItsNewNames() {
    String csv = HEADER
        + "234,IS,Jama’at Al-Tawhid wa Al-Jihad,Jama’at Al-Tawhid wa Al-Jihad,The Monotheism and Jihad Group,1,"
        + "\"ISI, IS\",\"Dawlat al-’Iraq al-Islamiyya, al-Dawla al-Islamiyya\",\"Islamic State of Iraq, Islamic State\","
        + "1,\"Iraq, Syria\"\n"
        + "5840,DPR,DPR,Донецкая народная республика / Donetskaya narodnaya respublika,Donetsk People's Republic,0,,,,1,"
        + "Ukraine\n";
    Problems problems = new Problems();
    List<UcdpActorReader.Actor> actors = read(csv, problems);
    assertEquals(2, actors.size());
    UcdpActorReader.Actor is = actors.get(0);
    assertEquals(List.of("IS", "Jama'at Al-Tawhid wa Al-Jihad", "The Monotheism and Jihad Group", "ISI",
        "Dawlat al-'Iraq al-Islamiyya", "al-Dawla al-Islamiyya", "Islamic State of Iraq", "Islamic State"), is.names());
    assertEquals(List.of("Iraq", "Syria"), is.locations());
    assertEquals(2, is.line());
    assertEquals(List.of("DPR", "Донецкая народная республика", "Donetskaya narodnaya respublika",
        "Donetsk People's Republic"), actors.get(1).names());
    assertEquals(3, actors.get(1).line());
  }

  @Test
  void anIdThatIsNotANumberIsFileLine() {
    Problems problems = new Problems();
    read(HEADER + "7,Hamas,Hamas,n/a,Hamas,0,,,,1,Israel\nx1,Fatah,Fatah,n/a,Fatah,0,,,,1,Israel\n", problems);
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, problems::throwIfAny);
    assertEquals(List.of("src/ucdp/ucdp-actor-221.csv:3: ActorId and Org must be whole numbers and NameData given, got"
        + " 'x1', '1', 'Fatah'"), e.problems());
  }

  @Test
  void aFileWithoutTheColumnsIsLineOne() {
    Problems problems = new Problems();
    read("id,name\n1,x\n", problems);
    KnowledgeSourceException e = assertThrows(KnowledgeSourceException.class, problems::throwIfAny);
    assertEquals(1, e.problems().size());
    assertEquals(true, e.problems().get(0).startsWith("src/ucdp/ucdp-actor-221.csv:1: missing columns [ActorId,"),
        e.problems().get(0));
  }
}
