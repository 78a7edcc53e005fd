package org.claimscore.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimscore.language.TestLanguage;
import org.claimscore.lexicon.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStreamTest {

  @TempDir Path tmp;

  private final ArticleReader reader = new ArticleReader(Lexicon.empty(), TestLanguage.shipped());

  private Map<Article, ArticleLocator> stream(List<Path> inputs, List<Rejection> rejected) {
    Map<Article, ArticleLocator> out = new LinkedHashMap<>();
    reader.stream(inputs, new ArticleSink() {
      @Override
      public void article(Article article, ArticleLocator where) {
        out.put(article, where);
      }

      @Override
      public void rejected(Rejection rejection) {
        rejected.add(rejection);
      }
    });
    return out;
  }

  @Test
  void everyStreamedArticleCanBeReadAgainFromItsLocator() throws IOException {
    Path jsonl = tmp.resolve("dump.jsonl");
    Files.writeString(jsonl, "\uFEFF{\"id\":\"a\",\"text\":\"Über 5 tanks “quoted”.\"}\n\n"
        + "{\"id\":\"b\",\"text\":\"Second line.\"}\r\n{bad json\n{\"id\":\"c\",\"text\":\"Third.\"}", StandardCharsets.UTF_8);
    List<Rejection> rejected = new ArrayList<>();
    Map<Article, ArticleLocator> read = stream(List.of(Path.of("fixtures/kursk-raid-2024"), jsonl), rejected);
    assertEquals(8, read.size());
    assertEquals(List.of(tmp.resolve("dump.jsonl").toString().replace('\\', '/') + ":4"),
        rejected.stream().map(Rejection::input).toList());
    for (Map.Entry<Article, ArticleLocator> e : read.entrySet()) {
      assertEquals(e.getKey(), reader.reread(e.getValue()), e.getValue().toString());
    }
  }

  @Test
  void streamingFindsWhatReadFinds() {
    List<Rejection> rejected = new ArrayList<>();
    List<Article> streamed = new ArrayList<>(stream(List.of(Path.of("fixtures/kursk-raid-2024")), rejected).keySet());
    streamed.sort(java.util.Comparator.comparing(Article::id));
    assertEquals(reader.read(List.of(Path.of("fixtures/kursk-raid-2024"))).articles(), streamed);
  }

  @Test
  void aFileThatChangedSinceItWasReadIsAnError() throws IOException {
    Path jsonl = tmp.resolve("dump.jsonl");
    Files.writeString(jsonl, "{\"id\":\"a\",\"text\":\"First.\"}\n");
    ArticleLocator where = stream(List.of(jsonl), new ArrayList<>()).values().iterator().next();
    Files.writeString(jsonl, "nothing here\n");
    IOException e = assertThrows(IOException.class, () -> reader.reread(where));
    assertEquals(true, e.getMessage().contains("changed since it was first read"), e.getMessage());
  }

  @Test
  void parsingOnAPoolHandsOnTheSameArticlesAndRejectionsInTheSameOrder() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      jsonl.append(i % 97 == 5 ? "{broken\n" : "{\"id\":\"a" + (i % 400 == 7 ? 7 : i) + "\",\"text\":\"Line " + i + ".\"}\n");
    }
    Path file = tmp.resolve("many.jsonl");
    Files.writeString(file, jsonl.toString());
    List<String> inline = new ArrayList<>();
    List<String> pooled = new ArrayList<>();
    reader.stream(List.of(file, Path.of("fixtures/kursk-raid-2024")), recorder(inline));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      reader.stream(List.of(file, Path.of("fixtures/kursk-raid-2024")), recorder(pooled), pool);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(inline, pooled);
    assertEquals(1505, inline.size());
  }

  private static ArticleSink recorder(List<String> events) {
    return new ArticleSink() {
      @Override
      public void article(Article article, ArticleLocator where) {
        events.add("article " + article.id() + " " + where);
      }

      @Override
      public void rejected(Rejection rejection) {
        events.add("rejected " + rejection.input() + " " + rejection.reason());
      }
    };
  }
}
