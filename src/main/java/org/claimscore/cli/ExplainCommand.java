package org.claimscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.report.ReportFolder;
import org.claimscore.report.ReportWriter;
import org.claimscore.text.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimscore explain}: one claim, its evidence and every rule that fired on it. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Show one scored claim: its context, its evidence and every rule that fired.",
    description = {
      "Explain one scored claim from a report folder: the sentence in its context, the speaker,",
      "the supporting and contradicting articles with their origin families, and every rule that",
      "fired, in order of effect, with its points and reason, ending at the confidence and grade."
    })
final class ExplainCommand implements Callable<Integer> {

  private static final int CONTEXT = 240;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--report", paramLabel = "DIR", required = true, description = "A folder written by 'claimscore score'.")
  Path report;

  @Option(names = "--claim", paramLabel = "ID", required = true, description = "A claim_id from claims.csv.")
  String claimId;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(report)) {
      err.println("explain: no such report folder: " + Printable.escape(report.toString()));
      return ExitCodes.USAGE;
    }
    ReportFolder folder = new ReportFolder(report);
    try {
      List<Map<String, String>> claims = folder.rows(ReportWriter.CLAIMS);
      Optional<Map<String, String>> found = claim(claims, claimId);
      if (found.isEmpty() && claimId.startsWith("'")) {
        // An id copied from claims.csv as a text editor shows it, spreadsheet guard and all.
        found = claim(claims, claimId.substring(1));
      }
      if (found.isEmpty()) {
        err.println("explain: no claim '" + Printable.escape(claimId) + "' in " + folder.stored(ReportWriter.CLAIMS));
        String prefix = claimId.contains("#") ? claimId.substring(0, claimId.indexOf('#')) : claimId;
        List<String> near = claims.stream().map(r -> r.get("claim_id")).filter(id -> id.startsWith(prefix)).limit(5)
            .toList();
        if (!near.isEmpty()) {
          err.println("Claims of that article: " + Printable.escape(String.join(", ", near))
              + (near.size() == 5 ? ", ..." : ""));
        }
        return ExitCodes.USAGE;
      }
      Map<String, String> c = found.get();
      Map<String, Map<String, String>> sources = new java.util.TreeMap<>();
      folder.rows(ReportWriter.SOURCES).forEach(r -> sources.put(r.get("article_id"), r));
      explain(out, c, sources, folder.rows(ReportWriter.FIRINGS));
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println("explain: " + Printable.escape(report + ": " + (e.getMessage() == null ? e : e.getMessage())));
      return ExitCodes.USAGE;
    }
  }

  private static Optional<Map<String, String>> claim(List<Map<String, String>> claims, String id) {
    return claims.stream().filter(r -> id.equals(r.get("claim_id"))).findFirst();
  }

  private void explain(PrintWriter out, Map<String, String> c, Map<String, Map<String, String>> sources,
      List<Map<String, String>> firings) {
    String article = c.get("article_id");
    Map<String, String> source = sources.getOrDefault(article, Map.of());
    out.printf("Claim %s: %s, in article %s (outlet: %s), characters %s-%s%n", Printable.escape(c.get("claim_id")),
        c.get("type"), Printable.escape(article), Printable.escape(c.get("outlet")), c.get("start"), c.get("end"));
    out.println();
    out.println(indent(context(source.get("input"), c)));
    out.println();
    String speaker = c.get("speaker").isEmpty() ? "none: the article states it as fact"
        : c.get("speaker") + " (" + c.get("speaker_kind")
            + (c.get("speaker_role").isEmpty() ? "" : ", " + c.get("speaker_role"))
            + ("true".equals(c.get("party_to_conflict")) ? ", party to the conflict: " + c.get("speaker_side") : "")
            + ")";
    out.println("Speaker:      " + speaker);
    if (!c.get("attribution_verb").isEmpty()) {
      out.println("Verb:         " + c.get("attribution_verb") + (c.get("channel").isEmpty() ? "" : ", via " + c.get("channel")));
    }
    String sieve = c.get("attributed_by");
    if (sieve != null && !sieve.isEmpty()) {
      out.println("Found by:     the " + sieve + " sieve (see rules/README.md, \"Who said it\")");
    }
    line(out, "Hedges:", c.get("hedges"));
    line(out, "Figures:", c.get("numbers"));
    line(out, "Judged by:", c.get("qualifiers"));
    out.println("Origin:       family " + source.getOrDefault("origin_family", "?")
        + (source.getOrDefault("derived_from", "").isEmpty() ? "" : ", derived from " + source.get("derived_from")
            + " (similarity " + source.get("similarity") + ")"));
    if (!source.getOrDefault("standing", "").isEmpty()) {
      out.println("Article:      standing " + source.get("standing") + ": "
          + Printable.escape(source.get("standing_reasons")));
    }
    out.println("Supported by: " + withFamilies(c.get("supporting_articles"), sources));
    out.println("              " + c.get("independent_origins") + " independent origin(s), "
        + c.get("independent_sources") + " independent primary source(s)");
    out.println("Contradicted: " + withFamilies(c.get("contradicting_articles"), sources));
    line(out, "Flags:", c.get("flags"));
    out.println();
    out.println("Rules that fired, largest effect first:");
    int total = 0;
    for (Map<String, String> f : firings) {
      if (!f.get("claim_id").equals(c.get("claim_id"))) {
        continue;
      }
      int points = Integer.parseInt(f.get("points"));
      total += points;
      out.printf("  %4s  %s  [%s]%n        %s%n", ReportWriter.signedPoints(points), f.get("rule"), f.get("rule_file"),
          f.get("reason"));
    }
    out.printf("Points in all: %s. Confidence %s, grade %s.%n", ReportWriter.signedPoints(total), c.get("confidence"),
        c.get("grade"));
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null && !value.isEmpty()) {
      out.printf("%-14s%s%n", label, value);
    }
  }

  private static String withFamilies(String articles, Map<String, Map<String, String>> sources) {
    if (articles == null || articles.isEmpty()) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    for (String a : articles.split("; ")) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(Printable.escape(a)).append(" (family ").append(sources.getOrDefault(a, Map.of()).getOrDefault("origin_family", "?"))
          .append(')');
    }
    return sb.toString();
  }

  /** The claim's sentence with some text around it, the claim in [[ ]]; only the sentence when the input is gone. */
  private static String context(String input, Map<String, String> c) {
    int start = Integer.parseInt(c.get("start"));
    int end = Integer.parseInt(c.get("end"));
    if (input != null && !input.isEmpty()) {
      Path p = Path.of(ScoreJob.inputFile(input));
      try {
        String text = ArticleReader.text(p);
        if (end <= text.length() && text.substring(start, end).equals(c.get("text"))) {
          int from = Math.max(0, start - CONTEXT);
          int to = Math.min(text.length(), end + CONTEXT);
          return (from > 0 ? "..." : "") + text.substring(from, start) + "[[" + text.substring(start, end) + "]]"
              + text.substring(end, to) + (to < text.length() ? "..." : "");
        }
      } catch (IOException | RuntimeException e) {
        return "[[" + c.get("text") + "]]  (article text not available: " + input + ")";
      }
    }
    return "[[" + c.get("text") + "]]";
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}
