package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands a user runs, on the shipped example corpus and on a folder with bad files. */
class CliIT {
  @TempDir Path dir;

  @Test
  void runCodesTheExampleCorpusOnceAndExportsEveryFormat() throws IOException {
    String db = dir.resolve("ex.duckdb").toString();
    Path corpus = Shared.repo().resolve("examples/corpus");
    Cli first = Cli.run("run", "--db", db, corpus.toString());
    assertThat(first.exit).as(first.err).isZero();
    assertThat(first.lastLine()).isEqualTo("documents: in=6 coded=6 rejected=0");
    assertThat(first.out).contains("top dyads");

    Cli again = Cli.run("code", "--db", db, corpus.toString());
    assertThat(again.out).contains("events: 0 new");
    assertThat(again.lastLine()).isEqualTo("documents: in=6 coded=6 rejected=0");

    Cli events = Cli.run("events", "--db", db, "--dyad", "JPN-RUS");
    assertThat(events.exit).isZero();
    List<String> dates = new ArrayList<>();
    for (String line : events.out.split("\n")) {
      if (line.matches("\\d{4}.*")) {
        dates.add(line.substring(0, 10).strip());
        assertThat(line).contains("JPN").contains("RUS");
      }
    }
    assertThat(dates).isNotEmpty().isSorted();

    Path jsonl = dir.resolve("e.jsonl");
    assertThat(Cli.run("export", "--db", db, "--format", "jsonl", "--out", jsonl.toString()).exit).isZero();
    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    assertThat(lines).isNotEmpty();
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode n = json.readTree(line);
      List<String> fields = new ArrayList<>();
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        fields.add(it.next());
      }
      assertThat(fields).containsExactlyElementsOf(EventFormat.COLUMNS);
      String doc = Files.readString(corpus.resolve(n.get("doc_id").asText() + ".txt"), StandardCharsets.UTF_8);
      assertThat(doc.substring(n.get("start").asInt(), n.get("end").asInt())).isEqualTo(n.get("evidence").asText());
      assertThat(n.get("root").asText()).isEqualTo(n.get("code").asText().substring(0, 2));
    }

    Path csv = dir.resolve("e.csv");
    Cli.run("export", "--db", db, "--format", "csv", "--out", csv.toString());
    assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8).get(0)).isEqualTo(String.join(",", EventFormat.COLUMNS));

    Path gdelt = dir.resolve("e.tsv");
    Cli.run("export", "--db", db, "--format", "gdelt", "--out", gdelt.toString());
    List<String> rows = Files.readAllLines(gdelt, StandardCharsets.UTF_8);
    assertThat(rows).hasSameSizeAs(lines);
    assertThat(rows).allSatisfy(r -> assertThat(r.split("\t", -1)).hasSize(61));
  }

  @Test
  void badFilesAreRejectedWithTheReasonAndTheRunStillEndsWithItsCounts() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "Japan and Russia held talks in Moscow on Monday.", StandardCharsets.UTF_8);
    Files.write(in.resolve("bad.txt"), new byte[] {0, 1, 2, 3});
    Files.writeString(in.resolve("empty.txt"), "   ", StandardCharsets.UTF_8);
    String db = dir.resolve("bad.duckdb").toString();
    Cli code = Cli.run("code", "--db", db, in.toString());
    assertThat(code.exit).isZero();
    assertThat(code.lastLine()).isEqualTo("documents: in=3 coded=1 rejected=2");
    Cli rejects = Cli.run("rejects", "--db", db);
    assertThat(rejects.out).contains("NOT_TEXT").contains("bad.txt").contains("EMPTY").contains("empty.txt");
  }

  @Test
  void aBadArgumentSaysWhatIsWrong() {
    Cli bad = Cli.run("events", "--db", dir.resolve("x.duckdb").toString(), "--dyad", "JPNRUS");
    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.err).contains("--dyad").contains("JPN-RUS");
  }
}
