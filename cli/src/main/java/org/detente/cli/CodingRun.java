package org.detente.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.detente.core.Article;
import org.detente.core.CodedArticle;
import org.detente.core.Problem;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;
import org.detente.core.Result;
import org.detente.core.Stage;
import org.detente.ingest.DocumentReader;
import org.detente.ingest.DocumentSink;
import org.detente.ingest.RetryPlanner;
import org.detente.store.CodingTarget;
import org.detente.store.DuckDbStore;

/**
 * One coding run: documents stream from the reader, are coded on {@code threads} workers, and are written
 * to the store by the calling thread, in input order, {@value #WRITE_BATCH} coded documents per transaction
 * (a killed run loses at most that batch, which the next run codes again). Documents already in the store
 * with the same content are counted as coded and not coded again. At most {@value #IN_FLIGHT_PER_THREAD}
 * documents per thread are read ahead.
 */
final class CodingRun {
  static final int WRITE_BATCH = 64;
  // #6: results are written in input order, so with 2 per thread one long article (a seed: 50 sentences) held
  // up the writer while the other workers ran out of documents and waited; 8 keeps them busy
  static final int IN_FLIGHT_PER_THREAD = 8;

  /**
   * The counts every run ends with; {@code in == coded + rejected}. {@code storeNanos} is the time the
   * writing thread spent in store writes (documents, events, rejects).
   */
  record Counts(long in, long coded, long rejected, long events, long storeNanos) {
    String line() {
      return "documents: in=" + in + " coded=" + coded + " rejected=" + rejected;
    }
  }

  private final DocumentReader reader;
  private final Stage<Article, CodedArticle> pipeline;
  private final CodingTarget store;
  private final int threads;

  CodingRun(DocumentReader reader, Stage<Article, CodedArticle> pipeline, CodingTarget store, int threads) {
    this.reader = reader;
    this.pipeline = pipeline;
    this.store = store;
    this.threads = threads;
  }

  private sealed interface Outcome permits Coded, Failed, Known {}

  private record Coded(CodedArticle article) implements Outcome {}

  private record Failed(Rejection rejection) implements Outcome {}

  private record Known() implements Outcome {}

  private record InFlight(Article article, Future<Outcome> outcome) {}

  Counts run(List<Path> inputs, Optional<Path> manifest, PrintStream err, boolean terminal) {
    DocumentReader.Plan plan = reader.plan(inputs, manifest);
    return run(reader.count(plan), sink -> reader.read(plan, sink), err, terminal);
  }

  /** Codes what {@code source} puts into the sink it is given ({@code total} documents, for progress). */
  Counts run(long total, Consumer<DocumentSink> source, PrintStream err, boolean terminal) {
    return run(total, source, err, terminal, Optional.empty());
  }

  /**
   * Reads the files of the stored rejects with these origins again (#5, {@code code --retry-rejects}): a
   * document that now codes loses its reject, one still rejected gets the new reason, and the rejects of
   * the retried origins that no document of this run claimed are dropped. A document whose id is already
   * stored for another file is rejected as a duplicate rather than replacing that document.
   */
  Counts retry(DuckDbStore stored, List<String> origins, Optional<Path> manifest, PrintStream err, boolean terminal) {
    DocumentReader.Plan plan = RetryPlanner.plan(origins, manifest);
    return run(reader.count(plan), sink -> reader.read(plan, sink), err, terminal,
        Optional.of(new Retry(stored, origins)));
  }

  /** A retry of stored rejects: the store they are in (read directly, never through a spool) and their origins. */
  private record Retry(DuckDbStore stored, List<String> origins) {}

  private Counts run(long total, Consumer<DocumentSink> source, PrintStream err, boolean terminal,
      Optional<Retry> retried) {
    Progress progress = new Progress(err, terminal, total);
    long run = store.beginRun();
    long[] c = new long[5]; // in, coded, rejected, events, store nanos
    Deque<InFlight> inFlight = new ArrayDeque<>();
    List<CodedArticle> pending = new ArrayList<>(); // coded, waiting for the next batch write
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "detente-coder");
      t.setDaemon(true);
      return t;
    });
    try {
      source.accept(new DocumentSink() {
        @Override
        public void article(Article a) {
          Optional<String> holder = retried.flatMap(r -> r.stored().documentOrigin(a.id()));
          if (holder.isPresent() && !holder.get().equals(a.origin())) {
            rejected(new Rejection(a.origin(), a.id().value(), new Problem(ProblemKind.DUPLICATE_ID,
                a.origin() + ": id '" + a.id() + "' is already used by " + holder.get() + " in the store;"
                    + " give each document its own id")));
            return;
          }
          c[0]++;
          if (store.isCoded(a.id(), a.sha256())) {
            inFlight.add(new InFlight(a, CompletableFuture.completedFuture(new Known())));
          } else {
            inFlight.add(new InFlight(a, workers.submit(() -> code(a))));
          }
          while (inFlight.size() > (long) threads * IN_FLIGHT_PER_THREAD) {
            write(inFlight.poll(), run, c, progress, pending);
          }
        }

        @Override
        public void rejected(Rejection r) {
          c[0]++;
          c[2]++;
          long t0 = System.nanoTime();
          store.saveRejected(r, run);
          c[4] += System.nanoTime() - t0;
          progress.step();
        }
      });
      while (!inFlight.isEmpty()) {
        write(inFlight.poll(), run, c, progress, pending);
      }
      long t0 = System.nanoTime();
      flush(run, pending);
      c[4] += System.nanoTime() - t0;
    } finally {
      workers.shutdownNow();
      progress.finish();
    }
    retried.ifPresent(r -> r.stored().dropRejectsNotFrom(run, r.origins()));
    store.finishRun(run, c[0], c[1], c[2]);
    return new Counts(c[0], c[1], c[2], c[3], c[4]);
  }

  private Outcome code(Article a) {
    try {
      Result<CodedArticle> r = pipeline.apply(a);
      if (r instanceof Result.Ok<CodedArticle> ok) {
        return new Coded(ok.value());
      }
      return new Failed(new Rejection(a.origin(), a.id().value(), ((Result.Rejected<CodedArticle>) r).problem()));
    } catch (RuntimeException | StackOverflowError e) {
      return failed(a, e);
    }
  }

  /** Writes the coded documents waiting for the store, in one transaction. */
  private void flush(long run, List<CodedArticle> pending) {
    if (!pending.isEmpty()) {
      store.saveCodedAll(pending, run);
      pending.clear();
    }
  }

  private static Failed failed(Article a, Throwable e) {
    return new Failed(new Rejection(a.origin(), a.id().value(), new Problem(ProblemKind.CODING_FAILED,
        a.origin() + ": coding failed (" + e + "); please report this with the document")));
  }

  private void write(InFlight f, long run, long[] c, Progress progress, List<CodedArticle> pending) {
    Outcome o;
    try {
      o = f.outcome().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      o = failed(f.article(), e.getCause());
    }
    long t0 = System.nanoTime();
    if (o instanceof Coded coded) {
      pending.add(coded.article());
      if (pending.size() >= WRITE_BATCH) {
        flush(run, pending);
      }
      c[1]++;
      c[3] += coded.article().events().size();
    } else if (o instanceof Failed failed) {
      store.saveRejected(failed.rejection(), run);
      c[2]++;
    } else if (o instanceof Known) {
      c[1]++;
    } else {
      throw new AssertionError(o);
    }
    c[4] += System.nanoTime() - t0;
    progress.step();
  }
}
