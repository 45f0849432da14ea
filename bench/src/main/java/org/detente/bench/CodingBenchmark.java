package org.detente.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.detente.cli.BenchCorpus;
import org.detente.cli.Engine;
import org.detente.core.AnnotatedArticle;
import org.detente.core.Article;
import org.detente.core.CodedArticle;
import org.detente.core.Result;
import org.detente.core.Stage;
import org.detente.nlp.NlpConfig;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The coding stage alone (#6): dictionary actors, then CAMEO coding with dating and modes, on articles
 * CoreNLP annotated once in the set-up: the five seed articles and the PLOVER-GSR sentences (one-sentence
 * articles), taken in turn, one per operation, on one thread. The secondary result {@code sentences} is
 * the rate that matters: sentences coded per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Threads(1)
public class CodingBenchmark {
  /** The shared folder with {@code corpus/seeds} and {@code validation/}, relative to the working folder. */
  @Param("../shared")
  public String shared;

  // set by annotate(), which JMH runs before any use
  private List<AnnotatedArticle> annotated;
  private Stage<AnnotatedArticle, CodedArticle> coding;
  private int next;

  /** Sentences coded, counted per iteration and reported by JMH as a rate. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Sentences {
    public long sentences;

    @Setup(Level.Iteration)
    public void reset() {
      sentences = 0;
    }
  }

  @Setup(Level.Trial)
  public void annotate() {
    Path dir = Path.of(shared).toAbsolutePath().normalize();
    List<Article> articles = new ArrayList<>(BenchCorpus.seeds(dir));
    articles.addAll(BenchCorpus.plover(dir));
    Engine engine = new Engine(List.of());
    // the CoreNLP pipeline is a local: once the articles are annotated its models can be collected
    Engine.Stages stages = engine.stages(NlpConfig.defaults());
    List<AnnotatedArticle> out = new ArrayList<>(articles.size());
    int sentences = 0;
    for (Article a : articles) {
      AnnotatedArticle x = ok(stages.nlp().apply(a), a);
      out.add(x);
      sentences += x.sentences().size();
    }
    annotated = out;
    coding = stages.actors().then(stages.coding());
    System.out.println("annotated " + out.size() + " articles, " + sentences + " sentences");
  }

  @Benchmark
  public CodedArticle codeOneArticle(Sentences counter) {
    AnnotatedArticle a = annotated.get(next);
    next = next + 1 == annotated.size() ? 0 : next + 1;
    CodedArticle coded = ok(coding.apply(a), a.article());
    counter.sentences += a.sentences().size();
    return coded;
  }

  private static <T> T ok(Result<T> r, Article a) {
    if (r instanceof Result.Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalStateException("benchmark article " + a.id() + " was rejected: "
        + ((Result.Rejected<T>) r).problem().message());
  }
}
