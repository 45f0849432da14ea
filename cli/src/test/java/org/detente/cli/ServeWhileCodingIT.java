package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.store.DuckDbStore;
import org.detente.store.EventQuery;
import org.detente.store.Spool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #5: {@code detente serve} keeps answering while {@code detente code} adds documents to the same store, in
 * another process: the API never errs, its counts grow during the run, a load test run meanwhile sees no
 * error, and once the server has imported the last batch the store equals that of a run with no server.
 */
class ServeWhileCodingIT {
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:[0-9]+/)");

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private static ProcessBuilder detente(String... args) {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx2g", "-jar",
        Path.of("target", "detente.jar").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  /**
   * The six example articles, twelve times under other names: 72 documents, a batch of {@value CodingRun#WRITE_BATCH}
   * and a last one.
   */
  private Path corpus() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (var files = Files.list(Shared.repo().resolve("examples/corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        for (int copy = 1; copy <= 12; copy++) {
          Files.copy(f, corpus.resolve(f.getFileName().toString().replace(".txt", "-" + copy + ".txt")));
        }
      }
    }
    return corpus;
  }

  private long dyadEvents(String base) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/dyads?limit=500")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET /api/dyads while coding: " + r.body()).isEqualTo(200);
    long n = 0;
    for (JsonNode d : json.readTree(r.body()).path("dyads")) {
      n += d.path("events").asLong();
    }
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "api/events?limit=500")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("GET /api/events while coding: " + page.body()).isEqualTo(200);
    return n;
  }

  private static List<String> events(Path db) {
    List<String> out = new ArrayList<>();
    try (DuckDbStore s = new Engine(List.of()).openStore(db)) {
      s.events(EventQuery.all(), e -> out.add(e.event().doc() + "/" + e.event().sentence() + "/" + e.event().source()
          + "/" + e.event().target() + "/" + e.event().code() + "/" + e.event().trigger() + "/" + e.event().date()));
      assertThat(s.totals().documents()).isEqualTo(72);
    }
    out.sort(null);
    return out;
  }

  @Test
  void serveAnswersWhileCodeAddsDocumentsAndTheStoreEndsAsWithoutAServer() throws Exception {
    Path corpus = corpus();
    Path served = dir.resolve("served.duckdb");
    new Engine(List.of()).openStore(served).close();

    Process server = detente("serve", "--db", served.toString(), "--port", "0").redirectOutput(dir.resolve("serve.log").toFile())
        .start();
    try {
      String base = awaitUrl(dir.resolve("serve.log"));
      assertThat(dyadEvents(base)).isZero();

      Process code = detente("code", "--db", served.toString(), "--threads", "1", corpus.toString())
          .redirectOutput(dir.resolve("code.log").toFile()).start();
      List<Long> seen = new ArrayList<>();
      CompletableFuture<Cli> load = null;
      while (code.isAlive()) {
        long n = dyadEvents(base);
        if (seen.isEmpty() || n != seen.get(seen.size() - 1)) {
          seen.add(n);
        }
        if (load == null && n > 0) {
          // while the run still writes: a short load test against the same server
          load = CompletableFuture.supplyAsync(() -> Cli.run("load", "--url", base, "--seconds", "3", "--clients", "2"));
        }
        Thread.sleep(200);
      }
      String log = Files.readString(dir.resolve("code.log"));
      assertThat(code.exitValue()).as(log).isZero();
      assertThat(log).contains("is served by process " + server.pid()).contains("(handed to the server)")
          .contains("documents: in=72 coded=72 rejected=0");

      // the last batch is imported within a few polls of the spool
      for (int i = 0; i < 100 && !Spool.of(served).pending().isEmpty(); i++) {
        Thread.sleep(100);
      }
      Thread.sleep(1500);
      seen.add(dyadEvents(base));
      System.out.println("dyad events seen through the API during the run: " + seen);
      assertThat(seen).as("counts only grow").isSorted();
      assertThat(new HashSet<>(seen).size()).as("the count grew while the run went on: " + seen).isGreaterThanOrEqualTo(3);
      assertThat(Files.readString(dir.resolve("serve.log"))).contains("spooled batch(es) in")
          .contains(": 72 documents");

      assertThat(load).as("the load test started while coding").isNotNull();
      Cli loaded = load.get(60, TimeUnit.SECONDS);
      System.out.println(loaded.out);
      assertThat(loaded.exit).as(loaded.out + loaded.err).isZero();
      assertThat(loaded.out).contains("/api/documents/{id}").containsPattern("all +[0-9]+ .* 0\n");
    } finally {
      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Spool.of(served).server()).as("a stopped server says so").isEmpty();

    Path clean = dir.resolve("clean.duckdb");
    Process once = detente("code", "--db", clean.toString(), "--threads", "1", corpus.toString())
        .redirectOutput(dir.resolve("clean.log").toFile()).start();
    assertThat(once.waitFor(5, TimeUnit.MINUTES)).isTrue();
    List<String> afterServing = events(served);
    assertThat(new HashSet<>(afterServing)).as("nothing coded twice").hasSameSizeAs(afterServing);
    assertThat(afterServing).isNotEmpty().isEqualTo(events(clean));
  }

  private static String awaitUrl(Path log) throws IOException, InterruptedException {
    for (int i = 0; i < 600; i++) {
      Matcher m = URL.matcher(Files.readString(log));
      if (m.find()) {
        return m.group(1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("serve printed no URL in 60 s: " + Files.readString(log));
  }
}
