package org.claimscore.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.claimscore.claims.Claim;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.corroboration.CorroborationResult;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.Rejection;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.report.ScoredBatch;
import org.claimscore.scoring.ClaimFacts;
import org.claimscore.scoring.ClaimFactsBuilder;
import org.claimscore.scoring.Score;
import org.claimscore.scoring.ScoredClaim;

/**
 * Wires the stages: per-article extraction and scoring run on a thread pool; provenance and
 * corroboration run over the articles of the batch. Results do not depend on the thread count.
 */
public final class Pipeline {

  private final Stages stages;
  private final int threads;
  private final ProgressListener progress;

  public Pipeline(Stages stages, int threads, ProgressListener progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.stages = stages;
    this.threads = threads;
    this.progress = progress;
  }

  /** Scores {@code articles}; {@code rejected} are passed through to the reports. */
  public ScoredBatch run(List<Article> articles, List<Rejection> rejected) {
    List<Article> sorted = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<List<Claim>> claimsByArticle = parallel(pool, sorted, "extracting",
          a -> stages.extractor().extract(a, stages.splitter().split(a)));
      List<Claim> allClaims = claimsByArticle.stream().flatMap(List::stream).toList();

      Map<String, ArticleOrigin> origins = stages.provenance().analyze(sorted);
      CorroborationResult evidence = stages.corroborator().corroborate(allClaims, origins);

      List<List<ScoredClaim>> scored = parallel(pool, indices(sorted.size()), "scoring", i -> {
        List<Claim> claims = claimsByArticle.get(i);
        ArticleOrigin origin = origins.get(sorted.get(i).id());
        List<Corroboration> ev = claims.stream()
            .map(c -> evidence.byClaim().getOrDefault(c.id(), Corroboration.alone(c.id()))).toList();
        List<ClaimFacts> facts = new ArrayList<>(claims.size());
        for (int k = 0; k < claims.size(); k++) {
          facts.add(ClaimFactsBuilder.of(claims.get(k), ev.get(k), origin, stages.sources()));
        }
        List<Score> scores = stages.rules().score(facts);
        List<ScoredClaim> out = new ArrayList<>(claims.size());
        for (int k = 0; k < claims.size(); k++) {
          out.add(new ScoredClaim(claims.get(k), ev.get(k), scores.get(k)));
        }
        return out;
      });

      Map<String, String> letters = new TreeMap<>();
      for (Article a : sorted) {
        letters.put(a.id(), stages.sources().outletLetter(a.outlet()));
      }
      List<Rejection> rejectedSorted = rejected.stream()
          .sorted(Comparator.comparing(Rejection::input).thenComparing(Rejection::reason)).toList();
      return new ScoredBatch(sorted, rejectedSorted, origins, letters,
          scored.stream().flatMap(List::stream).toList(), evidence.clusters());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Integer> indices(int n) {
    List<Integer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  private <T, R> List<R> parallel(ExecutorService pool, List<T> items, String phase, Function<T, R> work) {
    AtomicInteger done = new AtomicInteger();
    List<Future<R>> futures = new ArrayList<>(items.size());
    for (T item : items) {
      futures.add(pool.submit(() -> {
        R r = work.apply(item);
        progress.progress(phase, done.incrementAndGet(), items.size());
        return r;
      }));
    }
    List<R> out = new ArrayList<>(items.size());
    for (Future<R> f : futures) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while " + phase, e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
    return out;
  }
}
