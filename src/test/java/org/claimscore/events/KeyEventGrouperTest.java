package org.claimscore.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.claimscore.language.TestLanguage;
import org.claimscore.ingest.Article;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Events from real articles: the Kursk raid seeds, the Noto earthquake fixture, and articles about neither. */
class KeyEventGrouperTest {

  private static final Path KURSK = Path.of("fixtures/kursk-raid-2024");
  private static final Path NOTO = Path.of("fixtures/noto-quake-2024");
  private static final Path RESOURCES = Path.of("src/test/resources/events");

  private static Lexicon lexicon;
  private static KeyExtractor extractor;
  private static EventGrouper grouper;

  @BeforeAll
  static void load() throws Exception {
    lexicon = org.claimscore.lexicon.TestLexicons.kursk();
    extractor = new LexiconKeyExtractor(lexicon, TestLanguage.shipped());
    grouper = new KeyEventGrouper(lexicon);
  }

  static List<Article> read(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(KeyEventGrouperTest::article).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article article(Path path) {
    try {
      String stem = path.getFileName().toString().replaceFirst("\\.txt$", "");
      return new Article(stem, "unknown", null, null, null, Files.readString(path), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> group(List<Article> articles) {
    return grouper.group(articles.stream().map(extractor::keys).toList());
  }

  private static Set<String> events(Map<String, String> grouped, List<Article> articles) {
    Set<String> out = new TreeSet<>();
    articles.forEach(a -> out.add(grouped.get(a.id())));
    return out;
  }

  @Test
  void theSeedArticlesAreOneEventNamedByTheirSmallestId() {
    List<Article> seeds = read(KURSK);
    assertEquals(Set.of("000_ff52ee658b83113a"), events(group(seeds), seeds));
  }

  @Test
  void twoRealEventsInOneBatchAreTwoEventsAndAnArticleAboutNeitherStaysAlone() {
    List<Article> kursk = read(KURSK);
    List<Article> noto = read(NOTO);
    Article library = article(RESOURCES.resolve("unrelated.txt"));
    List<Article> batch = new ArrayList<>(kursk);
    batch.addAll(noto);
    batch.add(library);
    Map<String, String> grouped = group(batch);
    assertEquals(batch.size(), grouped.size());
    assertEquals(Set.of("000_ff52ee658b83113a"), events(grouped, kursk));
    assertEquals(Set.of("000_wire_jan2"), events(grouped, noto));
    assertEquals("unrelated", grouped.get("unrelated"));
  }

  @Test
  void shuffledInputGivesTheSameEvents() {
    List<Article> batch = new ArrayList<>(read(KURSK));
    batch.addAll(read(NOTO));
    batch.add(article(RESOURCES.resolve("unrelated.txt")));
    batch.add(article(RESOURCES.resolve("common-words-only.txt")));
    Map<String, String> expected = group(batch);
    Random random = new Random(42);
    for (int round = 0; round < 5; round++) {
      List<Article> shuffled = new ArrayList<>(batch);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, group(shuffled), "shuffle " + round);
    }
  }

  @Test
  void countriesLeadersAndRegionsAloneNeverMergeEvents() {
    Article common = article(RESOURCES.resolve("common-words-only.txt"));
    ArticleKeys keys = extractor.keys(common);
    assertTrue(keys.actors().contains("Vladimir Vladimirovich Putin"), keys.toString());
    assertTrue(keys.places().contains("Kursk"), keys.toString());
    for (Article seed : read(KURSK)) {
      Map<String, String> pair = grouper.group(List.of(keys, extractor.keys(seed)));
      assertNotEquals(pair.get(seed.id()), pair.get("common-words-only"), "merged with " + seed.id());
    }
  }

  @Test
  void sharedSpecificKeysJoinWeeksApartButNotAYearApart() {
    List<String> places = List.of("Tetkino");
    List<String> terms = List.of("234 fighter", "sim tack");
    ArticleKeys a = new ArticleKeys("a", LocalDate.of(2024, 3, 12), places, List.of(), terms);
    ArticleKeys b = new ArticleKeys("b", LocalDate.of(2024, 3, 14), places, List.of(), terms);
    ArticleKeys weeksLater = new ArticleKeys("c", LocalDate.of(2024, 4, 2), places, List.of(), terms);
    ArticleKeys yearLater = new ArticleKeys("d", LocalDate.of(2025, 3, 12), places, List.of(), terms);
    ArticleKeys undated = new ArticleKeys("e", null, places, List.of(), terms);
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "d", "d"), grouper.group(List.of(yearLater, weeksLater, b, a)));
    assertEquals(Map.of("d", "d", "e", "d"), grouper.group(List.of(yearLater, undated)));
  }

  @Test
  void theDecayHalvesEveryHalfLifeAfterTheFirstDays() {
    LocalDate day = LocalDate.of(2024, 3, 12);
    assertEquals(1.0, KeyEventGrouper.decay(day, day.plusDays(KeyEventGrouper.SAME_DAYS)));
    assertEquals(1.0, KeyEventGrouper.decay(null, day));
    assertEquals(0.5, KeyEventGrouper.decay(day,
        day.plusDays(KeyEventGrouper.SAME_DAYS + (long) KeyEventGrouper.HALF_LIFE_DAYS)), 1e-12);
    assertEquals(0.25, KeyEventGrouper.decay(day.plusDays(KeyEventGrouper.SAME_DAYS
        + 2 * (long) KeyEventGrouper.HALF_LIFE_DAYS), day), 1e-12);
  }

  @Test
  void oneArticleNamingTwoIncidentsDoesNotChainThemIntoOneEvent() {
    // Two fires of one county, three articles each (each with a detail of its own), and a round-up
    // that names both.
    List<ArticleKeys> batch = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      batch.add(new ArticleKeys("a" + i, null, List.of(), List.of(), List.of("kelmscott", "kelmscott mill",
          "aled prothero", "prothero", "3 worker", "county fire service", "witness a" + i, "detail a" + i)));
      batch.add(new ArticleKeys("b" + i, null, List.of(), List.of(), List.of("dunmere", "dunmere quay",
          "rhian vaughan", "vaughan", "12 family", "county fire service", "witness b" + i, "detail b" + i)));
    }
    batch.add(new ArticleKeys("roundup", null, List.of(), List.of(), List.of("kelmscott", "kelmscott mill",
        "prothero", "dunmere", "dunmere quay", "vaughan", "county fire service")));
    Map<String, String> grouped = grouper.group(batch);
    Set<String> a = new TreeSet<>();
    Set<String> b = new TreeSet<>();
    for (int i = 0; i < 3; i++) {
      a.add(grouped.get("a" + i));
      b.add(grouped.get("b" + i));
    }
    assertEquals(Set.of("a0"), a, grouped.toString());
    assertEquals(Set.of("b0"), b, grouped.toString());
  }

  @Test
  void keysHeldByManyArticlesAloneDoNotMakeOneEvent() {
    List<ArticleKeys> batch = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String id = String.format("a%03d", i);
      batch.add(new ArticleKeys(id, null, List.of(), List.of(),
          List.of("white house", "press secretary", "event " + i)));
    }
    Map<String, String> grouped = grouper.group(batch);
    for (ArticleKeys a : batch) {
      assertEquals(a.articleId(), grouped.get(a.articleId()), "two terms held by every article merged " + a);
    }
  }
}
