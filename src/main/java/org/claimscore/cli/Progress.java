package org.claimscore.cli;

import java.io.PrintWriter;
import org.claimscore.pipeline.ProgressListener;

/**
 * Shows how far a run has got on stderr: rewritten in place on a terminal, otherwise one line at
 * every tenth of the way. Short runs (under 100 articles) stay silent.
 */
final class Progress implements ProgressListener {

  private static final int MIN_ARTICLES = 100;

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
    if (quiet || total < MIN_ARTICLES) {
      return;
    }
    if (!phase.equals(lastPhase)) {
      lastPhase = phase;
      lastTenth = -1;
    }
    String line = String.format("%s: %d/%d articles", phase, done, total);
    if (terminal) {
      err.print("\r" + line);
      inPlace = true;
      if (done == total) {
        err.println();
        inPlace = false;
      }
      err.flush();
      return;
    }
    int tenth = done * 10 / total;
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
