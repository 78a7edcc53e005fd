package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.claimscore.claims.RuleBasedClaimExtractor;
import org.claimscore.evaluation.AttributionEvaluation;
import org.claimscore.evaluation.EventEvaluation;
import org.claimscore.evaluation.ExtractionEvaluation;
import org.claimscore.evaluation.GoldEvents;
import org.claimscore.evaluation.GoldFile;
import org.claimscore.evaluation.GoldRow;
import org.claimscore.evaluation.JudgementEvaluation;
import org.claimscore.evaluation.JudgementKeys;
import org.claimscore.evaluation.PolnearCorpus;
import org.claimscore.events.ArticleKeys;
import org.claimscore.events.KeyExtractor;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleLocator;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.ArticleSink;
import org.claimscore.ingest.IngestResult;
import org.claimscore.ingest.Rejection;
import org.claimscore.language.Language;
import org.claimscore.lexicon.Lexicon;
import org.claimscore.pipeline.ProgressListener;
import org.claimscore.pipeline.RequiredFiles;
import org.claimscore.pipeline.StandardStages;
import org.claimscore.report.ScoredBatch;
import org.claimscore.sentences.RuleBasedSentenceSplitter;
import org.claimscore.setup.Diagnostic;
import org.claimscore.setup.SetupException;
import org.claimscore.text.Printable;
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
      "disagreement: article, offset, field, gold value, extracted value. Only the articles the gold",
      "file names are evaluated, so INPUT may be a whole corpus and the gold a sample of it;",
      "--write-extracted writes the rows of every article of INPUT.",
      "With --polnear DIR, measure who-said-what instead on a split of the PolNeAR corpus: speaker",
      "precision, recall and F1 (the claim's speaker span against the gold Source span, for claims",
      "whose sentence holds gold Content) and coverage (the share of gold attributions inside a claim).",
      "With --judgement FILE, score INPUT with the rules instead and check judgement keys a reader",
      "wrote beforehand (claim A above claim B; claim A (not) flagged F): how many hold, and the",
      "evidence of both claims for each that does not.",
      "With --events, group INPUT into events instead, as a run does, and print pairwise precision,",
      "recall and F1 against gold events, the number of events and singletons, and the worst merges",
      "and splits.",
      "Exit 0 when evaluated, 2 when the gold file, the corpus, the input or the lexicon cannot be read."
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

  @Option(names = "--knowledge", paramLabel = "DIR",
      description = "Knowledge overlay: files named as in rules/knowledge/ and rules/lexicon/ that add to or"
          + " override the shipped rows (same id overrides; new ids add). Repeatable; a later one wins.")
  List<String> knowledge = new ArrayList<>();

  @Option(names = "--write-extracted", paramLabel = "FILE",
      description = "Also write the extracted claims as a gold file, a starting point for annotating new articles.")
  Path writeExtracted;

  @Option(names = "--polnear", paramLabel = "DIR",
      description = "Measure attribution on the PolNeAR corpus in DIR (its train, dev and test folders) instead.")
  Path polnear;

  @Option(names = "--split", paramLabel = "NAME", defaultValue = "dev",
      description = "The PolNeAR split: train, dev or test (default: ${DEFAULT-VALUE}; keep test for a final figure).")
  String split;

  @Option(names = "--judgement", paramLabel = "FILE",
      description = "Score INPUT with the rules and check a file of judgement keys against the scores instead.")
  Path judgement;

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
    if (polnear != null) {
      return polnear(out, err);
    }
    if (judgement != null) {
      return judgement(out, err);
    }
    Path inputPath = input.equals(Paths.DEFAULT_INPUT) ? Paths.resolveDefault(input) : Path.of(input);
    if (!Files.exists(inputPath)) {
      err.println("evaluate: no such file or folder: " + Printable.escape(input));
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
    Path rulesDir = rulesDir();
    if (!Files.isDirectory(rulesDir)) {
      err.println("evaluate: no such rules folder: " + rules);
      return ExitCodes.USAGE;
    }
    Lexicon lexicon;
    Language language;
    try {
      List<Diagnostic> missing = RequiredFiles.check(rulesDir, rules);
      if (!missing.isEmpty()) {
        throw new SetupException(missing);
      }
      List<String> inputs = Files.isDirectory(inputPath) ? List.of(input) : List.of();
      lexicon = Lexicon.loadRules(rulesDir, rules, new ScoreJob(inputs, rules, false, 1, false, rules, knowledge)
          .overlays());
      language = Language.load(rulesDir, rules);
    } catch (SetupException e) {
      e.lines().forEach(err::println);
      return ExitCodes.USAGE;
    } catch (UserError e) {
      e.lines().forEach(err::println);
      return e.exitCode();
    }
    IngestResult read = new ArticleReader(lexicon, language).read(List.of(inputPath));
    read.rejected().forEach(r -> err.println("rejected " + Printable.escape(r.input()) + ": " + r.reason()));
    Map<String, Article> articles = new TreeMap<>();
    read.articles().forEach(a -> articles.put(a.id(), a));
    List<GoldRow> goldRows;
    try {
      goldRows = GoldFile.read(goldPath, goldDisplay, articles);
    } catch (SetupException e) {
      e.lines().forEach(err::println);
      return ExitCodes.USAGE;
    }
    Set<String> annotated = new HashSet<>();
    goldRows.forEach(r -> annotated.add(r.articleId()));
    List<GoldRow> all = ExtractionEvaluation.extract(read.articles(), new RuleBasedSentenceSplitter(language),
        new RuleBasedClaimExtractor(lexicon, language));
    if (writeExtracted != null) {
      try (Writer w = Files.newBufferedWriter(writeExtracted, StandardCharsets.UTF_8)) {
        GoldFile.write(all, w);
      }
    }
    List<GoldRow> extracted = all.stream().filter(r -> annotated.contains(r.articleId())).toList();
    print(ExtractionEvaluation.compare(goldRows, extracted, titleWords(language)), annotated.size(), out);
    return ExitCodes.OK;
  }

  private Integer polnear(PrintWriter out, PrintWriter err) throws IOException {
    Lexicon lexicon;
    Language language;
    try {
      lexicon = loadLexicon();
      language = Language.load(rulesDir(), rules);
    } catch (SetupException e) {
      e.lines().forEach(err::println);
      return ExitCodes.USAGE;
    }
    List<PolnearCorpus.Document> docs;
    try {
      docs = PolnearCorpus.read(polnear, split);
    } catch (SetupException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    }
    AttributionEvaluation e = AttributionEvaluation.run(docs, new RuleBasedSentenceSplitter(language),
        new RuleBasedClaimExtractor(lexicon, language));
    e.summary("PolNeAR " + split).forEach(out::println);
    out.printf(Locale.ROOT, "%d disagreements shown (at most %d)%n", e.misses().size(),
        AttributionEvaluation.KEPT_MISSES);
    for (AttributionEvaluation.Miss m : e.misses()) {
      out.printf(Locale.ROOT, "%s:%d speaker: gold \"%s\" vs extracted \"%s\"%n", m.documentId(), m.offset(),
          oneLine(m.gold()), oneLine(m.predicted()));
    }
    return ExitCodes.OK;
  }

  /** Groups the articles of {@code inputPath} into events as a run does and measures them against gold events. */
  private int evaluateEvents(Path inputPath, PrintWriter out, PrintWriter err) throws IOException {
    Path rulesDir = rules.equals(Paths.DEFAULT_RULES) ? Paths.resolveDefault(rules) : Path.of(rules);
    Lexicon lexicon;
    Language language;
    try {
      lexicon = Lexicon.loadRules(rulesDir, rules, List.of());
      language = Language.load(rulesDir, rules);
    } catch (SetupException e) {
      e.lines().forEach(err::println);
      return ExitCodes.USAGE;
    }
    KeyExtractor keyExtractor = StandardStages.eventKeys(lexicon, language);
    List<ArticleKeys> keys = new ArrayList<>();
    new ArticleReader(lexicon, language).stream(List.of(inputPath), new ArticleSink() {
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
      } catch (SetupException e) {
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

  private Integer judgement(PrintWriter out, PrintWriter err) throws IOException {
    if (!Files.isRegularFile(judgement)) {
      err.println("evaluate: no judgement file: " + judgement);
      return ExitCodes.USAGE;
    }
    ScoredBatch batch;
    try {
      batch = new ScoreJob(List.of(input), rules, false, Runtime.getRuntime().availableProcessors())
          .run("evaluate", err, ProgressListener.NONE).batch();
    } catch (UserError e) {
      e.lines().forEach(err::println);
      return e.exitCode();
    }
    Map<String, Article> articles = new TreeMap<>();
    batch.articles().forEach(a -> articles.put(a.id(), a));
    List<JudgementKeys.Key> keys;
    try {
      keys = JudgementKeys.read(judgement, judgement.toString(), articles);
    } catch (SetupException e) {
      err.println(e.getMessage());
      return ExitCodes.USAGE;
    }
    JudgementEvaluation.check(keys, batch.claims()).report().forEach(out::println);
    return ExitCodes.OK;
  }

  /** Honorifics, ranks and offices, which name no one by themselves when names are compared. */
  static Set<String> titleWords(Language language) {
    Set<String> words = new HashSet<>(language.list("abbreviations.txt"));
    words.addAll(language.list("role-titles.txt"));
    return words;
  }

  private Path rulesDir() {
    return rules.equals(Paths.DEFAULT_RULES) ? Paths.resolveDefault(rules) : Path.of(rules);
  }

  private Lexicon loadLexicon() throws SetupException {
    return Lexicon.loadRules(rulesDir(), rules, List.of());
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
