package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.claimscore.claims.RuleBasedClaimExtractor;
import org.claimscore.evaluation.EventEvaluation;
import org.claimscore.evaluation.ExtractionEvaluation;
import org.claimscore.evaluation.GoldFile;
import org.claimscore.evaluation.GoldFileException;
import org.claimscore.evaluation.GoldEvents;
import org.claimscore.evaluation.GoldRow;
import org.claimscore.events.ArticleKeys;
import org.claimscore.events.KeyExtractor;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleLocator;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.ArticleSink;
import org.claimscore.ingest.IngestResult;
import org.claimscore.ingest.Rejection;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.lexicon.LexiconException;
import org.claimscore.pipeline.StandardStages;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimscore evaluate}: precision and recall of claim extraction against a gold file. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    header = "Measure claim extraction against a hand-annotated gold file.",
    description = {
      "Extract claims from INPUT (sentences and claims only, no scoring) with the rules' lexicon,",
      "align them with the rows of a gold file by span, and print precision, recall and F1 for claim",
      "detection, type, speaker, speaker kind, party to the conflict, hedges and figures, then every",
      "disagreement: article, offset, field, gold value, extracted value.",
      "With --events, group INPUT into events instead, as a run does, and print pairwise precision,",
      "recall and F1 against gold events, the number of events and singletons, and the worst merges",
      "and splits.",
      "Exit 0 when evaluated, 2 when the gold file, the input or the lexicon cannot be read."
    })
final class EvaluateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "INPUT", defaultValue = Paths.DEFAULT_INPUT,
      description = "A folder of articles (default: ${DEFAULT-VALUE}).")
  String input;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold file (default: INPUT/gold.csv).")
  String gold;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = Paths.DEFAULT_RULES,
      description = "Rules folder whose lexicon/ is used (default: ${DEFAULT-VALUE}).")
  String rules;

  @Option(names = "--write-extracted", paramLabel = "FILE",
      description = "Also write the extracted claims as a gold file, a starting point for annotating new articles.")
  Path writeExtracted;

  @Option(names = "--events",
      description = "Measure event grouping instead of claim extraction.")
  boolean events;

  @Option(names = "--gold-events", paramLabel = "FILE",
      description = {"Gold events for --events: a CSV file with the header article_id,event. Without it,",
          "article ids named as in ECB+ (<topic>_<n>ecb, <topic>_<n>ecbplus) give the event",
          "<topic>_ecb or <topic>_ecbplus."})
  String goldEvents;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path inputPath = input.equals(Paths.DEFAULT_INPUT) ? Paths.resolveDefault(input) : Path.of(input);
    if (!Files.exists(inputPath)) {
      err.println("evaluate: no such file or folder: " + input);
      return ExitCodes.USAGE;
    }
    if (events || goldEvents != null) {
      return evaluateEvents(inputPath, out, err);
    }
    String goldDisplay = gold != null ? gold : Path.of(input).resolve("gold.csv").toString();
    Path goldPath = gold != null ? Path.of(gold) : inputPath.resolve("gold.csv");
    if (!Files.isRegularFile(goldPath)) {
      err.println("evaluate: no gold file: " + goldDisplay);
      return ExitCodes.USAGE;
    }
    Path rulesDir = rules.equals(Paths.DEFAULT_RULES) ? Paths.resolveDefault(rules) : Path.of(rules);
    Lexicon lexicon;
    try {
      lexicon = Lexicon.load(rulesDir.resolve("lexicon"), rules + "/lexicon");
    } catch (LexiconException e) {
      e.problems().forEach(err::println);
      return ExitCodes.USAGE;
    }
    IngestResult read = new ArticleReader(lexicon).read(List.of(inputPath));
    read.rejected().forEach(r -> err.println("rejected " + r.input() + ": " + r.reason()));
    Map<String, Article> articles = new TreeMap<>();
    read.articles().forEach(a -> articles.put(a.id(), a));
    List<GoldRow> goldRows;
    try {
      goldRows = GoldFile.read(goldPath, goldDisplay, articles);
    } catch (GoldFileException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    }
    List<GoldRow> extracted = ExtractionEvaluation.extract(read.articles(), new RuleBasedSentenceSplitter(),
        new RuleBasedClaimExtractor(lexicon));
    if (writeExtracted != null) {
      try (Writer w = Files.newBufferedWriter(writeExtracted, StandardCharsets.UTF_8)) {
        GoldFile.write(extracted, w);
      }
    }
    print(ExtractionEvaluation.compare(goldRows, extracted), read.articles().size(), out);
    return ExitCodes.OK;
  }

  /** Groups the articles of {@code inputPath} into events as a run does and measures them against gold events. */
  private int evaluateEvents(Path inputPath, PrintWriter out, PrintWriter err) throws IOException {
    Path rulesDir = rules.equals(Paths.DEFAULT_RULES) ? Paths.resolveDefault(rules) : Path.of(rules);
    Lexicon lexicon;
    try {
      lexicon = Lexicon.load(rulesDir.resolve("lexicon"), rules + "/lexicon");
    } catch (LexiconException e) {
      e.problems().forEach(err::println);
      return ExitCodes.USAGE;
    }
    KeyExtractor keyExtractor = StandardStages.eventKeys(lexicon);
    List<ArticleKeys> keys = new ArrayList<>();
    new ArticleReader(lexicon).stream(List.of(inputPath), new ArticleSink() {
      @Override
      public void article(Article article, ArticleLocator where) {
        keys.add(keyExtractor.keys(article));
      }

      @Override
      public void rejected(Rejection rejection) {
        err.println("rejected " + rejection.input() + ": " + rejection.reason());
      }
    });
    Map<String, String> predicted = StandardStages.eventGrouper(lexicon).group(keys);
    Map<String, String> goldOf;
    if (goldEvents != null) {
      try {
        goldOf = GoldEvents.read(Path.of(goldEvents), goldEvents, predicted.keySet());
      } catch (GoldFileException e) {
        err.println(e.getMessage());
        return ExitCodes.USAGE;
      } catch (NoSuchFileException e) {
        err.println("evaluate: no gold events file: " + goldEvents);
        return ExitCodes.USAGE;
      } catch (IOException e) {
        err.println("evaluate: cannot read the gold events file " + goldEvents + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
    } else {
      Optional<Map<String, String>> fromIds = GoldEvents.fromEcbPlusIds(predicted.keySet());
      if (fromIds.isEmpty()) {
        err.println("evaluate: no gold events: give --gold-events FILE (article_id,event), or name the articles"
            + " as ECB+ does (<topic>_<n>ecb, <topic>_<n>ecbplus)");
        return ExitCodes.USAGE;
      }
      goldOf = fromIds.get();
    }
    EventEvaluation evaluation = EventEvaluation.compare(predicted, goldOf);
    evaluation.lines(10).forEach(out::println);
    if (evaluation.articles() < predicted.size()) {
      out.println((predicted.size() - evaluation.articles()) + " articles have no gold event and are not counted");
    }
    return ExitCodes.OK;
  }

  private static void print(ExtractionEvaluation e, int articles, PrintWriter out) {
    ExtractionEvaluation.Score claims = e.score("claim");
    out.printf(Locale.ROOT, "%d articles, %d gold claims, %d extracted, %d aligned%n", articles, claims.gold(),
        claims.predicted(), claims.truePositives());
    out.printf(Locale.ROOT, "%-18s %9s %9s %9s %6s %6s %6s%n", "measure", "precision", "recall", "F1", "right",
        "extr", "gold");
    for (ExtractionEvaluation.Score s : e.scores()) {
      out.printf(Locale.ROOT, "%-18s %9.3f %9.3f %9.3f %6d %6d %6d%n", s.measure(), s.precision(), s.recall(),
          s.f1(), s.truePositives(), s.predicted(), s.gold());
    }
    out.printf(Locale.ROOT, "%d disagreements%n", e.disagreements().size());
    for (ExtractionEvaluation.Disagreement d : e.disagreements()) {
      out.printf(Locale.ROOT, "%s:%d %s: gold \"%s\" vs extracted \"%s\"%n", d.articleId(), d.offset(), d.field(),
          oneLine(d.gold()), oneLine(d.predicted()));
    }
  }

  private static String oneLine(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() <= 90 ? one : one.substring(0, 87) + "...";
  }
}
