package org.detente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.detente.store.DuckDbStore;
import org.detente.store.DyadCount;
import org.detente.store.Spool;
import org.detente.store.StoreReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code detente bench-api}: fills a store with synthetic events (or reuses one), serves it exactly as
 * {@code detente serve} does, and measures the latency of the series and events endpoints over HTTP, one
 * request at a time from a client in the same process. A benchmark, not a test: it prints its figures.
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true, description = "Benchmark the web API on a store of synthetic events: p50/p99 latency"
    + " of the series and events endpoints.")
final class BenchApi implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--events", description = "synthetic events to store (default: ${DEFAULT-VALUE})",
      defaultValue = "1000000")
  int events;

  @Option(names = "--db", description = "store to fill, or to reuse if it exists (default: a temporary one,"
      + " deleted afterwards)")
  Optional<Path> db = Optional.empty();

  @Option(names = "--requests", description = "measured requests per kind (default: ${DEFAULT-VALUE})",
      defaultValue = "300")
  int requests;

  @Option(names = "--warmup", description = "unmeasured requests per kind first (default: ${DEFAULT-VALUE})",
      defaultValue = "100")
  int warmup;

  @Option(names = "--seed", description = "seed of the synthetic data and of the request mix (default:"
      + " ${DEFAULT-VALUE})", defaultValue = "20240921")
  long seed;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (events < 1 || requests < 1 || warmup < 0) {
      throw new IllegalArgumentException("--events and --requests must be >= 1, --warmup >= 0");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path file = db.isPresent() ? db.get() : Files.createTempDirectory("detente-bench").resolve("bench.duckdb");
    try {
      Engine engine = new Engine(List.of());
      fill(engine, file, out);
      List<DyadCount> dyads;
      // before serving: the server owns the file
      try (StoreReader r = StoreReader.open(file, 1)) {
        dyads = r.dyads(Optional.empty(), 200);
      }
      try (Serving s = Serving.start(file, engine.labels(), "127.0.0.1", 0, out)) {
        double before = load();
        measure(s.url(), dyads, out);
        // other work on the machine slows every request: say how busy it was
        out.printf(Locale.ROOT, "%ncores: %d; load average (1 min): %.2f before measuring, %.2f after%n",
            Runtime.getRuntime().availableProcessors(), before, load());
      }
    } finally {
      if (db.isEmpty()) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
        Spool.of(file).deleteWithStore();
        Files.deleteIfExists(file.getParent());
      }
    }
    return 0;
  }

  private void fill(Engine engine, Path file, PrintWriter out) {
    try (DuckDbStore store = engine.openStore(file)) {
      long have = store.totals().events();
      if (have >= events) {
        out.printf(Locale.ROOT, "store %s: reusing its %,d events%n", file, have);
        return;
      }
      if (have > 0) {
        throw new IllegalArgumentException(file + " holds " + have + " events, fewer than --events " + events
            + ": give a new file, or none for a temporary one");
      }
      long t0 = System.nanoTime();
      new SyntheticEvents(engine, seed).fill(store, events, 20);
      DuckDbStore.Totals t = store.totals();
      out.printf(Locale.ROOT, "store %s: %,d synthetic events in %,d documents, written in %.1f s%n", file, t.events(),
          t.documents(), (System.nanoTime() - t0) / 1e9);
    }
    out.flush();
  }

  /** The 1-minute load average of the machine. */
  static double load() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** One kind of request: a name and the next URL path to ask for. */
  private record Kind(String name, String group, Supplier<String> next) {}

  private void measure(String base, List<DyadCount> dyads, PrintWriter out) throws IOException, InterruptedException {
    // the busiest pair, and pairs of middling and little activity
    List<DyadCount> picks = new ArrayList<>();
    for (int rank : new int[] {0, 4, 19, 99}) {
      if (rank < dyads.size()) {
        picks.add(dyads.get(rank));
      }
    }
    out.println("pairs queried: " + picks.stream().map(d -> d.a() + "-" + d.b() + " (" + d.events() + ")").toList());
    java.util.Random random = new java.util.Random(seed);
    String[] intervals = {"week", "month", "year"};
    String[] modes = {"asserted", "future", "negated", "hypothetical"};
    DyadCount top = picks.get(0);
    String topDyad = top.a() + "-" + top.b();
    String[] cursor = {null};
    int[] pageInChain = {0};

    List<Kind> kinds = List.of(
        new Kind("series, whole range, week|month|year", "series", () -> {
          DyadCount d = picks.get(random.nextInt(picks.size()));
          return "/api/dyads/" + d.a() + "-" + d.b() + "/series?interval=" + intervals[random.nextInt(3)];
        }),
        new Kind("series, 2 years, week|month|year", "series", () -> {
          DyadCount d = picks.get(random.nextInt(picks.size()));
          int y = 2000 + random.nextInt(23);
          return "/api/dyads/" + d.a() + "-" + d.b() + "/series?interval=" + intervals[random.nextInt(3)] + "&from=" + y
              + "-01-01&to=" + (y + 1) + "-12-31";
        }),
        new Kind("events, dyad, first page of 100", "events", () -> {
          DyadCount d = picks.get(random.nextInt(picks.size()));
          return "/api/events?dyad=" + d.a() + "-" + d.b() + "&limit=100";
        }),
        new Kind("events, dyad, one month (a bar's click)", "events", () -> {
          int y = 2000 + random.nextInt(25);
          int m = 1 + random.nextInt(12);
          String from = String.format(Locale.ROOT, "%d-%02d-01", y, m);
          String to = java.time.LocalDate.parse(from).plusMonths(1).minusDays(1).toString();
          return "/api/events?dyad=" + topDyad + "&from=" + from + "&to=" + to + "&limit=100";
        }),
        new Kind("events, dyad + root + mode", "events", () -> {
          DyadCount d = picks.get(random.nextInt(picks.size()));
          return "/api/events?dyad=" + d.a() + "-" + d.b() + "&root=" + (1 + random.nextInt(20)) + "&mode="
              + modes[random.nextInt(4)] + "&limit=100";
        }),
        new Kind("events, next page by cursor (pages 2-20)", "events", () -> {
          if (cursor[0] == null || pageInChain[0] >= 20) {
            cursor[0] = null;
            pageInChain[0] = 0;
            return "/api/events?dyad=" + topDyad + "&limit=100";
          }
          return "/api/events?dyad=" + topDyad + "&limit=100&cursor=" + URLEncoder.encode(cursor[0], StandardCharsets.UTF_8);
        }),
        new Kind("events, actor, first page", "events", () -> "/api/events?actor="
            + picks.get(random.nextInt(picks.size())).a() + "&limit=100"),
        new Kind("events, no filter, first page", "events", () -> "/api/events?limit=100"),
        new Kind("events, words in the evidence (q)", "events", () -> "/api/events?q="
            + URLEncoder.encode(new String[] {"pipeline", "fishing rights", "ceasefire", "visa"}[random.nextInt(4)],
                StandardCharsets.UTF_8) + "&limit=100"));

    Map<String, List<Double>> byGroup = new LinkedHashMap<>();
    out.printf(Locale.ROOT, "%n%-44s %6s %8s %8s %8s%n", "request", "n", "p50 ms", "p99 ms", "max ms");
    for (Kind k : kinds) {
      boolean chained = k.name().contains("cursor");
      for (int i = 0; i < warmup; i++) {
        JsonNode n = get(base, k.next().get());
        follow(chained, n, cursor, pageInChain);
      }
      double[] ms = new double[requests];
      for (int i = 0; i < requests; i++) {
        String path = k.next().get();
        long t0 = System.nanoTime();
        JsonNode n = get(base, path);
        ms[i] = (System.nanoTime() - t0) / 1e6;
        follow(chained, n, cursor, pageInChain);
      }
      List<Double> all = byGroup.computeIfAbsent(k.group(), g -> new ArrayList<>());
      for (double x : ms) {
        all.add(x);
      }
      print(out, k.name(), ms);
    }
    out.println();
    for (Map.Entry<String, List<Double>> g : byGroup.entrySet()) {
      print(out, "all " + g.getKey() + " requests", g.getValue().stream().mapToDouble(Double::doubleValue).toArray());
    }
    out.flush();
  }

  private static void follow(boolean chained, JsonNode page, String[] cursor, int[] pageInChain) {
    if (chained) {
      JsonNode next = page.get("next");
      cursor[0] = next == null || next.isNull() ? null : next.asText();
      pageInChain[0]++;
    }
  }

  private JsonNode get(String base, String path) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return json.readTree(r.body());
  }

  private static void print(PrintWriter out, String name, double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    out.printf(Locale.ROOT, "%-44s %6d %8.1f %8.1f %8.1f%n", name, sorted.length, percentile(sorted, 50),
        percentile(sorted, 99), sorted[sorted.length - 1]);
    out.flush();
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
