package org.detente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.analysis.PloverGsrReader;
import org.detente.analysis.PloverRecord;
import org.detente.core.Article;
import org.detente.core.Rejection;
import org.detente.ingest.DocumentReader;
import org.detente.ingest.DocumentSink;
import org.detente.ingest.IngestConfig;

/**
 * The text the benchmarks run on (#6), read at run time from the shared folder and never copied into the
 * project: the seed articles of {@code corpus/seeds} (ids and dates from its manifest) and the sentences of
 * the PLOVER-GSR set as one-sentence articles dated as the set dates them. Public for the JMH benchmarks of
 * module {@code bench}.
 */
public final class BenchCorpus {
  private static final long MAX_BYTES = 10_485_760;

  private BenchCorpus() {}

  /** The seed articles, read by the ingest stage. */
  public static List<Article> seeds(Path shared) {
    Path folder = shared.resolve("corpus/seeds");
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no seed corpus at " + folder + "; give the shared folder with --shared DIR");
    }
    List<Article> out = new ArrayList<>();
    DocumentReader reader = new DocumentReader(new IngestConfig(MAX_BYTES));
    reader.read(reader.plan(List.of(folder), Optional.empty()), new DocumentSink() {
      @Override
      public void article(Article a) {
        out.add(a);
      }

      @Override
      public void rejected(Rejection r) {
        throw new IllegalStateException("seed document not readable: " + r.problem().message());
      }
    });
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no seed documents in " + folder);
    }
    return out;
  }

  /**
   * The PLOVER-GSR sentences, each an article of its own. The set gives one id to two records
   * (PLOVER-GSR01-COERCE-0004); the second becomes "-2", as a coding run's reader would not take it twice.
   */
  public static List<Article> plover(Path shared) {
    List<Article> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (PloverRecord r : PloverGsrReader.read(shared.resolve(EvalSets.PLOVER_GSR))) {
      int n = seen.merge(r.id(), 1, Integer::sum);
      String id = n == 1 ? r.id() : r.id() + "-" + n;
      out.add(EvalSets.article(id, r.text(), "PLOVER-GSR " + id, Optional.of(r.date())));
    }
    return out;
  }
}
