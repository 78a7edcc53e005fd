package org.claimscore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.report.ReportWriter;
import org.claimscore.report.ScoredBatch;

/** The one-screen summary a fact-checker reads at the end of a run. */
final class Summary {

  private Summary() {}

  static void print(PrintWriter out, ScoredBatch batch, Path outDir) {
    long families = batch.origins().values().stream().map(ArticleOrigin::family).distinct().count();
    out.printf("Scored %d article(s) from %d independent origin(s); %d input(s) rejected.%n",
        batch.articles().size(), families, batch.rejected().size());
    Map<String, Integer> grades = new TreeMap<>();
    batch.claims().forEach(c -> grades.merge(c.score().grade(), 1, Integer::sum));
    out.printf("%d claim(s). Grades: %s%n", batch.claims().size(), grades.isEmpty() ? "none"
        : grades.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    long flagged = batch.claims().stream().filter(c -> !c.score().flags().isEmpty()).count();
    out.printf("%d claim(s) flagged; %d cluster(s) of claims stated in more than one article.%n", flagged,
        batch.clusters().stream().filter(c -> c.articles().size() > 1).count());
    out.printf("Reports in %s: %s%n", outDir, String.join(", ", ReportWriter.FILES));
    out.flush();
  }
}
