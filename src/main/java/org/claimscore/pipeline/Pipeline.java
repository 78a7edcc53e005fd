package org.claimscore.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimscore.claims.Claim;
import org.claimscore.corroboration.Corroboration;
import org.claimscore.corroboration.CorroborationResult;
import org.claimscore.events.ArticleKeys;
import org.claimscore.ingest.Article;
import org.claimscore.ingest.ArticleLocator;
import org.claimscore.ingest.ArticleReader;
import org.claimscore.ingest.ArticleSink;
import org.claimscore.ingest.Rejection;
import org.claimscore.provenance.ArticleOrigin;
import org.claimscore.report.ScoredBatch;
import org.claimscore.scoring.ArticleStanding;
import org.claimscore.scoring.ArticleStandings;
import org.claimscore.scoring.ArticleRecord;
import org.claimscore.scoring.ClaimFacts;
import org.claimscore.scoring.ClaimFactsBuilder;
import org.claimscore.scoring.Score;
import org.claimscore.scoring.ScoredClaim;

/**
 * Wires the stages. Articles are grouped into events first; each event is then scored on its own
 * (claims, provenance, corroboration, rules), events in parallel, results handed on in event
 * order, so reports do not depend on the thread count.
 *
 * <h2>Design decision: two passes over the input for large batches</h2>
 *
 * <p>Which event an article belongs to can only be known once every article has been seen, but a
 * batch of 100,000 articles does not fit in memory with its claims. {@link #stream} therefore reads
 * the input twice: the first pass keeps only each article's event keys and where to find it, the
 * second reads the articles of one event at a time, scores them and hands the result to a sink
 * that writes the reports, keeping at most a few events in memory.
 */
public final class Pipeline {

  /** Events in flight per worker thread during the second pass. */
  private static final int WINDOW_PER_THREAD = 4;

  private final Stages stages;
  private final ClaimFactsBuilder factsBuilder;
  private final int threads;
  private final ProgressListener progress;

  public Pipeline(Stages stages, int threads, ProgressListener progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
    this.stages = stages;
    this.factsBuilder = ClaimFactsBuilder.of(stages.sources(), stages.language());
    this.threads = threads;
    this.progress = progress;
  }

  /** Receives the scored events of a streamed batch, in event order, on one thread. */
  @FunctionalInterface
  public interface EventSink {
    void accept(ScoredBatch event) throws IOException;
  }

  /** What a streamed run read: the rejected inputs, and how many articles and events it scored. */
  public record StreamResult(List<Rejection> rejected, int articles, int events) {
    public StreamResult {
      rejected = List.copyOf(rejected);
    }
  }

  /** Scores articles already in memory; {@code rejected} are passed through. */
  public ScoredBatch run(List<Article> articles, List<Rejection> rejected) {
    Map<String, Article> byId = new TreeMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<ArticleKeys> keys = byId.values().stream().map(stages.keys()::keys).toList();
    Map<String, List<String>> events = events(stages.grouper().group(keys));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<ScoredBatch> parts = new ArrayList<>();
      AtomicInteger done = new AtomicInteger();
      inOrder(pool, events, (eventId, ids) -> () -> {
        List<Article> members = ids.stream().map(byId::get).toList();
        ScoredBatch part = scoreEvent(eventId, members);
        progress.progress("scoring", done.addAndGet(members.size()), byId.size());
        return part;
      }, parts::add);
      return ScoredBatch.merge(parts, sortedRejections(rejected));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Reads {@code inputs} twice, as the class comment says, and hands each scored event to {@code
   * sink}. After the first pass it asks {@code proceed}, with the rejected inputs, whether to score
   * at all (a strict run stops there). An article that cannot be read again in the second pass
   * (its file changed meanwhile) is an {@link IOException}: the run is not consistent with its
   * inputs.
   */
  public StreamResult stream(List<Path> inputs, ArticleReader reader,
      java.util.function.Predicate<List<Rejection>> proceed, EventSink sink) throws IOException {
    Map<String, ArticleLocator> where = new HashMap<>();
    List<ArticleKeys> keys = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Interner interner = new Interner();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Records are parsed and their keys extracted on the pool, a window ahead; articles reach
      // the sink in input order on this thread (input order decides duplicate ids), and the
      // batch is never held in memory.
      Deque<Future<ArticleKeys>> pending = new ArrayDeque<>();
      int window = threads * WINDOW_PER_THREAD * 8;
      reader.stream(inputs, new ArticleSink() {
        @Override
        public void article(Article article, ArticleLocator locator) {
          where.put(article.id(), locator);
          while (pending.size() >= window || !pending.isEmpty() && pending.peekFirst().isDone()) {
            collect(pending.pollFirst());
          }
          pending.addLast(pool.submit(() -> stages.keys().keys(article)));
        }

        @Override
        public void rejected(Rejection rejection) {
          rejected.add(rejection);
        }

        private void collect(Future<ArticleKeys> f) {
          try {
            keys.add(interner.intern(take(f)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          progress.progress("reading", keys.size(), 0);
        }
      }, pool);
      while (!pending.isEmpty()) {
        keys.add(interner.intern(take(pending.pollFirst())));
      }
      List<Rejection> rejectedSorted = sortedRejections(rejected);
      if (!proceed.test(rejectedSorted)) {
        return new StreamResult(rejectedSorted, 0, 0);
      }
      Map<String, List<String>> events = events(stages.grouper().group(keys));
      keys.clear();
      int total = where.size();
      AtomicInteger done = new AtomicInteger();
      inOrder(pool, events, (eventId, ids) -> () -> {
        List<Article> members = new ArrayList<>(ids.size());
        for (String id : ids) {
          members.add(reader.reread(where.get(id)));
        }
        ScoredBatch part = scoreEvent(eventId, members);
        progress.progress("scoring", done.addAndGet(members.size()), total);
        return part;
      }, sink);
      return new StreamResult(rejectedSorted, total, events.size());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Claims, provenance, corroboration and scores of the articles of one event. */
  ScoredBatch scoreEvent(String eventId, List<Article> articles) {
    List<Article> sorted = articles.stream().sorted(Comparator.comparing(Article::id)).toList();
    List<List<org.claimscore.sentences.Sentence>> sentences = new ArrayList<>(sorted.size());
    for (Article a : sorted) {
      sentences.add(stages.splitter().split(a));
    }
    List<List<Claim>> claimsByArticle = stages.extractor().extractEvent(sorted, sentences);
    List<Claim> allClaims = claimsByArticle.stream().flatMap(List::stream).toList();
    Map<String, ArticleOrigin> origins = stages.provenance().analyze(sorted);
    CorroborationResult evidence = stages.corroborator().corroborate(allClaims, origins);

    // One rule session for the whole event: rules look at one claim at a time, so batching the
    // facts changes no score and saves a session per article.
    List<ClaimFacts> facts = new ArrayList<>(allClaims.size());
    List<Corroboration> ev = new ArrayList<>(allClaims.size());
    Map<String, String> letters = new TreeMap<>();
    Map<String, String> eventOf = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      Article article = sorted.get(i);
      letters.put(article.id(), stages.sources().outletLetter(article.outlet()));
      eventOf.put(article.id(), eventId);
      ArticleOrigin origin = origins.get(article.id());
      int factual = 0;
      int backed = 0;
      for (Claim c : claimsByArticle.get(i)) {
        Corroboration e = evidence.byClaim().getOrDefault(c.id(), Corroboration.alone(c.id()));
        ev.add(e);
        factual += c.type().factual() ? 1 : 0;
        backed += ArticleRecord.backed(c.type().factual(), e.independentOrigins()) ? 1 : 0;
      }
      ArticleRecord record = new ArticleRecord(letters.get(article.id()), factual, backed);
      for (Claim c : claimsByArticle.get(i)) {
        facts.add(factsBuilder.facts(c, ev.get(facts.size()), origin, record));
      }
    }
    List<Score> scores = facts.isEmpty() ? List.of() : stages.rules().score(facts);
    List<ScoredClaim> scored = new ArrayList<>(allClaims.size());
    for (int k = 0; k < allClaims.size(); k++) {
      scored.add(new ScoredClaim(allClaims.get(k), ev.get(k), scores.get(k)));
    }
    Map<String, ArticleStanding> standings = new ArticleStandings(stages.rules().settings().standing())
        .of(sorted.stream().map(Article::id).toList(), origins, scored);
    return new ScoredBatch(sorted, List.of(), origins, letters, standings, eventOf, scored, evidence.clusters());
  }

  /** Event id to its article ids, both sorted. */
  private static Map<String, List<String>> events(Map<String, String> eventOf) {
    Map<String, List<String>> events = new TreeMap<>();
    new TreeMap<>(eventOf).forEach((article, event) -> events.computeIfAbsent(event, e -> new ArrayList<>()).add(article));
    return events;
  }

  private static List<Rejection> sortedRejections(List<Rejection> rejected) {
    return rejected.stream().sorted(Comparator.comparing(Rejection::input).thenComparing(Rejection::reason)).toList();
  }

  /** Makes the task that scores one event. */
  @FunctionalInterface
  private interface EventTask {
    Callable<ScoredBatch> of(String eventId, List<String> articleIds);
  }

  /**
   * Runs one task per event on {@code pool} with a bounded window, and hands results to {@code
   * sink} in event order on the calling thread.
   */
  private void inOrder(ExecutorService pool, Map<String, List<String>> events, EventTask task, EventSink sink)
      throws IOException {
    int window = threads * WINDOW_PER_THREAD;
    Deque<Future<ScoredBatch>> inFlight = new ArrayDeque<>();
    for (Map.Entry<String, List<String>> e : events.entrySet()) {
      while (inFlight.size() >= window || !inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
        sink.accept(take(inFlight.pollFirst()));
      }
      inFlight.addLast(pool.submit(task.of(e.getKey(), e.getValue())));
    }
    while (!inFlight.isEmpty()) {
      sink.accept(take(inFlight.pollFirst()));
    }
  }

  private static <T> T take(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scoring", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Shares equal key strings between articles, so a large batch keeps each distinct key once. */
  private static final class Interner {
    private final Map<String, String> seen = new HashMap<>();

    ArticleKeys intern(ArticleKeys k) {
      return new ArticleKeys(k.articleId(), k.published(), intern(k.places()), intern(k.actors()), intern(k.terms()),
          intern(k.dates()));
    }

    private List<String> intern(List<String> values) {
      List<String> out = new ArrayList<>(values.size());
      for (String v : values) {
        out.add(seen.computeIfAbsent(v, x -> x));
      }
      return out;
    }
  }
}
