package org.detente.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.detente.analysis.GoldEvent;
import org.detente.analysis.GoldReader;
import org.detente.analysis.Pentaclass;
import org.detente.analysis.PloverGsrReader;
import org.detente.analysis.PloverScorer;
import org.detente.analysis.Prediction;
import org.detente.analysis.Scorer;
import org.detente.nlp.NlpConfig;
import org.detente.store.DuckDbStore;
import org.detente.store.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code detente eval}: scores the coder against the project's gold format (eval/FORMAT.md), the PLOVER
 * gold-standard records, or the CAMEO pentaclass sentences.
 */
@Command(name = "eval", description = "Score the coder against gold: the project's gold format (eval/FORMAT.md), "
    + "PLOVER-GSR records, or CAMEO pentaclass sentences.")
final class EvalCommand implements Callable<Integer> {
  /** The gold sets {@code eval} reads. */
  enum Format {
    GOLD("gold"),
    PLOVER_GSR("plover-gsr"),
    PENTACLASS("pentaclass");

    final String label;

    Format(String label) {
      this.label = label;
    }

    static Format parse(String text) {
      for (Format f : values()) {
        if (f.label.equals(text)) {
          return f;
        }
      }
      throw new IllegalArgumentException("--format wants gold, plover-gsr or pentaclass, was '" + text + "'");
    }
  }

  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin Detente.CodeOptions coding;
  @Mixin Detente.DictionaryOptions dictionaries;

  @Option(names = "--format", defaultValue = "gold",
      description = "gold (JSON Lines, eval/FORMAT.md), plover-gsr or pentaclass (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--gold", description = "gold file; required for --format gold, default for the others: "
      + "../shared/validation/PLOVER_GSR_CAMEO.txt or .../conflibert_cameo_train/cameo_class_train.tsv")
  Optional<Path> gold = Optional.empty();

  @Option(names = "--db", description = "--format gold: store to code into and read from (default: a temporary store)")
  Optional<Path> db = Optional.empty();

  @Option(names = "--quiet", description = "print only the figures, not every miss")
  boolean quiet;

  @Parameters(description = "--format gold: documents to code before scoring (with --manifest, its folder is used)")
  List<Path> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Format f = Format.parse(format);
    if (f != Format.GOLD && (!inputs.isEmpty() || coding.manifest.isPresent() || db.isPresent())) {
      throw new IllegalArgumentException("--format " + f.label + " codes the sentences of its gold file: "
          + "INPUT, --manifest and --db apply to --format gold only");
    }
    PrintWriter out = spec.commandLine().getOut();
    Engine engine = dictionaries.engine(spec.commandLine().getErr());
    if (f == Format.GOLD) {
      gold(out, engine, gold.orElseThrow(() -> new IllegalArgumentException("--format gold needs --gold FILE")));
      return 0;
    }
    Path file = gold.orElseGet(() -> defaultSet(f == Format.PLOVER_GSR ? EvalSets.PLOVER_GSR : EvalSets.PENTACLASS));
    EvalSets sets = new EvalSets(engine, engine.pipeline(NlpConfig.named(coding.nlpProfile)), threads(),
        new PrintStream(System.err, true, StandardCharsets.UTF_8), System.console() != null);
    if (f == Format.PLOVER_GSR) {
      EvalSets.Scored<PloverScorer.Report> r = sets.plover(PloverGsrReader.read(file));
      EvalReports.plover(out, file, r.report(), r.notCoded(), quiet);
    } else {
      EvalSets.Scored<Pentaclass.Report> r = sets.pentaclass(Pentaclass.read(file));
      EvalReports.pentaclass(out, file, r.report(), r.notCoded(), quiet);
    }
    return 0;
  }

  private int threads() {
    if (coding.threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, was " + coding.threads);
    }
    return coding.threads;
  }

  private static Path defaultSet(Path relative) {
    Path p = Path.of(System.getProperty("detente.home", ".")).resolve(EvalSets.SHARED).resolve(relative).normalize();
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("no gold set at " + p + "; give its place with --gold FILE");
    }
    return p;
  }

  private void gold(PrintWriter out, Engine engine, Path goldFile) throws IOException {
    List<GoldEvent> goldEvents = GoldReader.read(goldFile);
    Path file = db.isPresent() ? db.get() : Files.createTempDirectory("detente-eval").resolve("eval.duckdb");
    try (DuckDbStore store = engine.openStore(file)) {
      if (!inputs.isEmpty() || coding.manifest.isPresent()) {
        CodingRun.Counts c = Detente.code(engine, store, inputs, coding);
        out.println(c.line());
      }
      Set<String> docs = new HashSet<>();
      goldEvents.forEach(g -> docs.add(g.doc()));
      List<Prediction> predictions = new ArrayList<>();
      for (Prediction p : Detente.predictions(store, EventQuery.all())) {
        if (docs.contains(p.doc())) {
          predictions.add(p);
        }
      }
      EvalReports.gold(out, Scorer.score(goldEvents, predictions), quiet);
    } finally {
      if (db.isEmpty()) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling("eval.duckdb.wal"));
        Files.deleteIfExists(file.getParent());
      }
    }
  }
}
