package org.claimscore.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.claimscore.claims.Claim;
import org.claimscore.claims.RuleBasedClaimExtractor;
import org.claimscore.ingest.Article;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import org.claimscore.sentences.Sentence;
import org.claimscore.setup.SetupException;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Extraction speed on one thread over the fixture texts, repeated to a few megabytes: our
 * sentence splitter alone, splitter plus claim extractor, and Stanford CoreNLP's tokenizer and
 * sentence splitter on the same articles. Sentences and claims per second are the auxiliary
 * counters JMH prints next to each benchmark. Run from the project root.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 7, time = 3)
public class ExtractionBenchmark {

  /** The articles, splitter, extractor and CoreNLP pipeline, built once per trial. */
  @State(Scope.Benchmark)
  public static class Corpus {

    /** Megabytes of text the fixture articles are repeated up to. */
    @Param("2")
    public int megabytes;

    List<Article> articles;
    RuleBasedSentenceSplitter splitter;
    RuleBasedClaimExtractor extractor;
    StanfordCoreNLP coreNlp;

    @Setup(Level.Trial)
    public void load() throws IOException, SetupException {
      Lexicon lexicon = Lexicon.loadRules(Path.of("rules"), "rules", java.util.List.of());
      Language language = Language.load(Path.of("rules"), "rules");
      splitter = new RuleBasedSentenceSplitter(language);
      extractor = new RuleBasedClaimExtractor(lexicon, language);
      List<String> texts = new ArrayList<>();
      try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> {
          try {
            texts.add(Files.readString(p));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
      if (texts.isEmpty()) {
        throw new IllegalStateException("no fixtures/**/*.txt found: run the benchmark from the project root");
      }
      articles = new ArrayList<>();
      long chars = 0;
      for (int n = 0; chars < megabytes * 1_000_000L; n++) {
        String text = texts.get(n % texts.size());
        articles.add(new Article("a" + n, "unknown", null, null, null, text, "a" + n));
        chars += text.length();
      }
      Properties props = new Properties();
      props.setProperty("annotators", "tokenize,ssplit");
      props.setProperty("tokenize.language", "en");
      coreNlp = new StanfordCoreNLP(props);
    }
  }

  /** Sentences and claims produced, reported by JMH as rates per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long sentences;
    public long claims;

    @Setup(Level.Iteration)
    public void reset() {
      sentences = 0;
      claims = 0;
    }
  }

  @Benchmark
  public long sentencesOnly(Corpus c, Counts counts) {
    long n = 0;
    for (Article a : c.articles) {
      n += c.splitter.split(a).size();
    }
    counts.sentences += n;
    return n;
  }

  @Benchmark
  public long sentencesAndClaims(Corpus c, Counts counts) {
    long n = 0;
    long k = 0;
    for (Article a : c.articles) {
      List<Sentence> sentences = c.splitter.split(a);
      List<Claim> claims = c.extractor.extract(a, sentences);
      n += sentences.size();
      k += claims.size();
    }
    counts.sentences += n;
    counts.claims += k;
    return n + k;
  }

  @Benchmark
  public long coreNlpTokenizeSsplit(Corpus c, Counts counts) {
    long n = 0;
    for (Article a : c.articles) {
      CoreDocument doc = new CoreDocument(a.text());
      c.coreNlp.annotate(doc);
      n += doc.sentences().size();
    }
    counts.sentences += n;
    return n;
  }
}
