package org.claimscore.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimscore.claims.Claim;
import org.claimscore.claims.Quantity;
import org.claimscore.corroboration.ClaimCluster;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.Rejection;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.scoring.ArticleStanding;
import org.claimscore.scoring.Firing;
import org.claimscore.scoring.Score;
import org.claimscore.scoring.ScoredClaim;

/**
 * Writes a run's CSV reports and {@code run.json}, whole or not at all: everything goes to a
 * staging folder beside the target, and the files move into the target only once every one is
 * written, replacing an earlier run's report files and nothing else.
 */
public final class ReportWriter {

  public static final String CLAIMS = "claims.csv";
  public static final String FIRINGS = "rule-firings.csv";
  public static final String SOURCES = "sources.csv";
  public static final String CLUSTERS = "clusters.csv";
  public static final String REJECTED = "rejected.csv";
  public static final String RUN = "run.json";
  public static final String HTML = "report.html";

  /** Batches with more articles than this get a report.html that points to the CSV files instead. */
  public static final int PAGE_ARTICLE_LIMIT = HtmlReport.PAGE_ARTICLE_LIMIT;

  /** Report files in the order they are listed to users. */
  public static final List<String> FILES = List.of(CLAIMS, FIRINGS, SOURCES, CLUSTERS, REJECTED, RUN, HTML);

  /** The report files written compressed under {@code --gzip}. */
  public static final List<String> CSV_FILES = List.of(CLAIMS, FIRINGS, SOURCES, CLUSTERS, REJECTED);

  /** Added to a CSV file's name when it is written compressed. */
  public static final String GZIP_SUFFIX = ".gz";

  /**
   * Every file name a run may write into a report folder: {@link #FILES} and the compressed form
   * of each CSV file. A run replaces these and nothing else.
   */
  public static final Set<String> OWNED = owned();

  private static Set<String> owned() {
    Set<String> names = new LinkedHashSet<>(FILES);
    CSV_FILES.forEach(f -> names.add(f + GZIP_SUFFIX));
    return Collections.unmodifiableSet(names);
  }

  static final List<String> CLAIM_COLUMNS = List.of(
      "claim_id", "article_id", "outlet", "start", "end", "type", "text", "speaker", "speaker_kind",
      "party_to_conflict", "attribution_verb", "hedges", "numbers", "supporting_articles",
      "independent_origins", "contradicting_articles", "flags", "confidence", "grade", "reasons",
      "independent_sources", "speaker_role", "speaker_side", "interest", "channel", "via", "qualifiers",
      "cluster_id", "event_id", "attributed_by");
  static final List<String> FIRING_COLUMNS =
      List.of("claim_id", "rule", "points", "reason", "rule_file", "flag", "credibility_cap");
  static final List<String> SOURCE_COLUMNS = List.of(
      "article_id", "outlet", "title", "claims", "mean_confidence", "origin_family", "derived_from",
      "similarity", "flags", "reliability", "input", "event_id", "standing", "standing_reasons");
  static final List<String> CLUSTER_COLUMNS =
      List.of("cluster_id", "claims", "articles", "origin_families", "primary_sources", "figures", "event_id",
          "contradicted_by");
  static final List<String> REJECTED_COLUMNS = List.of("input", "reason");

  private static final CSVFormat CSV =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

  private static final int GZIP_BUFFER = 1 << 16;

  private final boolean gzip;

  /** A writer of plain CSV files. */
  public ReportWriter() {
    this(false);
  }

  /**
   * A writer of CSV files compressed with gzip when {@code gzip}, plain otherwise. The gzip header
   * that {@link GZIPOutputStream} writes holds no file name and a zero time, so the same rows give
   * the same bytes on every run.
   */
  public ReportWriter(boolean gzip) {
    this.gzip = gzip;
  }

  /** The name under which {@code file} (one of {@link #FILES}) is written. */
  public static String stored(String file, boolean gzip) {
    return gzip && CSV_FILES.contains(file) ? file + GZIP_SUFFIX : file;
  }

  /** The names of the files one report holds, in the order of {@link #FILES}. */
  public static List<String> storedFiles(boolean gzip) {
    return FILES.stream().map(f -> stored(f, gzip)).toList();
  }

  /** Writes every report for {@code batch} into {@code outDir}, replacing an earlier run's report files. */
  public void write(ScoredBatch batch, RunInfo run, Path outDir) throws IOException {
    try (Session session = open(OutputFolder.check(outDir, List.of()))) {
      session.append(batch);
      session.finish(run, batch.rejected(), batch);
    }
  }

  /**
   * Starts a report in a staging folder beside {@code out}; rows are appended part by part (event
   * by event) and nothing reaches {@code out} until {@link Session#finish}. Closing an unfinished
   * session deletes the staging folder and leaves {@code out} as it was.
   */
  public Session open(OutputFolder out) throws IOException {
    return new Session(out.path(), gzip);
  }

  /** One report being written. Not thread-safe: append from one thread, in report order. */
  public static final class Session implements AutoCloseable {
    private final Path target;
    private final boolean gzip;
    private final Staging staging;
    private final List<String> written = new ArrayList<>();
    private final CSVPrinter claims;
    private final CSVPrinter firings;
    private final CSVPrinter sources;
    private final CSVPrinter clusters;
    private final StringBuilder buffer = new StringBuilder();
    private boolean finished;

    private Session(Path target, boolean gzip) throws IOException {
      this.target = target;
      this.gzip = gzip;
      try {
        staging = Staging.beside(target);
      } catch (AccessDeniedException e) {
        throw new OutputFolder.Refused("cannot write to " + e.getFile() + ": permission denied");
      }
      List<CSVPrinter> opened = new ArrayList<>();
      try {
        claims = printer(CLAIMS, CLAIM_COLUMNS, opened);
        firings = printer(FIRINGS, FIRING_COLUMNS, opened);
        sources = printer(SOURCES, SOURCE_COLUMNS, opened);
        clusters = printer(CLUSTERS, CLUSTER_COLUMNS, opened);
      } catch (IOException | RuntimeException e) {
        for (CSVPrinter p : opened) {
          p.close();
        }
        staging.close();
        throw e;
      }
    }

    private CSVPrinter printer(String file, List<String> columns, List<CSVPrinter> opened) throws IOException {
      String name = stored(file, gzip);
      Path path = staging.dir().resolve(name);
      Writer w = gzip
          ? new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(path), GZIP_BUFFER),
              StandardCharsets.UTF_8.newEncoder()), GZIP_BUFFER)
          : Files.newBufferedWriter(path, StandardCharsets.UTF_8);
      written.add(name);
      CSVPrinter p = new CSVPrinter(w, CSV.builder().setHeader(columns.toArray(String[]::new)).build());
      opened.add(p);
      return p;
    }

    /** Appends the rows of one part: its claims, firings, articles and clusters. */
    public void append(ScoredBatch part) throws IOException {
      append(claims, rows -> writeClaims(part, rows));
      append(firings, rows -> writeFirings(part, rows));
      append(sources, rows -> writeSources(part, rows));
      append(clusters, rows -> writeClusters(part, rows));
    }

    /**
     * Formats a part's rows in memory, then hands them to the file in one piece: the same bytes
     * as printing them one by one, without a small write for every cell.
     */
    private void append(CSVPrinter file, Rows rows) throws IOException {
      buffer.setLength(0);
      rows.print(new CSVPrinter(buffer, CSV));
      file.getOut().append(buffer);
    }

    /**
     * Writes the rejected inputs, {@code run.json} and {@code report.html} (from {@code page}, or a
     * note that the batch was too large for one page when it is null), then moves the whole report
     * into place.
     */
    public void finish(RunInfo run, List<Rejection> rejected, ScoredBatch page) throws IOException {
      closePrinters();
      staging.locked(() -> {
        try (CSVPrinter out = printer(REJECTED, REJECTED_COLUMNS, new ArrayList<>())) {
          for (Rejection r : rejected) {
            out.printRecord(Cells.text(r.input()), Cells.text(r.reason()));
          }
        }
        writeRun(run, staging.dir().resolve(RUN));
        written.add(RUN);
        String html = page != null ? HtmlReport.render(page, run) : HtmlReport.tooLarge(run);
        Files.writeString(staging.dir().resolve(HTML), html, StandardCharsets.UTF_8);
        written.add(HTML);
      });
      staging.publish(target, written, RUN);
      finished = true;
    }

    private void closePrinters() throws IOException {
      IOException failure = null;
      for (CSVPrinter p : List.of(claims, firings, sources, clusters)) {
        try {
          p.close();
        } catch (IOException e) {
          failure = failure == null ? e : failure;
        }
      }
      if (failure != null) {
        throw failure;
      }
    }

    @Override
    public void close() throws IOException {
      try {
        if (!finished) {
          closePrinters();
        }
      } finally {
        staging.close();
      }
    }
  }

  /** Prints rows of one report file. */
  @FunctionalInterface
  private interface Rows {
    void print(CSVPrinter out) throws IOException;
  }

  /** The reasons cell: every firing with its signed points, largest effect first. */
  public static String reasons(Score score) {
    List<String> parts = new ArrayList<>();
    for (Firing f : score.firings()) {
      parts.add(f.rule() + " (" + signedPoints(f.points()) + "): " + f.reason());
    }
    return String.join("; ", parts);
  }

  /** Points as an auditor reads them: {@code +10}, {@code -25}, {@code 0}. */
  public static String signedPoints(int points) {
    return points > 0 ? "+" + points : Integer.toString(points);
  }

  private static void writeClaims(ScoredBatch batch, CSVPrinter out) throws IOException {
    Map<String, String> outlets = new TreeMap<>();
    batch.articles().forEach(a -> outlets.put(a.id(), a.outlet()));
    for (ScoredClaim sc : batch.claims()) {
      Claim c = sc.claim();
      Corroboration e = sc.evidence();
      Score s = sc.score();
      TreeSet<String> flags = new TreeSet<>(s.flags());
      flags.addAll(e.flags());
      out.printRecord(
          Cells.text(c.id()), Cells.text(c.articleId()),
          Cells.text(outlets.getOrDefault(c.articleId(), Article.UNKNOWN_OUTLET)),
          c.span().start(), c.span().end(), Cells.text(c.type().label()), Cells.text(c.text()),
          Cells.text(c.attribution().speaker()), Cells.text(c.attribution().kind().label()),
          c.attribution().partyToConflict(), Cells.text(c.attribution().verb()), Cells.list(c.hedges()),
          Cells.list(c.numbers().stream().map(Quantity::display).toList()),
          Cells.list(e.supportingArticles()), e.independentOrigins(), Cells.list(e.contradictingArticles()),
          Cells.list(flags), s.confidence(), Cells.text(s.grade()), Cells.text(reasons(s)),
          e.independentSources(), Cells.text(c.attribution().role()), Cells.text(c.attribution().side()),
          Cells.text(c.interest().label()), Cells.text(c.attribution().channel()), Cells.text(c.attribution().via()),
          Cells.list(c.qualifiers()), Cells.text(e.clusterId()), Cells.text(batch.eventOf(c.articleId())),
          Cells.text(c.attribution().attributedBy()));
    }
  }

  private static void writeFirings(ScoredBatch batch, CSVPrinter out) throws IOException {
    for (ScoredClaim sc : batch.claims()) {
      for (Firing f : sc.score().firings()) {
        out.printRecord(Cells.text(sc.claim().id()), Cells.text(f.rule()), f.points(), Cells.text(f.reason()),
            Cells.text(f.ruleFile()), Cells.text(f.flag()), f.credibility() == 0 ? "" : f.credibility());
      }
    }
  }

  private static void writeSources(ScoredBatch batch, CSVPrinter out) throws IOException {
    Map<String, List<Integer>> confidences = new LinkedHashMap<>();
    for (ScoredClaim sc : batch.claims()) {
      confidences.computeIfAbsent(sc.claim().articleId(), k -> new ArrayList<>()).add(sc.score().confidence());
    }
    for (Article a : batch.articles()) {
      List<Integer> scores = confidences.getOrDefault(a.id(), List.of());
      ArticleOrigin o = batch.origins().get(a.id());
      double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
      ArticleStanding standing = batch.standings().get(a.id());
      out.printRecord(Cells.text(a.id()), Cells.text(a.outlet()), Cells.text(a.title()), scores.size(),
          scores.isEmpty() ? "" : Cells.decimal(mean, 1), Cells.text(o.family()), Cells.text(o.derivedFrom()),
          Cells.decimal(o.similarity(), 3), Cells.list(o.cues()),
          Cells.text(batch.sourceLetters().getOrDefault(a.id(), "F")), Cells.text(a.input()),
          Cells.text(batch.eventOf(a.id())), standing == null ? "" : standing.standing(),
          standing == null ? "" : Cells.text(standing.reasons()));
    }
  }

  private static void writeClusters(ScoredBatch batch, CSVPrinter out) throws IOException {
    ClusterSummary summary = new ClusterSummary(batch);
    for (ClaimCluster c : batch.clusters()) {
      String event = c.articles().isEmpty() ? "" : batch.eventOf(c.articles().get(0));
      out.printRecord(Cells.text(c.id()), Cells.list(c.claimIds()), Cells.list(c.articles()),
          Cells.list(c.families()), Cells.list(c.primarySources()), Cells.text(summary.figures(c)), Cells.text(event),
          Cells.text(String.join(" | ", summary.contradictedBy(c))));
    }
  }

  private static void writeRun(RunInfo run, Path file) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("tool", run.tool());
    json.put("version", run.version());
    json.put("rules_dir", run.rulesDir());
    json.put("rules_hash", run.rulesHash());
    json.put("rule_files", new TreeMap<>(run.ruleFiles()));
    json.put("inputs", new TreeMap<>(run.inputs()));
    json.put("options", new TreeMap<>(run.options()));
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter();
    pretty.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pretty.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    String text = mapper.writer(pretty).writeValueAsString(json) + "\n";
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

}
