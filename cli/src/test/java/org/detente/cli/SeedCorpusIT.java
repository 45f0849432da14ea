package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.detente.analysis.GoldReader;
import org.detente.analysis.Prediction;
import org.detente.analysis.Scorer;
import org.detente.store.DuckDbStore;
import org.detente.store.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Codes the five seed articles with their manifest and scores them against the project's own gold. */
class SeedCorpusIT {
  @TempDir Path dir;

  @Test
  void codesTheSeedsAndStaysAboveTheRecordedFloors() throws IOException {
    Path db = dir.resolve("seeds.duckdb");
    Cli code = Cli.run("code", "--db", db.toString(), Shared.seeds().toString(),
        "--manifest", Shared.seeds().resolve("manifest.jsonl").toString());
    assertThat(code.exit).as(code.err).isZero();
    assertThat(code.lastLine()).isEqualTo("documents: in=5 coded=5 rejected=0");

    Engine engine = new Engine(List.of());
    List<Prediction> predictions = new ArrayList<>();
    try (DuckDbStore store = engine.openStore(db)) {
      store.events(EventQuery.all(), e -> predictions.add(new Prediction(e.event(), e.sourceKey(), e.targetKey())));
    }
    Path gold = Path.of("src/test/resources/gold/seeds.gold.jsonl");
    Scorer.Report r = Scorer.score(GoldReader.read(gold), predictions);
    Properties floors = floors();
    System.out.printf("seeds: recall %.3f precision %.3f F1 %.3f dates %.3f modes %.3f%n", r.recall(), r.precision(),
        r.f1(), r.dateAccuracy(), r.modeAccuracy());
    assertThat(r.f1()).as("F1").isGreaterThanOrEqualTo(floor(floors, "f1"));
    assertThat(r.precision()).as("precision").isGreaterThanOrEqualTo(floor(floors, "precision"));
    assertThat(r.dateAccuracy()).as("date accuracy").isGreaterThanOrEqualTo(floor(floors, "dates"));
    assertThat(r.modeAccuracy()).as("mode accuracy").isGreaterThanOrEqualTo(floor(floors, "modes"));

    Cli eval = Cli.run("eval", "--gold", gold.toString(), "--db", db.toString(), "--quiet");
    assertThat(eval.exit).as(eval.err).isZero();
    assertThat(eval.out).contains(String.format(java.util.Locale.ROOT, "F1        %.3f", r.f1()));
    assertThat(eval.out).contains("precision at confidence >= 0.5: ").contains("precision at confidence >= 0.8: ");
    assertThat(eval.out).containsPattern("(?m)^  04 +\\d+ +\\d+ ");
  }

  private static Properties floors() throws IOException {
    Properties p = new Properties();
    try (InputStream in = SeedCorpusIT.class.getResourceAsStream("/gold/seeds.floors.properties")) {
      p.load(in);
    }
    return p;
  }

  private static double floor(Properties p, String key) {
    return Double.parseDouble(p.getProperty(key));
  }
}
