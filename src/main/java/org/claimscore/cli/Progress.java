package org.claimscore.cli;

import java.io.PrintWriter;
import org.claimscore.pipeline.ProgressListener;

/**
 * Shows how far a run has got on stderr: rewritten in place on a terminal, otherwise one line at
 * every tenth of the way (or every 10,000 articles while their number is not known yet). Short
 * runs (under 100 articles) stay silent.
 */
final class Progress implements ProgressListener {

  private static final int MIN_ARTICLES = 100;
  private static final int UNKNOWN_TOTAL_STEP = 10_000;

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal = System.console() != null;
  private int lastTenth = -1;
  private String lastPhase = "";
  private boolean inPlace;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public synchronized void progress(String phase, int done, int total) {
    if (quiet || total > 0 && total < MIN_ARTICLES || total <= 0 && done % UNKNOWN_TOTAL_STEP != 0) {
      return;
    }
    if (!phase.equals(lastPhase)) {
      if (inPlace) {
        err.println();
        inPlace = false;
      }
      lastPhase = phase;
      lastTenth = -1;
    }
    String line = total > 0 ? String.format("%s: %d/%d articles", phase, done, total)
        : String.format("%s: %d articles", phase, done);
    if (terminal) {
      int step = total > 0 ? Math.max(1, total / 100) : 1_000;
      if (done % step != 0 && done != total) {
        return;
      }
      err.print("\r" + line);
      inPlace = true;
      if (total > 0 && done == total) {
        err.println();
        inPlace = false;
      }
      err.flush();
      return;
    }
    int tenth = total > 0 ? done * 10 / total : done / UNKNOWN_TOTAL_STEP;
    if (tenth != lastTenth) {
      lastTenth = tenth;
      err.println(line);
      err.flush();
    }
  }

  synchronized void finish() {
    if (inPlace) {
      err.println();
      err.flush();
    }
  }
}
