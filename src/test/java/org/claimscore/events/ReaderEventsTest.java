package org.claimscore.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.claimscore.language.TestLanguage;
import org.claimscore.ingest.Article;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Events as a reader groups them, from short articles written for these tests (invented places and
 * people): copies of a wire story, a follow-up weeks later, two incidents of one kind.
 */
class ReaderEventsTest {

  private static KeyExtractor extractor;
  private static EventGrouper grouper;

  @BeforeAll
  static void load() throws Exception {
    Lexicon lexicon = Lexicon.load(Path.of("rules/lexicon"), "rules/lexicon");
    extractor = new LexiconKeyExtractor(lexicon, TestLanguage.shipped());
    grouper = new KeyEventGrouper(lexicon);
  }

  private static Article article(String id, LocalDate published, String text) {
    return new Article(id, null, null, published, null, text, null);
  }

  private static Map<String, String> group(List<Article> articles) {
    return grouper.group(articles.stream().map(extractor::keys).toList());
  }

  /** The events of {@code ids}. */
  private static Set<String> events(Map<String, String> grouped, String... ids) {
    Set<String> out = new TreeSet<>();
    for (String id : ids) {
      out.add(grouped.get(id));
    }
    return out;
  }

  private static final String FERRY = "The Kestrel Bay ferry ran aground off Rook Island on Monday, and all 212 "
      + "passengers were taken ashore by lifeboat, the Coastguard Agency said. Captain Erik Lindqvist said the ferry "
      + "struck rocks in thick fog near Gannet Point. Inspectors from the Maritime Safety Board will examine the hull "
      + "in Port Alder on Tuesday, and the Rook Island crossing is suspended until Friday.";

  private static final String DAM = "Engineers opened the spillway of the Hollin Valley dam on Monday after heavy "
      + "rain, and 40 families in Lower Hollin were told to leave their homes, the Waterways Authority said. "
      + "Site manager Priya Raman said the 90-year-old dam was sound. The road to Ashby Cross is closed.";

  @Test
  void copiesOfAWireStoryUnderOtherBylinesAreOneEvent() {
    LocalDate day = LocalDate.of(2024, 6, 10);
    List<Article> batch = new ArrayList<>();
    String[] credits = {"By Amy Carr, Northport Gazette. ", "From wire reports. ", "Harbour Times staff. ",
        "By Tomasz Wren. ", ""};
    for (int i = 0; i < credits.length; i++) {
      batch.add(article("ferry-" + i, day.plusDays(i % 2), credits[i] + FERRY));
    }
    batch.add(article("dam", day, DAM));
    Map<String, String> grouped = group(batch);
    assertEquals(Set.of("ferry-0"), events(grouped, "ferry-0", "ferry-1", "ferry-2", "ferry-3", "ferry-4"));
    assertEquals("dam", grouped.get("dam"));
  }

  private static final String SHOOTING = "A gunman opened fire at the Brookfield Community Centre in Harlow Creek "
      + "on Saturday night, killing 2 people, police said. One of the victims was Marisol Quintana, 34, a nurse at "
      + "Harlow Creek General Hospital. Police Chief Tom Okafor said a 41-year-old man, Dale Fenwick, was arrested "
      + "at the scene and a handgun was recovered.";
  private static final String VIGIL = "Harlow Creek residents held a vigil on Sunday for Marisol Quintana and Ben "
      + "Whitcombe, who were shot dead at the Brookfield Community Centre. Chief Tom Okafor said Dale Fenwick would "
      + "appear in court on Tuesday. Candles were left outside the centre's doors.";
  private static final String FUNERAL = "Hundreds of mourners filled St Anne's Church in Harlow Creek on Monday for "
      + "the funeral of Marisol Quintana, the nurse killed in the shooting at the community centre three weeks ago. "
      + "Colleagues from the hospital formed a guard of honour. Dale Fenwick, charged with two counts of murder, "
      + "remains in custody.";
  private static final String DINER = "A man shot 2 people outside the Starlight Diner in Oakvale on Monday, police "
      + "said. Sheriff Dan Mercer said the victims, Ray Holt and Ann Delgado, were in stable condition. The suspect, "
      + "Kyle Brannon, was arrested on Tuesday in a motel near Oakvale.";
  private static final String MALL = "Police in Millbrook said a gunman wounded 3 people at the Riverside Mall on "
      + "Sunday. Chief Laura Benning said the suspect, Carl Drayton, fled in a grey van. The mall will stay closed "
      + "on Monday while detectives search it.";

  @Test
  void aFollowUpThreeWeeksLaterSharingTheVictimAndTheTownJoinsItsEvent() {
    List<Article> batch = List.of(
        article("a-shooting", LocalDate.of(2024, 3, 3), SHOOTING),
        article("b-vigil", LocalDate.of(2024, 3, 4), VIGIL),
        article("c-funeral", LocalDate.of(2024, 3, 25), FUNERAL),
        article("diner", LocalDate.of(2024, 3, 5), DINER),
        article("mall", LocalDate.of(2025, 3, 9), MALL));
    Map<String, String> grouped = group(batch);
    assertEquals(Set.of("a-shooting"), events(grouped, "a-shooting", "b-vigil", "c-funeral"), grouped.toString());
    assertEquals("diner", grouped.get("diner"), grouped.toString());
    assertEquals("mall", grouped.get("mall"), grouped.toString());
  }

  private static final List<String> KELURAK = List.of(
      "A magnitude 6.2 earthquake struck near the town of Kelurak in North Halmera province on Tuesday, killing at "
          + "least 14 people and injuring 90, the Verania Disaster Agency said. Agency spokesman Iwan Hartono said "
          + "300 houses had collapsed in Kelurak and the nearby village of Sungai Batu. The U.S. Geological Survey "
          + "put the depth of the quake at 10 kilometres. Verania lies on the Pacific Ring of Fire.",
      "Rescuers in Kelurak pulled survivors from collapsed houses on Wednesday after the 6.2 quake that killed 14 "
          + "people, Iwan Hartono of the Verania Disaster Agency told reporters. Hospitals in North Halmera were "
          + "treating 90 injured, and residents of Sungai Batu slept outside for fear of aftershocks.",
      "The death toll from the earthquake near Kelurak rose to 17, the Verania Disaster Agency said, as soldiers "
          + "delivered tents to Sungai Batu. Governor Rusdi Amran visited the damaged mosque in Kelurak. The quake, "
          + "of magnitude 6.2, was felt across North Halmera.");
  private static final List<String> PANTAI_MERAH = List.of(
      "A magnitude 5.9 earthquake hit the coastal town of Pantai Merah in West Sarawen province on Sunday, killing "
          + "6 people, the Verania Disaster Agency said. Spokesman Iwan Hartono said 120 buildings were damaged in "
          + "Pantai Merah and in the fishing village of Tanjung Lada. The U.S. Geological Survey said the quake "
          + "struck at a depth of 35 kilometres. Verania sits on the Pacific Ring of Fire.",
      "Fishermen in Tanjung Lada said waves reached the harbour after the 5.9 quake near Pantai Merah, but no "
          + "tsunami warning was issued. Iwan Hartono of the Verania Disaster Agency said 6 people died and 40 were "
          + "injured in West Sarawen.",
      "Schools in Pantai Merah stayed closed on Monday after the earthquake that killed 6 people. Regent Maria "
          + "Sitompul said 120 buildings in West Sarawen needed repair, and the Verania Disaster Agency sent tents "
          + "to Tanjung Lada.");

  @Test
  void twoQuakesInOneCountryWithOneSpokesmanMonthsApartStayTwoEvents() {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      batch.add(article("kelurak-" + i, LocalDate.of(2024, 3, 5 + i), KELURAK.get(i)));
      batch.add(article("pantai-merah-" + i, LocalDate.of(2024, 8, 11 + i), PANTAI_MERAH.get(i)));
    }
    Map<String, String> grouped = group(batch);
    assertEquals(Set.of("kelurak-0"), events(grouped, "kelurak-0", "kelurak-1", "kelurak-2"), grouped.toString());
    assertEquals(Set.of("pantai-merah-0"), events(grouped, "pantai-merah-0", "pantai-merah-1", "pantai-merah-2"),
        grouped.toString());
  }

  @Test
  void threeThousandReprintsThatDifferOnlyInTheBylineAreOneEventInReasonableTime() {
    String[] first = {"Amy", "Ben", "Chloe", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonah", "Kira", "Luca",
        "Mina", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wade", "Xenia", "Yusuf",
        "Zara", "Arlo", "Bea", "Cyrus", "Dana"};
    String[] last = {"Abbott", "Baines", "Crane", "Dunmore", "Ellery", "Forde", "Garvey", "Hale", "Ingram", "Jessop",
        "Keane", "Lowry", "Marsh", "Nolan", "Oakes", "Pryce", "Quill", "Rourke", "Sayer", "Tolland", "Upton",
        "Varga", "Whitlow", "Yardley", "Zeller", "Ashdown", "Birch", "Colter", "Darnell", "Eastman", "Fenn",
        "Gilroy", "Harker", "Ivers", "Jago", "Kilbride", "Larkin", "Mossop", "Newbold", "Orme", "Pickett", "Rigby",
        "Stannard", "Thorne", "Vance", "Wilding", "Yeats", "Ambler", "Brock", "Carew", "Dobbs", "Eagan", "Frame",
        "Goss", "Hurst", "Iles", "Joyner", "Kemp", "Lyle", "Munro", "Nash", "Oldham", "Parr", "Rusk", "Shales",
        "Tapp", "Vipond", "Wray", "Yelland", "Aske", "Bristow", "Cade", "Dray", "Edis", "Fane", "Gale", "Hobb",
        "Jeans", "Knell", "Lugg", "Mabey", "Nunn", "Orr", "Pym", "Roach", "Sewell", "Tims", "Voss", "Wild", "Yapp",
        "Ames", "Bligh", "Coe", "Dyer", "Eke", "Flint", "Grout", "Hind", "Jupp", "Kett"};
    List<Article> batch = new ArrayList<>();
    LocalDate day = LocalDate.of(2024, 6, 10);
    for (int i = 0; i < 3000; i++) {
      String byline = "By " + first[i % first.length] + " " + last[i / first.length] + "\n\n";
      batch.add(article(String.format("reprint-%04d", i), day.plusDays(i % 3), byline + FERRY));
    }
    batch.add(article("dam", day, DAM));
    for (int i = 0; i < 3; i++) {
      batch.add(article("kelurak-" + i, day, KELURAK.get(i)));
    }
    Collections.shuffle(batch, new Random(7));
    long start = System.nanoTime();
    Map<String, String> grouped = group(batch);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Set<String> reprints = new TreeSet<>();
    for (int i = 0; i < 3000; i++) {
      reprints.add(grouped.get(String.format("reprint-%04d", i)));
    }
    assertEquals(1, reprints.size(), "the reprints are in " + reprints.size() + " events");
    assertEquals(Set.of("reprint-0000"), reprints);
    assertEquals("dam", grouped.get("dam"));
    assertEquals(Set.of("kelurak-0"), events(grouped, "kelurak-0", "kelurak-1", "kelurak-2"));
    assertNotEquals("reprint-0000", grouped.get("kelurak-0"));
    assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "took " + took);
  }
}
