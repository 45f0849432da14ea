package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code detente bench} runs on a tiny workload and prints its table and the ratio line (no timing is asserted). */
class BenchIT {
  @Test
  void benchOnTwoDocumentsPrintsEveryFigureAndEndsWithTheRatio() {
    Cli bench = Cli.run("bench", "--docs", "2", "--sentences", "3", "--passes", "1", "--threads", "2", "--scaling",
        "--shared", Shared.dir().toString());
    assertThat(bench.exit).as(bench.err).isZero();
    assertThat(bench.out)
        .contains("2 seed documents (from 5 seeds) + 3 PLOVER-GSR sentences = 5 documents")
        .contains("detente end to end", "bare CoreNLP", "detente, 1 thread")
        .contains("NLP annotate", "actor recognition", "event coding", "store writes")
        .containsPattern("model load: dictionaries and codebook \\d+\\.\\d{2} s, CoreNLP \\(coding\\) \\d+\\.\\d{2} s")
        .contains("one-sentence document: the first after the load")
        .containsPattern("warm-up: detente \\d+ pass\\(es\\), bare \\d+")
        .containsPattern(
            "JIT compilation during the measured passes \\(median\\): detente \\d+\\.\\d{2} s, bare \\d+\\.\\d{2} s")
        .containsPattern("CPU time of the whole process: detente \\d+\\.\\d{2} s, bare \\d+\\.\\d{2} s")
        .containsPattern("detente/bare CPU = \\d+\\.\\d{2}")
        .containsPattern("threads 2/1 = \\d+\\.\\d{2}");
    assertThat(bench.lastLine()).matches("detente/bare = \\d+\\.\\d{2}");
  }

  @Test
  void theMemoryRunCodesEveryDocumentAndPrintsTheLiveHeap() {
    Cli bench = Cli.run("bench", "--memory", "--docs", "6", "--threads", "2", "--shared", Shared.dir().toString());
    assertThat(bench.exit).as(bench.err).isZero();
    assertThat(bench.out)
        .contains("documents: in=6 coded=6 rejected=0")
        .containsPattern("live heap \\(after a full GC\\): \\d+ MB with the models loaded; at each quarter of the run:"
            + "( \\d+){4} MB");
  }

  @Test
  void anUnknownNlpProfileIsRefusedWithTheProfilesThatExist() {
    Cli bench = Cli.run("bench", "--nlp-profile", "fast", "--shared", Shared.dir().toString());
    assertThat(bench.exit).isEqualTo(2);
    assertThat(bench.err).contains("was 'fast'").contains("coding, coding-no-sutime");
  }

  @Test
  void badCountsAreRefusedWithTheirValues() {
    Cli bench = Cli.run("bench", "--docs", "0", "--shared", Shared.dir().toString());
    assertThat(bench.exit).isEqualTo(2);
    assertThat(bench.err).contains("--docs").contains("0");
  }
}
