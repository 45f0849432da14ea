package org.detente.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code detente load}: K clients send GET requests to a running {@code detente serve} on this machine for N
 * seconds, as fast as answers come, over the main endpoints (dyads, a pair's series, event pages, documents),
 * and the command prints requests/s, p50 and p99 per endpoint and the errors (#5). The pairs and documents
 * asked for are taken from the server's own answers as they come, so it also works while {@code detente
 * code} adds documents to the store being served. Only loopback addresses are accepted as targets.
 */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Load-test a detente server on this machine"
    + " (loopback only): requests/s and p50/p99 latency per endpoint, errors.")
final class Load implements Callable<Integer> {
  private static final String[] ENDPOINTS = {"/api/dyads", "/api/dyads/{A}-{B}/series", "/api/events",
      "/api/documents/{id}"};
  private static final String[] INTERVALS = {"week", "month", "year"};

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--url", description = "the server (default: ${DEFAULT-VALUE})", defaultValue = "http://127.0.0.1:7070/")
  URI url;

  @Option(names = "--seconds", description = "how long to send requests (default: ${DEFAULT-VALUE})", defaultValue = "30")
  int seconds;

  @Option(names = "--clients", description = "concurrent clients (default: ${DEFAULT-VALUE})", defaultValue = "4")
  int clients;

  @Option(names = "--seed", description = "seed of the request mix (default: ${DEFAULT-VALUE})", defaultValue = "5")
  long seed;

  private final ObjectMapper json = new ObjectMapper();

  /** What the clients learnt from the answers: pairs and document ids to ask for. */
  private final List<String> pairs = new CopyOnWriteArrayList<>();
  private final List<String> documents = new CopyOnWriteArrayList<>();

  /** Latencies (ms) and errors of one endpoint. */
  private record Tally(ConcurrentLinkedQueue<Double> millis, AtomicLong errors, ConcurrentLinkedQueue<String> firstErrors) {
    Tally() {
      this(new ConcurrentLinkedQueue<>(), new AtomicLong(), new ConcurrentLinkedQueue<>());
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    if (seconds < 1 || seconds > 3600 || clients < 1 || clients > 256) {
      throw new IllegalArgumentException("--seconds must be 1-3600 and --clients 1-256, were " + seconds + " and " + clients);
    }
    requireLoopback(url);
    String base = url.toString().endsWith("/") ? url.toString() : url + "/";
    PrintWriter out = spec.commandLine().getOut();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .build();
    Tally[] tallies = new Tally[ENDPOINTS.length];
    Arrays.setAll(tallies, i -> new Tally());
    double loadBefore = BenchApi.load();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int k = 0; k < clients; k++) {
      Random random = new Random(seed + k);
      Thread t = new Thread(() -> {
        int i = 0;
        while (System.nanoTime() < deadline) {
          int e = i++ % ENDPOINTS.length;
          request(http, base, e, random, tallies[e]);
        }
      }, "detente-load-" + k);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    print(out, base, tallies, loadBefore);
    long errors = Arrays.stream(tallies).mapToLong(t -> t.errors().get()).sum();
    return errors == 0 ? 0 : 1;
  }

  /** Refuses any target that is not this machine's loopback interface. */
  static void requireLoopback(URI url) {
    if (!"http".equals(url.getScheme()) || url.getHost() == null) {
      throw new IllegalArgumentException("--url must be http://HOST:PORT/ on this machine, was " + url);
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
        if (!a.isLoopbackAddress()) {
          throw new IllegalArgumentException("load tests only this machine: " + url.getHost() + " is " + a.getHostAddress()
              + ", not a loopback address (use 127.0.0.1, ::1 or localhost)");
        }
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host in --url " + url + ": " + e.getMessage(), e);
    }
  }

  private void request(HttpClient http, String base, int endpoint, Random random, Tally tally) {
    String path = path(endpoint, random);
    long t0 = System.nanoTime();
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
          .build(), HttpResponse.BodyHandlers.ofString());
      double ms = (System.nanoTime() - t0) / 1e6;
      if (r.statusCode() != 200) {
        error(tally, "GET /" + path + " answered " + r.statusCode() + ": " + Detente.shorten(r.body(), 200));
        return;
      }
      tally.millis().add(ms);
      learn(endpoint, r.body());
    } catch (IOException e) {
      error(tally, "GET /" + path + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error(tally, "GET /" + path + ": interrupted");
    }
  }

  private static void error(Tally tally, String message) {
    if (tally.errors().incrementAndGet() <= 3) {
      tally.firstErrors().add(message);
    }
  }

  /** The next request to an endpoint; before the server named any pair or document, its list of pairs. */
  private String path(int endpoint, Random random) {
    Optional<String> pair = pick(pairs, random);
    Optional<String> doc = pick(documents, random);
    if (endpoint == 1 && pair.isPresent()) {
      return "api/dyads/" + pair.get() + "/series?interval=" + INTERVALS[random.nextInt(INTERVALS.length)];
    }
    if (endpoint == 2) {
      return pair.isPresent() && random.nextBoolean() ? "api/events?limit=100&dyad=" + pair.get() : "api/events?limit=100";
    }
    if (endpoint == 3 && doc.isPresent()) {
      return "api/documents/" + URLEncoder.encode(doc.get(), StandardCharsets.UTF_8).replace("+", "%20");
    }
    return "api/dyads?limit=50";
  }

  private static Optional<String> pick(List<String> from, Random random) {
    List<String> now = List.copyOf(from);
    return now.isEmpty() ? Optional.empty() : Optional.of(now.get(random.nextInt(now.size())));
  }

  private void learn(int endpoint, String body) throws IOException {
    if (endpoint == 0 && pairs.size() < 50) {
      for (JsonNode d : json.readTree(body).path("dyads")) {
        String p = d.path("a").path("key").asText() + "-" + d.path("b").path("key").asText();
        if (!pairs.contains(p)) {
          pairs.add(p);
        }
      }
    } else if (endpoint == 2 && documents.size() < 200) {
      for (JsonNode e : json.readTree(body).path("events")) {
        String id = e.path("doc").asText();
        if (!documents.contains(id)) {
          documents.add(id);
        }
      }
    }
  }

  private void print(PrintWriter out, String base, Tally[] tallies, double loadBefore) {
    out.printf(Locale.ROOT, "load: %s, %d client(s), %d s%n", base, clients, seconds);
    out.printf(Locale.ROOT, "%-28s %9s %8s %8s %8s %8s %7s%n", "endpoint", "requests", "req/s", "p50 ms", "p99 ms", "max ms",
        "errors");
    List<Double> all = new ArrayList<>();
    long errors = 0;
    for (int i = 0; i < ENDPOINTS.length; i++) {
      line(out, ENDPOINTS[i], new ArrayList<>(tallies[i].millis()), tallies[i].errors().get());
      all.addAll(tallies[i].millis());
      errors += tallies[i].errors().get();
    }
    line(out, "all", all, errors);
    for (Tally t : tallies) {
      t.firstErrors().forEach(e -> out.println("  error: " + e));
    }
    // other work on the machine slows every request: say how busy it was
    out.printf(Locale.ROOT, "cores: %d; load average (1 min): %.2f before, %.2f after%n",
        Runtime.getRuntime().availableProcessors(), loadBefore, BenchApi.load());
    out.flush();
  }

  private void line(PrintWriter out, String name, List<Double> millis, long errors) {
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      out.printf(Locale.ROOT, "%-28s %9d %8s %8s %8s %8s %7d%n", name, 0, "-", "-", "-", "-", errors);
      return;
    }
    out.printf(Locale.ROOT, "%-28s %9d %8.1f %8.1f %8.1f %8.1f %7d%n", name, sorted.length, sorted.length / (double) seconds,
        BenchApi.percentile(sorted, 50), BenchApi.percentile(sorted, 99), sorted[sorted.length - 1], errors);
  }
}
