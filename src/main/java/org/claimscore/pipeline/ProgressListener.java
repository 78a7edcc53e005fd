package org.claimscore.pipeline;

/** Told how far a run has got; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (phase, done, total) -> {};

  /** {@code done} of {@code total} articles have passed {@code phase} ("extracting", "scoring"). */
  void progress(String phase, int done, int total);
}
