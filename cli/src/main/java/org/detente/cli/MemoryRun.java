package org.detente.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.CodedArticle;
import org.detente.core.Stage;
import org.detente.ingest.DocumentReader;
import org.detente.ingest.IngestConfig;
import org.detente.store.DuckDbStore;

/**
 * {@code detente bench --memory} (#6): codes {@code documents} short documents, each one or two PLOVER-GSR
 * sentences taken in turn (every second document has two), made one at a time as the run asks for them, so
 * the corpus is never in memory; they stream through the usual {@link CodingRun} into a new store. Prints the
 * live heap (after a full collection, {@code System.gc()}) with the models loaded and at each quarter of the
 * run: with streaming it stays flat however many documents there are; and the peak after any collection.
 */
final class MemoryRun {
  private static final long MB = 1024 * 1024;

  private final List<Article> sentences;

  MemoryRun(List<Article> sentences) {
    if (sentences.size() < 2) {
      throw new IllegalArgumentException("the memory run needs at least 2 sentences, got " + sentences.size());
    }
    this.sentences = List.copyOf(sentences);
  }

  /** Document {@code i}: sentence {@code i}, and for odd {@code i} the next one too, dated as the first. */
  Article document(int i) {
    Article a = sentences.get(i % sentences.size());
    String text = i % 2 == 0 ? a.text() : a.text() + " " + sentences.get((i + 1) % sentences.size()).text();
    return EvalSets.article("mem-" + i, text, "memory run document " + i, a.published());
  }

  void run(PrintWriter out, Engine engine, Stage<Article, CodedArticle> pipeline, int documents, int threads, Path db) {
    try (HeapAfterGc heap = new HeapAfterGc(); DuckDbStore store = engine.openStore(db)) {
      long loaded = heap.collect();
      List<Long> quarters = new ArrayList<>();
      long t0 = System.nanoTime();
      CodingRun run = new CodingRun(new DocumentReader(new IngestConfig(Long.MAX_VALUE)), pipeline, store, threads);
      CodingRun.Counts c = run.run(documents, sink -> {
        for (int i = 0; i < documents; i++) {
          if (i > 0 && (i == documents / 4 || i == documents / 2 || i == 3 * documents / 4)) {
            quarters.add(heap.collect());
          }
          sink.article(document(i));
        }
      }, new PrintStream(System.err, true, StandardCharsets.UTF_8), false);
      double seconds = (System.nanoTime() - t0) / 1e9;
      quarters.add(heap.collect());
      StringBuilder q = new StringBuilder();
      for (long x : quarters) {
        q.append(' ').append(x / MB);
      }
      out.printf(Locale.ROOT, "memory: %s in %.1f s, %.2f documents/s, %d thread(s), heap limit %d MB%n", c.line(),
          seconds, c.in() / seconds, threads, Runtime.getRuntime().maxMemory() / MB);
      out.printf(Locale.ROOT, "live heap (after a full GC): %d MB with the models loaded; at each quarter of the run:%s"
          + " MB%n", loaded / MB, q);
      out.printf(Locale.ROOT, "heap after any GC (young ones leave old garbage): peak %d MB over %d collections%n",
          heap.peak() / MB, heap.collections());
    }
  }

  /** Listens to every garbage collection and keeps the heap in use right after it: what was live then. */
  private static final class HeapAfterGc implements NotificationListener, AutoCloseable {
    private final AtomicLong last = new AtomicLong();
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final Set<String> heapPools = new HashSet<>();

    HeapAfterGc() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          heapPools.add(pool.getName());
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(this, null, null);
          emitters.add(emitter);
        }
      }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
      if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        return;
      }
      GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
      long used = 0;
      for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
        if (heapPools.contains(pool.getKey())) {
          used += pool.getValue().getUsed();
        }
      }
      last.set(used);
      peak.accumulateAndGet(used, Math::max);
      collections.incrementAndGet();
    }

    /** Collects garbage and waits (up to 5 s) for the collection's report, so that {@link #last} is fresh. */
    long collect() {
      long before = collections.get();
      System.gc();
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (collections.get() == before && System.nanoTime() < deadline) {
        LockSupport.parkNanos(10_000_000L);
      }
      return last();
    }

    long last() {
      return last.get();
    }

    long peak() {
      return peak.get();
    }

    long collections() {
      return collections.get();
    }

    @Override
    public void close() {
      for (NotificationEmitter emitter : emitters) {
        try {
          emitter.removeNotificationListener(this);
        } catch (ListenerNotFoundException e) {
          throw new IllegalStateException("the heap listener was added to every collector it is removed from", e);
        }
      }
    }
  }
}
