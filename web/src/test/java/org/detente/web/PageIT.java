package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.detente.store.Dyad;
import org.detente.store.Interval;
import org.detente.store.StoreReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/** The page and the report in a real browser, on the fixture store (whose every count is known). */
class PageIT {
  @TempDir static Path dir;
  private static StoreReader store;
  private static WebServer server;
  private static Browser browser;

  @BeforeAll
  static void serve() {
    Path file = dir.resolve("page.duckdb");
    Fixtures.write(file);
    store = StoreReader.open(file, 2);
    server = WebServer.start(store, Fixtures.labels(), "127.0.0.1", 0);
    browser = Browser.open();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void aPeriodListsItsEventsAndAnEventOpensItsArticleWithTheSentenceAndWordsMarked() throws Exception {
    browser.get(server.url() + "#dyad=JPN-RUS&interval=month");
    browser.awaitReady();
    assertThat(browser.find("#dyad-title").getText()).isEqualTo("Japan (JPN) – Russia (RUS)");
    assertThat(browser.chartPeriods()).as("every month from the first to the last, the empty ones too")
        .containsExactly("2015-09", "2015-10", "2015-11", "2015-12", "2016-01", "2016-02", "2016-03");

    browser.clickPeriod("2015-09");
    browser.await().until(d -> browser.findAll("#events tbody tr").size() == 3);
    assertThat(browser.find("#events-title").getText()).isEqualTo("Events in 2015-09 (3)");
    List<WebElement> rows = browser.findAll("#events tbody tr");
    assertThat(rows.get(0).getText()).contains("2015-09-21").contains("042 Make a visit").contains("Japan (JPNGOV) → Russia (RUSGOV)");
    WebElement hypothetical = rows.get(2).findElement(org.openqa.selenium.By.cssSelector(".mode"));
    assertThat(hypothetical.getText()).isEqualTo("hypothetical");
    assertThat(hypothetical.getCssValue("background-color")).as("a mode other than asserted stands out")
        .isNotEqualTo("rgba(0, 0, 0, 0)");

    rows.get(0).click();
    WebElement evidence = browser.awaitVisible("#article mark.evidence");
    assertThat(evidence.getText()).isEqualTo("Japan's foreign minister met Sergei Lavrov in Moscow on Monday.");
    assertThat(browser.find("#article mark.evidence mark.w-source").getText()).isEqualTo("Japan's foreign minister");
    assertThat(browser.find("#article mark.evidence mark.w-trigger").getText()).isEqualTo("met");
    assertThat(browser.find("#article mark.evidence mark.w-target").getText()).isEqualTo("Sergei Lavrov");
    assertThat(browser.findAll("#article .other-event")).as("the article's other events are marked too").isNotEmpty();
    assertThat(browser.find("#article-title").getText()).isEqualTo("Article a1");

    String csv = browser.find("#download-csv").getDomProperty("href");
    assertThat(csv).endsWith("/api/export?format=csv&dyad=JPN-RUS&from=2015-09-01&to=2015-09-30");
    HttpResponse<String> download = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(download.body().split("\n")).hasSize(4);

    browser.clickPeriod("2015-10");
    browser.await().until(d -> browser.findAll("#events tbody tr").size() == 2);
    assertThat(browser.find("#events tbody tr").getText()).contains("2015-10").contains("month only").contains("negated");

    Number links = (Number) browser.script("return detente.network.getOption().series[0].links.length;");
    assertThat(links.intValue()).as("the network shows both pairs").isEqualTo(2);
    assertThat(browser.cspViolations()).as("the page works under its content security policy").isEmpty();
    browser.screenshot(Path.of("target", "screenshots", "page-fixture.png"));
  }

  @Test
  void theBusyPairListAndThePickerSwitchTheChartToAnotherPair() {
    browser.get(server.url());
    browser.awaitReady();
    assertThat(browser.find("#dyad-title").getText()).as("the busiest pair opens first").contains("JPN").contains("RUS");
    new org.openqa.selenium.support.ui.Select(browser.find("#dyad-select")).selectByValue("CHN-USA");
    browser.await().until(d -> browser.find("#dyad-title").getText().contains("China"));
    assertThat(browser.chartPeriods()).containsExactly("2015-09");
    assertThat(browser.driver().getCurrentUrl()).contains("dyad=CHN-USA");

    // names typed into the picker are looked up
    browser.find("#actor-a").clear();
    browser.find("#actor-a").sendKeys("russia");
    browser.find("#actor-b").clear();
    browser.find("#actor-b").sendKeys("Japan");
    browser.find("#picker button[type=submit]").click();
    browser.await().until(d -> browser.find("#dyad-title").getText().equals("Russia (RUS) – Japan (JPN)"));
    assertThat(browser.chartPeriods()).startsWith("2015-09").endsWith("2016-03");
    assertThat(browser.cspViolations()).as("the page works under its content security policy").isEmpty();
  }

  @Test
  void theReportIsOneFileThatWorksWithoutTheServer() throws IOException {
    Path file = Path.of("target", "reports", "JPN-RUS.html").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Report.Summary summary;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      summary = Report.write(store, Fixtures.labels(), new Dyad("JPN", "RUS"), Interval.MONTH, w);
    }
    assertThat(summary.events()).isEqualTo(7);
    assertThat(summary.truncated()).isFalse();
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script src").doesNotContain("<link rel=\"stylesheet\"");

    server.close();
    try {
      browser.get(file.toUri().toString());
      browser.awaitReady();
      assertThat(browser.chartPeriods()).containsExactly("2015-09", "2015-10", "2015-11", "2015-12", "2016-01", "2016-02",
          "2016-03");
      browser.clickPeriod("2016-03");
      browser.await().until(d -> browser.findAll("#events tbody tr").size() == 2);
      assertThat(browser.findAll("#events tbody tr").get(1).getText()).contains("future").contains("publication date");
      browser.findAll("#events tbody tr").get(0).click();
      assertThat(browser.awaitVisible("#event-detail mark.evidence").getText())
          .isEqualTo("Japan and Russia signed a fishing agreement on Friday.");
      browser.screenshot(Path.of("target", "screenshots", "report-fixture.png"));
    } finally {
      server = WebServer.start(store, Fixtures.labels(), "127.0.0.1", 0);
    }
  }
}
