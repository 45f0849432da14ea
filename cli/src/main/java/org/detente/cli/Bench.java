package org.detente.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToDoubleFunction;
import org.detente.core.AnnotatedArticle;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.CodedArticle;
import org.detente.core.Result;
import org.detente.core.Sentence;
import org.detente.core.Stage;
import org.detente.ingest.DocumentReader;
import org.detente.ingest.IngestConfig;
import org.detente.nlp.CoreNlpAnnotator;
import org.detente.nlp.NlpConfig;
import org.detente.store.DuckDbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code detente bench} (#6): the whole pipeline (in-memory articles → CoreNLP → actors → coding → DuckDB)
 * against bare CoreNLP ({@code tokenize,ssplit,pos,depparse}) on the same articles and thread count. Both
 * are warmed up on the whole workload (at least {@code --warm-up} passes each, more while the compiler is busy),
 * then measured {@code --passes} times, alternating; every figure printed is the median over the passes. Ends
 * with the line {@code detente/bare = R}, R the ratio of the wall times.
 */
@Command(name = "bench", description = "Measure coding throughput against bare CoreNLP parsing on the same text.")
final class Bench implements Callable<Integer> {
  private static final long MAX_BYTES = 10_485_760;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
  private static final int MAX_WARM_UP = 30;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--docs", description = "seed documents, the five seeds repeated (default: ${DEFAULT-VALUE})",
      defaultValue = "50")
  int docs;

  @Option(names = "--sentences", description = "PLOVER-GSR sentences added as one-sentence articles (default: all)")
  Optional<Integer> sentences = Optional.empty();

  @Option(names = "--threads", description = "coding threads (default: number of cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--passes", description = "measured passes of each, median printed (default: ${DEFAULT-VALUE})",
      defaultValue = "3")
  int passes;

  @Option(names = "--warm-up", description = "unmeasured passes of each over the whole workload first, at least"
      + " (default: ${DEFAULT-VALUE}); more of each follow, up to " + MAX_WARM_UP + ", while the JIT compiler still"
      + " took over a fortieth of its last pass's time", defaultValue = "1")
  int warmUp;

  @Option(names = "--scaling", description = "also measure detente on one thread and print 'threads T/1 = R'")
  boolean scaling;

  @Option(names = "--shared", description = "folder with corpus/seeds and validation/ (default: ../shared)")
  Optional<Path> shared = Optional.empty();

  @Option(names = "--nlp-profile", defaultValue = "coding", description = "CoreNLP configuration of detente's"
      + " pipeline, for the study of docs/PERFORMANCE.md: coding (the default), coding-no-sutime, ner, ner-no-sutime,"
      + " ner-sutime, pcfg")
  String nlpProfile;

  @Option(names = "--memory", description = "instead: code --docs short documents (PLOVER-GSR sentences, one or two"
      + " each), made as the run asks for them, and print the heap after GC over the run")
  boolean memory;

  /** One measured pass. Stage times are summed over threads; the reference has only wall time and counts. */
  private record Pass(long wallNanos, long documents, long sentences, long tokens, long peakHeap, long[] stageNanos,
      long cpuNanos, long processCpuNanos) {}

  /** Per-stage counters the timed stages add to; reset before each pass. */
  private static final class Meter {
    final LongAdder nlp = new LongAdder();
    final LongAdder actors = new LongAdder();
    final LongAdder coding = new LongAdder();
    final LongAdder sentences = new LongAdder();
    final LongAdder tokens = new LongAdder();
    final LongAdder cpu = new LongAdder();

    void reset() {
      List.of(nlp, actors, coding, sentences, tokens, cpu).forEach(LongAdder::reset);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (docs < 1 || threads < 1 || passes < 1 || sentences.orElse(0) < 0 || warmUp < 0) {
      throw new IllegalArgumentException("--docs, --threads and --passes must be >= 1, --sentences and --warm-up >= 0,"
          + " were " + docs + ", " + threads + ", " + passes + ", " + sentences.orElse(0) + ", " + warmUp);
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = shared.orElse(Path.of(System.getProperty("detente.home", ".")).resolve(EvalSets.SHARED)).normalize();
    NlpConfig nlp = NlpConfig.named(nlpProfile);
    List<Article> plover = BenchCorpus.plover(dir);
    long t0 = System.nanoTime();
    Engine engine = new Engine(List.of());
    long t1 = System.nanoTime();
    Engine.Stages stages = engine.stages(nlp);
    long t2 = System.nanoTime();
    if (memory) {
      out.printf(Locale.ROOT, "model load: dictionaries and codebook %.2f s, CoreNLP (%s) %.2f s%n", (t1 - t0) / 1e9,
          nlpProfile, (t2 - t1) / 1e9);
      out.flush();
      Path tmp = Files.createTempDirectory("detente-bench");
      try {
        new MemoryRun(plover).run(out, engine, stages.pipeline(), docs, threads, tmp.resolve("memory.duckdb"));
      } finally {
        deleteFolder(tmp);
      }
      return 0;
    }
    CoreNlpAnnotator bare = new CoreNlpAnnotator(NlpConfig.bareParse());
    long t3 = System.nanoTime();
    out.printf(Locale.ROOT, "model load: dictionaries and codebook %.2f s, CoreNLP (%s) %.2f s; bare reference %.2f s%n",
        (t1 - t0) / 1e9, nlpProfile, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    List<Article> seeds = BenchCorpus.seeds(dir);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < docs; i++) {
      Article s = seeds.get(i % seeds.size());
      articles.add(new Article(new ArticleId(s.id().value() + "-" + i), s.text(), s.origin(), s.sha256(), s.published(),
          s.title(), s.source(), s.url()));
    }
    int n = Math.min(sentences.orElse(plover.size()), plover.size());
    articles.addAll(plover.subList(0, n));
    out.printf(Locale.ROOT, "bench: %d seed documents (from %d seeds) + %d PLOVER-GSR sentences = %d documents,"
        + " %d thread(s), %d measured pass(es), medians; detente's NLP: %s%n", docs, seeds.size(), n, articles.size(),
        threads, passes, nlpProfile);
    out.flush();

    Meter meter = new Meter();
    Stage<Article, CodedArticle> pipeline = timed(counted(stages.nlp(), meter), meter.nlp, meter.cpu)
        .then(timed(stages.actors(), meter.actors, meter.cpu))
        .then(timed(stages.coding(), meter.coding, meter.cpu));
    Path tmp = Files.createTempDirectory("detente-bench");
    try {
      // what a first short document costs after the load: lazy initialisation left on the per-document path
      Pass first = detente(engine, pipeline, meter, plover.subList(0, 1), 1, tmp.resolve("first.duckdb"));
      Pass second = detente(engine, pipeline, meter, plover.subList(1, 2), 1, tmp.resolve("second.duckdb"));
      out.printf(Locale.ROOT, "one-sentence document: the first after the load %.2f s, the next %.2f s (each with"
          + " a new store)%n", first.wallNanos() / 1e9, second.wallNanos() / 1e9);
      // #6: with 2 cores and 2 coding threads, the JIT compiler competes with them and slows whichever side it is
      // still compiling for; so each side is warmed up on its own until a pass leaves the compiler under a fortieth
      // of its time. detente runs far more code than the parser (SUTime, the coder), and the coder's methods, called
      // once per article or verb, reach the optimising compiler's thresholds only after a dozen passes or more
      // (docs/PERFORMANCE.md, "One dependency graph")
      int ourWarm = 0;
      int bareWarm = 0;
      boolean ourCompiling = true;
      boolean bareCompiling = true;
      while (warmMore(ourWarm, ourCompiling) || warmMore(bareWarm, bareCompiling)) {
        if (warmMore(ourWarm, ourCompiling)) {
          long j0 = JIT.getTotalCompilationTime();
          Pass p = detente(engine, pipeline, meter, articles, threads, tmp.resolve("warm" + ourWarm + ".duckdb"));
          ourCompiling = compiling(JIT.getTotalCompilationTime() - j0, p);
          ourWarm++;
        }
        if (warmMore(bareWarm, bareCompiling)) {
          long j0 = JIT.getTotalCompilationTime();
          Pass p = reference(bare, articles, threads);
          bareCompiling = compiling(JIT.getTotalCompilationTime() - j0, p);
          bareWarm++;
        }
      }
      out.printf(Locale.ROOT, "warm-up: detente %d pass(es), bare %d%n", ourWarm, bareWarm);

      List<Pass> ours = new ArrayList<>();
      List<Pass> theirs = new ArrayList<>();
      List<Pass> single = new ArrayList<>();
      List<Long> ourJit = new ArrayList<>();
      List<Long> bareJit = new ArrayList<>();
      for (int p = 0; p < passes; p++) {
        long j0 = JIT.getTotalCompilationTime();
        ours.add(detente(engine, pipeline, meter, articles, threads, tmp.resolve("pass" + p + ".duckdb")));
        long j1 = JIT.getTotalCompilationTime();
        theirs.add(reference(bare, articles, threads));
        ourJit.add(j1 - j0);
        bareJit.add(JIT.getTotalCompilationTime() - j1);
        if (scaling) {
          single.add(detente(engine, pipeline, meter, articles, 1, tmp.resolve("single" + p + ".duckdb")));
        }
      }
      double ourWall = median(ours, x -> x.wallNanos());
      double bareWall = median(theirs, x -> x.wallNanos());
      out.printf(Locale.ROOT, "%-22s %10s %11s %10s %9s %13s%n", "", "documents/s", "sentences/s", "tokens/s",
          "wall s", "peak heap MB");
      row(out, "detente end to end", ours);
      row(out, "bare CoreNLP", theirs);
      if (scaling) {
        row(out, "detente, 1 thread", single);
      }
      out.printf(Locale.ROOT, "detente stages (time summed over %d thread(s); store writes on the writing thread):%n",
          threads);
      String[] names = {"NLP annotate", "actor recognition", "event coding", "store writes"};
      double[] stage = new double[names.length];
      for (int i = 0; i < names.length; i++) {
        int k = i;
        stage[i] = median(ours, x -> x.stageNanos()[k]);
      }
      double total = Arrays.stream(stage).sum();
      for (int i = 0; i < names.length; i++) {
        out.printf(Locale.ROOT, "  %-18s %9.2f s  %5.1f%%%n", names[i], stage[i] / 1e9,
            total == 0 ? 0 : 100 * stage[i] / total);
      }
      if (scaling) {
        out.printf(Locale.ROOT, "threads %d/1 = %.2f%n", threads, median(single, x -> x.wallNanos()) / ourWall);
        // #6: if a sentence costs no more CPU on T threads than on one, what keeps T/1 under T is the machine
        // (other jobs, the writing thread, GC and JIT threads on the same cores), not contention in the process
        double perSentence = median(ours, x -> x.cpuNanos() / (double) x.sentences());
        double perSentenceSingle = median(single, x -> x.cpuNanos() / (double) x.sentences());
        out.printf(Locale.ROOT, "CPU per sentence: %d thread(s) %.2f ms, 1 thread %.2f ms; threads %d/1 CPU = %.2f%n",
            threads, perSentence / 1e6, perSentenceSingle / 1e6, threads, perSentence / perSentenceSingle);
        // and the cores the coding threads got: with CPU per sentence flat, threads T/1 is the ratio of these
        out.printf(Locale.ROOT, "cores the coding threads got (CPU / wall): %d thread(s) %.2f, 1 thread %.2f%n", threads,
            median(ours, x -> x.cpuNanos() / (double) x.wallNanos()),
            median(single, x -> x.cpuNanos() / (double) x.wallNanos()));
      }
      // #6: on a machine other jobs share, wall times swing with their load; the threads' own CPU time much less
      double ourCpu = median(ours, x -> x.cpuNanos());
      double bareCpu = median(theirs, x -> x.cpuNanos());
      out.printf(Locale.ROOT, "CPU time of the coding threads (store writes not included): detente %.2f s, bare %.2f s%n",
          ourCpu / 1e9, bareCpu / 1e9);
      // and what the rest of the process took beside them: the writing thread, DuckDB's, the collector's, the compiler's
      out.printf(Locale.ROOT, "CPU time of the whole process: detente %.2f s, bare %.2f s%n",
          median(ours, x -> x.processCpuNanos()) / 1e9, median(theirs, x -> x.processCpuNanos()) / 1e9);
      out.printf(Locale.ROOT, "JIT compilation during the measured passes (median): detente %.2f s, bare %.2f s%n",
          median(ourJit) / 1e3, median(bareJit) / 1e3);
      out.printf(Locale.ROOT, "detente/bare CPU = %.2f%n", ourCpu / bareCpu);
      out.printf(Locale.ROOT, "detente/bare = %.2f%n", ourWall / bareWall);
      return 0;
    } finally {
      deleteFolder(tmp);
    }
  }

  private static void deleteFolder(Path tmp) throws java.io.IOException {
    try (var files = Files.list(tmp)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(tmp);
  }

  /** One pass of the whole pipeline into a new store; the wall time covers the run and closing the store. */
  private static Pass detente(Engine engine, Stage<Article, CodedArticle> pipeline, Meter meter, List<Article> articles,
      int threads, Path db) {
    DuckDbStore store = engine.openStore(db);
    CodingRun run = new CodingRun(new DocumentReader(new IngestConfig(MAX_BYTES)), pipeline, store, threads);
    meter.reset();
    resetPeakHeap();
    long p0 = processCpu();
    long t0 = System.nanoTime();
    CodingRun.Counts c;
    try {
      c = run.run(articles.size(), sink -> articles.forEach(sink::article), stderr(), false);
    } finally {
      store.close();
    }
    long wall = System.nanoTime() - t0;
    long process = processCpu() - p0;
    if (c.rejected() > 0) {
      throw new IllegalStateException(c.rejected() + " of " + c.in() + " benchmark documents were rejected");
    }
    return new Pass(wall, c.in(), meter.sentences.sum(), meter.tokens.sum(), peakHeap(),
        new long[] {meter.nlp.sum(), meter.actors.sum(), meter.coding.sum(), c.storeNanos()}, meter.cpu.sum(), process);
  }

  /** One pass of bare CoreNLP over the articles, on a pool of the same size, results discarded. */
  private static Pass reference(CoreNlpAnnotator bare, List<Article> articles, int threads) throws InterruptedException {
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "detente-bench-reference");
      t.setDaemon(true);
      return t;
    });
    resetPeakHeap();
    long p0 = processCpu();
    long t0 = System.nanoTime();
    long sentences = 0;
    long tokens = 0;
    LongAdder cpu = new LongAdder();
    try {
      List<Future<CoreNlpAnnotator.Counts>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(workers.submit(() -> {
          long c0 = THREADS.getCurrentThreadCpuTime();
          try {
            return bare.annotateOnly(a);
          } finally {
            cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
          }
        }));
      }
      for (Future<CoreNlpAnnotator.Counts> f : futures) {
        CoreNlpAnnotator.Counts c = f.get();
        sentences += c.sentences();
        tokens += c.tokens();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("bare CoreNLP failed on a benchmark document", e.getCause());
    } finally {
      workers.shutdownNow();
    }
    long wall = System.nanoTime() - t0;
    return new Pass(wall, articles.size(), sentences, tokens, peakHeap(), new long[4], cpu.sum(), processCpu() - p0);
  }

  /** Whether one side needs another warm-up pass, after {@code done} of them. */
  private boolean warmMore(int done, boolean compiling) {
    return done < warmUp || (compiling && done < MAX_WARM_UP);
  }

  /** Whether the compiler took over a fortieth of a pass's wall time during it ({@code jitMillis}). */
  private static boolean compiling(long jitMillis, Pass p) {
    return jitMillis * 1e6 > p.wallNanos() / 40.0;
  }

  /** The stage, adding its wall time to {@code nanos} and the calling thread's CPU time to {@code cpu}. */
  private static <I, O> Stage<I, O> timed(Stage<I, O> stage, LongAdder nanos, LongAdder cpu) {
    return input -> {
      long t0 = System.nanoTime();
      long c0 = THREADS.getCurrentThreadCpuTime();
      try {
        return stage.apply(input);
      } finally {
        nanos.add(System.nanoTime() - t0);
        cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
      }
    };
  }

  private static Stage<Article, AnnotatedArticle> counted(Stage<Article, AnnotatedArticle> nlp, Meter meter) {
    return input -> {
      Result<AnnotatedArticle> r = nlp.apply(input);
      if (r instanceof Result.Ok<AnnotatedArticle> ok) {
        meter.sentences.add(ok.value().sentences().size());
        for (Sentence s : ok.value().sentences()) {
          meter.tokens.add(s.tokens().size());
        }
      }
      return r;
    };
  }

  private static void row(PrintWriter out, String name, List<Pass> passes) {
    double wall = median(passes, x -> x.wallNanos()) / 1e9;
    out.printf(Locale.ROOT, "%-22s %10.2f %11.1f %10.0f %9.2f %13.0f%n", name,
        median(passes, x -> x.documents() / (x.wallNanos() / 1e9)),
        median(passes, x -> x.sentences() / (x.wallNanos() / 1e9)),
        median(passes, x -> x.tokens() / (x.wallNanos() / 1e9)), wall,
        median(passes, x -> x.peakHeap()) / (1024.0 * 1024.0));
  }

  private static double median(List<Pass> passes, ToDoubleFunction<Pass> f) {
    return median(passes.stream().mapToDouble(f).toArray());
  }

  private static double median(List<Long> values) {
    return median(values.stream().mapToDouble(Long::doubleValue).toArray());
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  /** The CPU time of every thread of this process so far, in nanoseconds. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Collects what earlier passes left, then starts the pools' peaks afresh (outside the timed part). */
  private static void resetPeakHeap() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peak usage since the last reset (an upper bound of the live heap). */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static PrintStream stderr() {
    return new PrintStream(System.err, true, StandardCharsets.UTF_8);
  }
}
