package org.claimscore.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForceNamesTest {

  @Test
  void aProseListBecomesForcesWithAcronymsAndOtherNames() {
    List<ForceNames.Force> forces = ForceNames.read(Text.plain("Sudanese Armed Forces (SAF): Ground Force (Sudanese"
        + " Army), Sudanese Navy, Sudanese Air Force; Rapid Support Forces (RSF); Border Guards<br><br>Ministry of"
        + " Interior: Sudan Police Forces (SPF), Central Reserve Police (CRP) (2025)"));
    assertEquals(List.of("Sudanese Armed Forces", "Ground Force", "Sudanese Navy", "Sudanese Air Force",
        "Rapid Support Forces", "Border Guards", "Sudan Police Forces", "Central Reserve Police"),
        forces.stream().map(ForceNames.Force::name).toList());
    assertEquals(List.of("SAF"), forces.get(0).acronyms());
    assertEquals(List.of("Sudanese Army"), forces.get(1).others());
    assertEquals(List.of("RSF"), forces.get(4).acronyms());
    assertFalse(forces.get(4).police());
    assertTrue(forces.get(6).police());
  }

  @Test
  void akaListsGiveEveryOtherName() {
    ForceNames.Force f = ForceNames.read("Burmese Defense Service (aka Armed Forces of Burma, Myanmar Army, Royal Armed"
        + " Forces, the Tatmadaw, or the Sit-Tat): Army (Tatmadaw Kyi)").get(0);
    assertEquals(List.of("Armed Forces of Burma", "Myanmar Army", "Royal Armed Forces", "Tatmadaw", "Sit-Tat"),
        f.others());
    ForceNames.Force ukraine = ForceNames.read("Armed Forces of Ukraine (AFU; Zbroyni Syly Ukrayiny or ZSU): Ground"
        + " Forces").get(0);
    assertEquals(List.of("AFU", "ZSU"), ukraine.acronyms());
    assertEquals(List.of("Zbroyni Syly Ukrayiny"), ukraine.others());
  }

  @Test
  void proseAndNotesGiveNoNames() {
    assertEquals(List.of(), ForceNames.read("the interim government authorities in Syria have established a Ministry"
        + " of Defense (2025)"));
    assertEquals(List.of("Royal Navy"), ForceNames.read("Royal Navy (includes land and maritime forces)").stream()
        .map(ForceNames.Force::name).toList());
    assertEquals(List.of(), ForceNames.read("Royal Navy (includes land and maritime forces)").get(0).others());
    assertTrue(ForceNames.noMilitary("no regular military forces; Icelandic Coast Guard"));
    assertFalse(ForceNames.noMilitary("Israel Defense Forces (IDF)"));
  }
}
