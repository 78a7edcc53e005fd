package org.claimscore.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.provenance.TextProvenanceAnalyzer;
import org.claimscore.setup.SetupException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Provenance speed on one thread: the analyzer run once per event over a generated batch, as the
 * pipeline runs it. Events are the generator's own (the id before the dash). Run from the project
 * root.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 7, time = 2)
public class ProvenanceBenchmark {

  /** The generated articles grouped by event, and the analyzer, built once per trial. */
  @State(Scope.Benchmark)
  public static class Events {

    /** Articles in the generated batch. */
    @Param("1000")
    public int articles;

    List<List<Article>> events;
    TextProvenanceAnalyzer analyzer;

    @Setup(Level.Trial)
    public void load() throws IOException, SetupException {
      Lexicon lexicon = Lexicon.loadRules(Path.of("rules"), "rules", java.util.List.of());
      analyzer = new TextProvenanceAnalyzer(lexicon.editorialising(), org.claimscore.language.Language.load(Path.of("rules"), "rules"));
      Path dir = Files.createTempDirectory("provenance-bench");
      try {
        CorpusGenerator.fromFixtures(Path.of("fixtures")).generate(articles, 1, dir);
        List<Article> read = new ArticleReader(lexicon, org.claimscore.language.Language.load(Path.of("rules"), "rules")).read(List.of(dir)).articles();
        Map<String, List<Article>> byEvent = new TreeMap<>();
        for (Article a : read) {
          byEvent.computeIfAbsent(a.id().substring(0, a.id().indexOf('-')), e -> new ArrayList<>()).add(a);
        }
        events = new ArrayList<>();
        for (List<Article> members : byEvent.values()) {
          members.sort(Comparator.comparing(Article::id));
          events.add(List.copyOf(members));
        }
      } finally {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }

  @Benchmark
  public int analyzeEvents(Events e) {
    int derived = 0;
    for (List<Article> members : e.events) {
      for (var origin : e.analyzer.analyze(members).values()) {
        derived += origin.derived() ? 1 : 0;
      }
    }
    return derived;
  }
}
