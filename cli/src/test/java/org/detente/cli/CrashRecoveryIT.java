package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.detente.store.DuckDbStore;
import org.detente.store.EventQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code detente code} (SIGKILL) at seeded random moments, then lets a last run finish: the store
 * must hold every document once and exactly the events of an uninterrupted run.
 */
class CrashRecoveryIT {
  private static final long SEED = 7L;

  @TempDir Path dir;

  private static Process start(Path db, Path corpus, Path log) throws IOException {
    Path jar = Path.of("target", "detente.jar").toAbsolutePath();
    return new ProcessBuilder("java", "-Xmx2g", "-jar", jar.toString(), "code", "--db", db.toString(),
        "--threads", "1", corpus.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static List<String> events(Path db) {
    List<String> out = new ArrayList<>();
    try (DuckDbStore s = new Engine(List.of()).openStore(db)) {
      s.events(EventQuery.all(), e -> out.add(e.event().doc() + "/" + e.event().sentence() + "/" + e.event().source()
          + "/" + e.event().target() + "/" + e.event().code() + "/" + e.event().trigger()));
      assertThat(s.totals().documents()).isEqualTo(6);
    }
    out.sort(null);
    return out;
  }

  @Test
  void aKilledRunLeavesAConsistentStoreAndTheNextRunFinishesTheJob() throws Exception {
    Path corpus = Shared.repo().resolve("examples/corpus");
    Path crashed = dir.resolve("crashed.duckdb");
    Random random = new Random(SEED);
    for (int kill = 0; kill < 2; kill++) {
      Process p = start(crashed, corpus, dir.resolve("kill" + kill + ".log"));
      long waitMillis = 6_000 + random.nextInt(8_000);
      if (!p.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor();
      }
      System.out.printf("seed %d: run %d killed after %d ms%n", SEED, kill, waitMillis);
    }
    Process last = start(crashed, corpus, dir.resolve("last.log"));
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("last.log"));
    assertThat(log).contains("documents: in=6 coded=6 rejected=0");

    Path clean = dir.resolve("clean.duckdb");
    Process once = start(clean, corpus, dir.resolve("clean.log"));
    assertThat(once.waitFor(5, TimeUnit.MINUTES)).isTrue();

    List<String> afterCrashes = events(crashed);
    Set<String> distinct = new HashSet<>(afterCrashes);
    assertThat(distinct).as("nothing coded twice").hasSameSizeAs(afterCrashes);
    assertThat(afterCrashes).isEqualTo(events(clean));
  }
}
