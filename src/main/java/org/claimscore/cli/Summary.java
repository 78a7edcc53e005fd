package org.claimscore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The one-screen summary a fact-checker reads at the end of a run. */
final class Summary {

  private Summary() {}

  static void print(PrintWriter out, RunTotals totals, Path outDir, List<String> files) {
    out.printf("Scored %d article(s) in %d event(s), from %d independent origin(s); %d input(s) rejected.%n",
        totals.articles(), totals.events(), totals.families(), totals.rejectedInputs().size());
    out.printf("%d claim(s). Grades: %s%n", totals.claims(), totals.grades().isEmpty() ? "none"
        : totals.grades().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")));
    out.printf("%d claim(s) flagged; %d cluster(s) of claims stated in more than one article.%n", totals.flagged(),
        totals.sharedClusters());
    out.printf("Reports in %s: %s%n", outDir, String.join(", ", files));
    out.flush();
  }
}
