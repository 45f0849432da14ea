package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.detente.store.StoreReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API on the fixture store: answers, paging, and a 400 with a useful message for every bad parameter. */
class ApiTest {
  @TempDir static Path dir;
  private static StoreReader store;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void fill() {
    Path file = dir.resolve("api.duckdb");
    Fixtures.write(file);
    store = StoreReader.open(file, 2);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private interface Check {
    void run(HttpClient client) throws Exception;
  }

  private static void test(Check check) {
    JavalinTest.test(WebServer.app(store, Fixtures.labels()), (server, client) -> check.run(client));
  }

  private static JsonNode json(Response r) throws IOException {
    return JSON.readTree(r.body().string());
  }

  private static JsonNode ok(HttpClient client, String path) throws IOException {
    Response r = client.get(path);
    String body = r.body().string();
    assertThat(r.code()).as(path + " -> " + body).isEqualTo(200);
    return JSON.readTree(body);
  }

  @Test
  void dyadsComeMostActiveFirstWithNamesAndBalance() {
    test(client -> {
      JsonNode dyads = ok(client, "/api/dyads").get("dyads");
      assertThat(dyads).hasSize(2);
      JsonNode jr = dyads.get(0);
      assertThat(jr.at("/a/key").asText()).isEqualTo("JPN");
      assertThat(jr.at("/a/name").asText()).isEqualTo("Japan");
      assertThat(jr.at("/b/key").asText()).isEqualTo("RUS");
      assertThat(jr.get("events").asInt()).isEqualTo(7);
      assertThat(jr.get("cooperation").asInt()).isEqualTo(4);
      assertThat(jr.get("conflict").asInt()).isEqualTo(3);
      assertThat(jr.get("balance").asDouble()).isEqualTo(0.143);
      assertThat(ok(client, "/api/dyads?actor=usa&limit=1").get("dyads")).hasSize(1);
    });
  }

  @Test
  void aSeriesHasOnePeriodPerMonthWithQuadCountsMeanGoldsteinAndNetCooperation() {
    test(client -> {
      JsonNode s = ok(client, "/api/dyads/RUS-JPN/series?interval=month");
      assertThat(s.get("interval").asText()).isEqualTo("month");
      assertThat(s.get("undated").asInt()).isZero();
      List<String> labels = new ArrayList<>();
      s.get("periods").forEach(p -> labels.add(p.get("label").asText()));
      assertThat(labels).containsExactly("2015-09", "2015-10", "2016-03");
      JsonNode sep = s.get("periods").get(0);
      assertThat(sep.get("start").asText()).isEqualTo("2015-09-01");
      assertThat(sep.get("end").asText()).isEqualTo("2015-09-30");
      assertThat(sep.get("events").asInt()).isEqualTo(3);
      assertThat(sep.get("verbalCooperation").asInt()).isEqualTo(1);
      assertThat(sep.get("verbalConflict").asInt()).isEqualTo(1);
      assertThat(sep.get("materialConflict").asInt()).isEqualTo(1);
      assertThat(sep.get("meanGoldstein").asDouble()).isEqualTo(-2.7);
      assertThat(sep.get("netCooperation").asDouble()).isEqualTo(-0.333);

      JsonNode weeks = ok(client, "/api/dyads/JPN-RUS/series?interval=week&from=2015-09-01&to=2015-12-31");
      assertThat(weeks.get("from").asText()).isEqualTo("2015-09-01");
      List<String> starts = new ArrayList<>();
      weeks.get("periods").forEach(p -> starts.add(p.get("start").asText() + "/" + p.get("imprecise").asInt()));
      assertThat(starts).as("the two month-dated October events fall in the week of 1 October")
          .containsExactly("2015-09-21/0", "2015-09-28/2");

      assertThat(ok(client, "/api/dyads/JPN-RUS/series?interval=year&from=2015-01-01&to=2015-12-31").get("periods"))
          .singleElement().satisfies(p -> assertThat(p.get("events").asInt()).isEqualTo(5));
    });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "/api/dyads?limit=0                                   | limit must be a whole number from 1 to 500, was '0'",
      "/api/dyads?limit=501                                 | limit must be a whole number from 1 to 500",
      "/api/dyads?limit=ten                                 | was 'ten'",
      "/api/dyads?actor=J                                   | actor must be an actor key",
      "/api/dyads?sort=events                               | unknown parameter 'sort' for /api/dyads (known: actor, limit)",
      "/api/dyads/JPN-RUS/series?interval=day               | interval: not an interval: 'day' (want week, month or year)",
      "/api/dyads/JPN-RUS/series?intervl=week               | unknown parameter 'intervl'",
      "/api/dyads/JPN-RUS/series?from=2015-13-01            | from is not a calendar date: '2015-13-01'",
      "/api/dyads/JPN-RUS/series?from=21.09.2015            | from must be a date YYYY-MM-DD, was '21.09.2015'",
      "/api/dyads/JPN-RUS/series?from=2016-01-01&to=2015-01-01 | from 2016-01-01 is after to 2015-01-01",
      "/api/dyads/JPNRUS/series                             | a dyad is two actor keys joined by '-'",
      "/api/dyads/JPN-JPN/series                            | a dyad needs two different actors",
      "/api/events?limit=100000                             | limit must be a whole number from 1 to 500",
      "/api/events?root=21                                  | root must be a CAMEO root from 01 to 20, was '21'",
      "/api/events?code=0x1                                 | code must be a CAMEO code of 2-4 digits",
      "/api/events?mode=maybe                               | mode: not a mode: 'maybe'",
      "/api/events?cursor=abc                               | cursor 'abc' is not one this API gave out",
      "/api/events?dyad=JPN                                 | dyad: a dyad is two actor keys",
      "/api/events?q=                                       | parameter q is empty",
      "/api/events?limit=1&limit=2                          | parameter limit is given 2 times",
      "/api/events/abc                                      | an event id is a whole number",
      "/api/events/1?full=true                              | unknown parameter 'full' for /api/events/{id} (it takes none)",
      "/api/actors?limit=101                                | limit must be a whole number from 1 to 100",
      "/api/export?dyad=JPN-RUS                             | format is required: csv or jsonl",
      "/api/export?format=xml                               | format must be csv or jsonl, was 'xml'",
  })
  void aBadParameterGets400WithAMessageSayingWhatIsWrong(String path, String message) {
    test(client -> {
      Response r = client.get(path);
      String body = r.body().string();
      assertThat(r.code()).as(body).isEqualTo(400);
      JsonNode n = JSON.readTree(body);
      assertThat(n.get("status").asInt()).isEqualTo(400);
      assertThat(n.get("error").asText()).contains(message.strip());
    });
  }

  @Test
  void pagesFollowTheCursorToTheEndWithoutGapsOrRepeats() {
    test(client -> {
      JsonNode all = ok(client, "/api/events?dyad=JPN-RUS&limit=500");
      assertThat(all.get("next").isNull()).isTrue();
      List<Long> expected = ids(all);
      assertThat(expected).hasSize(7);

      List<Long> paged = new ArrayList<>();
      String next = null;
      int pages = 0;
      do {
        JsonNode page = ok(client, "/api/events?dyad=JPN-RUS&limit=2" + (next == null ? "" : "&cursor=" + next));
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("events").size()).isLessThanOrEqualTo(2);
        paged.addAll(ids(page));
        next = page.get("next").isNull() ? null : page.get("next").asText();
        pages++;
      } while (next != null);
      assertThat(pages).isEqualTo(4);
      assertThat(paged).containsExactlyElementsOf(expected);
      assertThat(new HashSet<>(paged)).hasSize(7);
    });
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> out = new ArrayList<>();
    page.get("events").forEach(e -> out.add(e.get("id").asLong()));
    return out;
  }

  @Test
  void filtersSelectByActorRootCodeModeDatesAndWords() {
    test(client -> {
      assertThat(codes(ok(client, "/api/events?dyad=JPN-RUS&root=11"))).containsExactly("112", "111");
      assertThat(codes(ok(client, "/api/events?dyad=JPN-RUS&root=4"))).containsExactly("042");
      assertThat(codes(ok(client, "/api/events?code=03"))).containsExactly("036");
      assertThat(codes(ok(client, "/api/events?mode=negated"))).containsExactly("036");
      assertThat(codes(ok(client, "/api/events?actor=USA"))).containsExactly("111");
      assertThat(codes(ok(client, "/api/events?actor=JPNGOV"))).containsExactly("042", "163");
      assertThat(codes(ok(client, "/api/events?from=2015-09-22&to=2015-09-26"))).containsExactly("112", "163");
      assertThat(codes(ok(client, "/api/events?q=FISHING"))).containsExactly("057", "057");
    });
  }

  private static List<String> codes(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("events").forEach(e -> out.add(e.get("code").asText()));
    return out;
  }

  @Test
  void anEventCarriesItsNamesDatePrecisionModeAndHighlights() {
    test(client -> {
      JsonNode first = ok(client, "/api/events?dyad=JPN-RUS&limit=1").get("events").get(0);
      JsonNode e = ok(client, "/api/events/" + first.get("id").asLong());
      assertThat(e.get("code").asText()).isEqualTo("042");
      assertThat(e.get("codeName").asText()).isEqualTo("Make a visit");
      assertThat(e.get("quadName").asText()).isEqualTo("verbal cooperation");
      assertThat(e.get("date").asText()).isEqualTo("2015-09-21");
      assertThat(e.get("datePrecision").asText()).isEqualTo("day");
      assertThat(e.get("mode").asText()).isEqualTo("asserted");
      assertThat(e.at("/source/name").asText()).isEqualTo("Japan");
      assertThat(e.at("/source/key").asText()).isEqualTo("JPN");
      assertThat(e.get("url").asText()).isEqualTo("https://example.org/a1");
      List<String> marked = new ArrayList<>();
      e.get("highlights").forEach(h -> marked.add(h.get("kind").asText() + ":"
          + Fixtures.A1.substring(h.get("start").asInt(), h.get("end").asInt())));
      assertThat(marked).containsExactly(
          "sentence:Japan's foreign minister met Sergei Lavrov in Moscow on Monday.",
          "source:Japan's foreign minister", "trigger:met", "target:Sergei Lavrov");

      JsonNode month = ok(client, "/api/events?mode=negated").get("events").get(0);
      assertThat(month.get("date").asText()).isEqualTo("2015-10");
      assertThat(month.get("datePrecision").asText()).isEqualTo("month");

      Response missing = client.get("/api/events/999999");
      assertThat(missing.code()).isEqualTo(404);
      assertThat(json(missing).get("error").asText()).isEqualTo("no event with id 999999");
    });
  }

  @Test
  void aDocumentComesWithItsTextAndTheSpansOfEveryEvent() {
    test(client -> {
      JsonNode d = ok(client, "/api/documents/a1");
      assertThat(d.get("text").asText()).isEqualTo(Fixtures.A1);
      assertThat(d.get("title").asText()).isEqualTo("Article a1");
      assertThat(d.get("published").asText()).isEqualTo("2015-09-26");
      assertThat(d.get("events")).hasSize(3);
      for (JsonNode e : d.get("events")) {
        JsonNode sentence = e.get("highlights").get(0);
        assertThat(sentence.get("kind").asText()).isEqualTo("sentence");
        assertThat(Fixtures.A1.substring(sentence.get("start").asInt(), sentence.get("end").asInt()))
            .isEqualTo(e.get("evidence").asText());
      }
      Response missing = client.get("/api/documents/zz");
      assertThat(missing.code()).isEqualTo(404);
      assertThat(json(missing).get("error").asText()).contains("'zz'");
    });
  }

  @Test
  void actorsAreFoundByNameByKeyAndByTheWordsOfTheTexts() {
    test(client -> {
      assertThat(keys(ok(client, "/api/actors?q=jap"))).containsExactly("JPN");
      assertThat(keys(ok(client, "/api/actors?q=united"))).containsExactly("USA");
      assertThat(keys(ok(client, "/api/actors?q=tokyo"))).containsExactly("JPN");
      JsonNode top = ok(client, "/api/actors?limit=2").get("actors");
      assertThat(top).hasSize(2);
      assertThat(top.get(0).get("name").asText()).isIn("Japan", "Russia");
      assertThat(top.get(0).get("mentions")).isNotEmpty();
    });
  }

  private static List<String> keys(JsonNode actors) {
    List<String> out = new ArrayList<>();
    actors.get("actors").forEach(a -> out.add(a.get("key").asText()));
    return out;
  }

  @Test
  void theSelectionDownloadsAsCsvOrJsonLinesInTheExportColumns() {
    test(client -> {
      Response csv = client.get("/api/export?format=csv&dyad=JPN-RUS&from=2015-09-01&to=2015-09-30");
      assertThat(csv.code()).isEqualTo(200);
      assertThat(csv.headers().get("Content-Disposition")).singleElement().asString().contains("detente-JPN-RUS.csv");
      String[] lines = csv.body().string().split("\n");
      assertThat(lines[0]).startsWith("doc_id,sentence,evidence,start,end,source,");
      assertThat(lines).hasSize(4);

      Response jsonl = client.get("/api/export?format=jsonl&dyad=JPN-RUS");
      String[] rows = jsonl.body().string().split("\n");
      assertThat(rows).hasSize(7);
      assertThat(JSON.readTree(rows[0]).get("code").asText()).isEqualTo("042");
    });
  }

  @Test
  void theDescriptionDocumentsEveryRouteWithExactlyTheParametersItTakes() {
    test(client -> {
      JsonNode spec = ok(client, "/api/openapi.json");
      assertThat(spec.get("openapi").asText()).startsWith("3.");
      Set<String> documented = new HashSet<>();
      spec.get("paths").fieldNames().forEachRemaining(documented::add);
      assertThat(documented).isEqualTo(Api.ROUTES.keySet());
      for (Map.Entry<String, Set<String>> route : Api.ROUTES.entrySet()) {
        Set<String> query = new HashSet<>();
        for (JsonNode p : spec.at("/paths/" + route.getKey().replace("/", "~1") + "/get/parameters")) {
          if (p.get("in").asText().equals("query")) {
            query.add(p.get("name").asText());
          }
        }
        assertThat(query).as(route.getKey()).isEqualTo(route.getValue());
      }
    });
  }

  @Test
  void theApiIsReadOnlyAndUnknownPathsAnswerInJson() {
    test(client -> {
      for (Response r : List.of(client.post("/api/events", "{}"), client.delete("/api/events/1"),
          client.put("/api/dyads", "{}"))) {
        assertThat(r.code()).isEqualTo(405);
        assertThat(json(r).get("error").asText()).contains("read-only");
      }
      Response unknown = client.get("/api/nothing");
      assertThat(unknown.code()).isEqualTo(404);
      assertThat(json(unknown).get("error").asText()).contains("/api/openapi.json");
    });
  }

  @Test
  void thePageAndItsChartLibraryAreServedLocally() {
    test(client -> {
      Response page = client.get("/");
      String html = page.body().string();
      assertThat(page.code()).isEqualTo(200);
      assertThat(html).contains("<script src=\"/vendor/echarts.min.js\"></script>").doesNotContain("src=\"http");
      Response echarts = client.get("/vendor/echarts.min.js");
      assertThat(echarts.code()).isEqualTo(200);
      assertThat(echarts.body().string()).contains("Apache Software Foundation");
      assertThat(client.get("/app.js").code()).isEqualTo(200);
    });
  }
}
