package org.detente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.detente.cli.Engine;
import org.detente.cli.SyntheticEvents;
import org.detente.core.CodedArticle;
import org.detente.store.DuckDbStore;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk store writes (#6): {@link DuckDbStore#saveCodedAll} of synthetic coded articles ({@link
 * SyntheticEvents}, 20 events each), one batch of {@code documents} articles per operation, one transaction
 * each, into a new store file per iteration. Batches are generated outside the measured time. 16 documents
 * is what a coding run writes at a time, 1000 what {@code bench-api} loads with. The secondary result
 * {@code events} is events written per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(1)
public class StoreWriteBenchmark {
  private static final int EVENTS_PER_DOCUMENT = 20;

  @Param({"16", "1000"})
  public int documents;

  // set by the @Setup methods, which JMH runs before any use
  private Engine engine;
  private SyntheticEvents synthetic;
  private Path dir;
  private DuckDbStore store;
  private long run;
  private List<CodedArticle> batch;

  /** Events written, counted per iteration and reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Events {
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
    }
  }

  @Setup(Level.Trial)
  public void load() throws IOException {
    engine = new Engine(List.of());
    synthetic = new SyntheticEvents(engine, 20261122L);
    dir = Files.createTempDirectory("detente-jmh-store");
  }

  @Setup(Level.Iteration)
  public void openStore() {
    store = engine.openStore(dir.resolve("store-" + System.nanoTime() + ".duckdb"));
    run = store.beginRun();
  }

  @Setup(Level.Invocation)
  public void nextBatch() {
    batch = synthetic.articles(documents, EVENTS_PER_DOCUMENT, Integer.MAX_VALUE);
  }

  @Benchmark
  public void saveBatch(Events counter) {
    store.saveCodedAll(batch, run);
    counter.events += (long) documents * EVENTS_PER_DOCUMENT;
  }

  @TearDown(Level.Iteration)
  public void closeStore() throws IOException {
    store.close();
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.delete(f);
      }
    }
  }

  @TearDown(Level.Trial)
  public void removeFolder() throws IOException {
    Files.deleteIfExists(dir);
  }
}
