package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.store.Dyad;
import org.detente.store.EventFilter;
import org.detente.store.Interval;
import org.detente.store.PeriodCount;
import org.detente.store.StoreReader;
import org.detente.web.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web commands as a user runs them: the seed articles coded with their manifest, served by
 * {@code detente serve} and read in a real browser; {@code run --serve}; {@code report}.
 */
class WebIT {
  @TempDir static Path dir;
  private static Path db;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void codeTheSeeds() {
    db = dir.resolve("seeds.duckdb");
    Cli code = Cli.run("code", "--db", db.toString(), Shared.seeds().toString(),
        "--manifest", Shared.seeds().resolve("manifest.jsonl").toString());
    assertThat(code.exit).as(code.err).isZero();
    assertThat(code.lastLine()).isEqualTo("documents: in=5 coded=5 rejected=0");
  }

  /** A command that serves, run on its own thread; stopped by interrupting it, as Ctrl-C stops the real one. */
  private static final class Serving implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Thread thread;
    volatile int exit = -1;

    Serving(String... args) {
      var cl = Detente.commandLine();
      cl.setOut(new PrintWriter(out, true));
      cl.setErr(new PrintWriter(err, true));
      thread = new Thread(() -> exit = cl.execute(args), "detente-under-test");
      thread.start();
    }

    /** The URL the command printed, waiting up to {@code seconds} for it. */
    String url(int seconds) throws InterruptedException {
      Pattern p = Pattern.compile("serving .* at (http://\\S+/) ");
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (System.nanoTime() < end && thread.isAlive()) {
        Matcher m = p.matcher(out.toString());
        if (m.find()) {
          return m.group(1);
        }
        Thread.sleep(100);
      }
      throw new AssertionError("no URL printed; out: " + out + " err: " + err);
    }

    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(TimeUnit.SECONDS.toMillis(20));
      assertThat(thread.isAlive()).as("the command stops when interrupted").isFalse();
      return exit;
    }

    @Override
    public void close() throws InterruptedException {
      if (thread.isAlive()) {
        stop();
      }
    }
  }

  private static JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  void theSeedsPageChartsTheStoredPeriodsListsABarsEventsAndHighlightsAnEventsSentence() throws Exception {
    List<PeriodCount> stored;
    try (StoreReader reader = StoreReader.open(db, 1)) {
      stored = reader.series(EventFilter.all().withDyad(new Dyad("JPN", "RUS")), Interval.MONTH).periods();
    }
    assertThat(stored).as("the seeds hold Japan-Russia events").isNotEmpty();
    Map<String, Long> expected = new HashMap<>();
    for (PeriodCount p : stored) {
      expected.put(p.start().toString().substring(0, 7), p.events());
    }

    try (Serving serve = new Serving("serve", "--db", db.toString(), "--port", "0");
        Browser browser = Browser.open()) {
      String url = serve.url(60);
      browser.get(url + "#dyad=JPN-RUS&interval=month");
      browser.awaitReady();
      assertThat(browser.find("#dyad-title").getText()).isEqualTo("Japan (JPN) – Russia (RUS)");

      List<String> periods = browser.chartPeriods();
      @SuppressWarnings("unchecked")
      List<Number> totals = (List<Number>) browser.script("var o = detente.chart.getOption();"
          + " return o.xAxis[0].data.map(function (_, i) { var n = 0;"
          + " for (var s = 0; s < 4; s++) { n += o.series[s].data[i]; } return n; });");
      Map<String, Long> charted = new HashMap<>();
      for (int i = 0; i < periods.size(); i++) {
        if (totals.get(i).longValue() > 0) {
          charted.put(periods.get(i), totals.get(i).longValue());
        }
      }
      assertThat(charted).as("each stored month with its count, and no other month with events").isEqualTo(expected);

      PeriodCount busiest = stored.stream().max((x, y) -> Long.compare(x.events(), y.events())).orElseThrow();
      String label = busiest.start().toString().substring(0, 7);
      browser.clickPeriod(label);
      int rows = (int) Math.min(busiest.events(), 100);
      browser.await().until(d -> browser.findAll("#events tbody tr").size() == rows);
      JsonNode api = get(url + "api/events?dyad=JPN-RUS&from=" + busiest.start() + "&to="
          + busiest.start().plusMonths(1).minusDays(1) + "&limit=100");
      List<String> listed = new ArrayList<>();
      for (WebElement tr : browser.findAll("#events tbody tr")) {
        listed.add(tr.getDomAttribute("data-id"));
      }
      List<String> ids = new ArrayList<>();
      api.get("events").forEach(e -> ids.add(e.get("id").asText()));
      assertThat(listed).as("the bar's events, in order").isEqualTo(ids);
      assertThat(browser.find("#events-title").getText()).isEqualTo("Events in " + label + " (" + busiest.events() + ")");

      WebElement first = browser.findAll("#events tbody tr").get(0);
      assertThat(first.findElement(By.cssSelector(".mode")).getText()).isEqualTo(api.at("/events/0/mode").asText());
      first.click();
      WebElement evidence = browser.awaitVisible("#article mark.evidence");
      assertThat(evidence.getText().replaceAll("\\s+", " ").strip())
          .isEqualTo(api.at("/events/0/evidence").asText().replaceAll("\\s+", " ").strip());
      assertThat(evidence.getDomAttribute("data-event")).isEqualTo(ids.get(0));
      assertThat((Boolean) browser.script("var r = arguments[0].getBoundingClientRect(),"
          + " box = document.getElementById('article').getBoundingClientRect();"
          + " return r.top < box.bottom && r.bottom > box.top;", evidence)).as("scrolled into view").isTrue();
      assertThat(browser.find("#article-title").getText()).isNotBlank();
      browser.screenshot(Path.of("target", "screenshots", "seeds-JPN-RUS.png"));
      assertThat(serve.stop()).isZero();
    }
  }

  @Test
  void runWithServeCodesPrintsItsSummaryThenServesUntilStopped() throws Exception {
    Path in = Files.createDirectories(dir.resolve("one"));
    Files.writeString(in.resolve("talks.txt"), "Japan and Russia held talks in Moscow on Monday.", StandardCharsets.UTF_8);
    Path store = dir.resolve("one.duckdb");
    try (Serving run = new Serving("run", "--db", store.toString(), in.toString(), "--serve", "--port", "0")) {
      String url = run.url(300);
      String printed = run.out.toString();
      assertThat(printed.indexOf("documents: in=1 coded=1 rejected=0")).as(printed)
          .isBetween(0, printed.indexOf("serving "));
      JsonNode dyads = get(url + "api/dyads");
      assertThat(dyads.at("/dyads/0/a/key").asText() + "-" + dyads.at("/dyads/0/b/key").asText()).isEqualTo("JPN-RUS");
      assertThat(run.stop()).isZero();
    }
  }

  @Test
  void reportWritesOneSelfContainedFile() throws IOException {
    Path out = Path.of("target", "reports", "seeds-JPN-RUS.html").toAbsolutePath();
    Files.createDirectories(out.getParent());
    Cli report = Cli.run("report", "--db", db.toString(), "--dyad", "jpn-rus", "--out", out.toString());
    assertThat(report.exit).as(report.err).isZero();
    assertThat(report.lastLine()).startsWith("report JPN-RUS: ").contains(" month periods");
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).contains("window.DETENTE_REPORT = {").doesNotContain("<script src").doesNotContain("src=\"http");
    assertThat(Files.list(out.getParent())).noneMatch(p -> p.toString().endsWith(".tmp"));
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    Cli missing = Cli.run("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0");
    assertThat(missing.exit).isEqualTo(2);
    assertThat(missing.err).contains("no store at").contains("none.duckdb");
    Cli port = Cli.run("serve", "--db", db.toString(), "--port", "70000");
    assertThat(port.exit).isEqualTo(2);
    assertThat(port.err).contains("--port must be 0-65535, was 70000");
    Cli nobody = Cli.run("report", "--db", db.toString(), "--dyad", "JPN-ATA", "--out", dir.resolve("x.html").toString());
    assertThat(nobody.exit).isEqualTo(2);
    assertThat(nobody.err).contains("no events between JPN and ATA");
    Cli interval = Cli.run("report", "--db", db.toString(), "--dyad", "JPN-RUS", "--interval", "day", "--out",
        dir.resolve("y.html").toString());
    assertThat(interval.err).contains("not an interval: 'day'");
  }

  @Test
  void theBenchmarkRunsOnASmallSyntheticStore() {
    Cli bench = Cli.run("bench-api", "--events", "3000", "--requests", "3", "--warmup", "1");
    assertThat(bench.exit).as(bench.err).isZero();
    assertThat(bench.out).contains("3,000 synthetic events").contains("all series requests").contains("all events requests");
    assertThat(Optional.of(bench.out)).hasValueSatisfying(o -> assertThat(o).contains("p99 ms"));
  }
}
