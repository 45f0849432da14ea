package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.detente.core.ProblemKind;
import org.detente.store.DuckDbStore;
import org.detente.store.StoreReader;
import org.detente.store.StoredReject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code detente code} over a generated folder of hostile inputs (#5): every input is coded or rejected with a
 * reason naming its file (and line, or WARC offset), the run goes to its end, and its counts add up.
 */
class HostileCorpusIT {
  @TempDir Path dir;

  private static List<StoredReject> rejects(String db) {
    try (DuckDbStore s = new Engine(List.of()).openStore(Path.of(db))) {
      return s.rejects();
    }
  }

  @Test
  void everyHostileInputIsCodedOrRejectedWithItsFileAndTheRunEndsWithItsCounts() throws IOException {
    Path in = Files.createDirectory(dir.resolve("hostile"));
    Map<String, HostileCorpus.Expected> want = HostileCorpus.write(in);
    String db = dir.resolve("h.duckdb").toString();

    long t0 = System.nanoTime();
    Cli code = Cli.run("code", "--db", db, "--threads", "2", in.toString());
    System.out.printf("seed %d: hostile corpus coded in %d ms%n", HostileCorpus.SEED, (System.nanoTime() - t0) / 1_000_000);
    assertThat(code.exit).as(code.err).isZero();

    List<StoredReject> rejects = rejects(db);
    long rejected = 0;
    List<String> coded = new ArrayList<>();
    for (Map.Entry<String, HostileCorpus.Expected> e : want.entrySet()) {
      String key = e.getKey();
      String file = key.replaceAll("[:@].*", "");
      List<StoredReject> mine = rejects.stream().filter(r -> r.origin().endsWith(key)).toList();
      if (e.getValue().id().isPresent() && (e.getValue().kind().isEmpty() || mine.isEmpty())) {
        coded.add(e.getValue().id().get());
        assertThat(mine).as(key + " is not rejected").isEmpty();
        continue;
      }
      rejected++;
      assertThat(mine).as(key).singleElement().satisfies(r -> {
        assertThat(r.kind()).as(key + ": " + r.message()).isEqualTo(e.getValue().kind().orElseThrow());
        assertThat(r.message()).as("the reason names the input").contains(file).contains(key);
      });
    }
    assertThat(rejects).as("one stored reject per rejected input").hasSize((int) rejected);
    assertThat(code.lastLine()).isEqualTo(
        "documents: in=" + want.size() + " coded=" + (want.size() - rejected) + " rejected=" + rejected);

    try (StoreReader reader = StoreReader.open(Path.of(db), 1)) {
      for (String id : coded) {
        assertThat(reader.document(id)).as(id + " is stored").isPresent();
      }
      assertThat(reader.document("utf16").orElseThrow().text()).isEqualTo("Japan and Russia held talks in Moscow.");
      assertThat(reader.document("latin1").orElseThrow().text()).contains("Z\u00fcrich");
      assertThat(reader.document(HostileCorpus.WARC_URL).orElseThrow().text())
          .isEqualTo("Japan and Russia held talks in Moscow.");
    }

    Cli listed = Cli.run("rejects", "--db", db);
    assertThat(listed.out).contains(rejected + " rejected documents").contains("huge.txt")
        .contains("over the limit of 10485760").contains("docs.jsonl:2");
  }

  @Test
  void aRunThatCouldReadNothingEndsWithItsCountsAndExitsNonZero() throws IOException {
    Path in = Files.createDirectory(dir.resolve("bad"));
    Files.write(in.resolve("a.txt"), new byte[] {0, 1, 2});
    Files.writeString(in.resolve("b.jsonl"), "{\"text\":\n", StandardCharsets.UTF_8);
    Cli code = Cli.run("code", "--db", dir.resolve("bad.duckdb").toString(), in.toString());
    assertThat(code.exit).isEqualTo(1);
    assertThat(code.lastLine()).isEqualTo("documents: in=2 coded=0 rejected=2");

    Cli none = Cli.run("code", "--db", dir.resolve("none.duckdb").toString(), Files.createDirectory(dir.resolve("void")).toString());
    assertThat(none.exit).isEqualTo(1);
    assertThat(none.lastLine()).isEqualTo("documents: in=0 coded=0 rejected=0");
    assertThat(none.err).contains("no documents found");
  }

  @Test
  void retryingRejectsCodesWhatWasFixedAndKeepsTheNewReasonOfWhatWasNot() throws IOException {
    Path in = Files.createDirectory(dir.resolve("retry"));
    Files.writeString(in.resolve("good.txt"), "Japan and Russia held talks in Moscow.", StandardCharsets.UTF_8);
    Files.write(in.resolve("fixed.txt"), new byte[] {0, 1, 2});
    Files.writeString(in.resolve("still.txt"), "   ", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("docs.jsonl"), "{\"id\":\"j1\",\"text\":\"France met Germany.\"}\n{\"id\":\"j2\",\"text\":\n",
        StandardCharsets.UTF_8);
    String db = dir.resolve("r.duckdb").toString();
    assertThat(Cli.run("code", "--db", db, in.toString()).lastLine()).isEqualTo("documents: in=5 coded=2 rejected=3");
    assertThat(rejects(db)).extracting(StoredReject::kind)
        .containsExactlyInAnyOrder(ProblemKind.NOT_TEXT, ProblemKind.EMPTY, ProblemKind.MALFORMED);

    Files.writeString(in.resolve("fixed.txt"), "China and India signed an agreement in Beijing.", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("docs.jsonl"), "{\"id\":\"j1\",\"text\":\"France met Germany.\"}\n"
        + "{\"id\":\"j2\",\"text\":\"Brazil hosted Argentina.\"}\n", StandardCharsets.UTF_8);
    Files.write(in.resolve("still.txt"), new byte[] {7, 0, 7});
    Cli retry = Cli.run("code", "--db", db, "--retry-rejects");
    assertThat(retry.out).contains("retrying 3 rejected documents");
    // docs.jsonl is read whole again: j1 is already coded, j2 now codes
    assertThat(retry.lastLine()).isEqualTo("documents: in=4 coded=3 rejected=1");
    assertThat(rejects(db)).singleElement().satisfies(r -> {
      assertThat(r.origin()).endsWith("still.txt");
      assertThat(r.kind()).isEqualTo(ProblemKind.NOT_TEXT);
    });

    Files.writeString(in.resolve("still.txt"), "Japan and Korea met.", StandardCharsets.UTF_8);
    assertThat(Cli.run("code", "--db", db, "--retry-rejects").lastLine()).isEqualTo("documents: in=1 coded=1 rejected=0");
    Cli listed = Cli.run("rejects", "--db", db);
    assertThat(listed.lastLine()).isEqualTo("0 rejected documents");
    try (DuckDbStore s = new Engine(List.of()).openStore(Path.of(db))) {
      assertThat(s.totals().documents()).isEqualTo(5);
    }
  }
}
