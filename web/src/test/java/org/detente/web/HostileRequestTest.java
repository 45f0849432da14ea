package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.detente.store.DuckDbStore;
import org.detente.store.StoreReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests an attacker would send (#5), written byte for byte on a socket so that nothing on the client side
 * cleans them up: every answer must be a 4xx (or 200 where the request is harmless), never a 5xx, carry the
 * security headers, and show no stack trace; the store must be unchanged afterwards.
 */
class HostileRequestTest {
  @TempDir static Path dir;
  private static Path file;
  private static StoreReader store;
  private static WebServer server;
  private static DuckDbStore.Totals before;

  @BeforeAll
  static void serve() {
    file = dir.resolve("hostile.duckdb");
    Fixtures.write(file);
    store = StoreReader.open(file, 2);
    before = store.totals();
    server = WebServer.start(store, Fixtures.labels(), "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
    // nothing a request did changed the store
    try (StoreReader again = StoreReader.open(file, 1)) {
      assertThat(again.totals()).isEqualTo(before);
    }
  }

  /** A raw answer: status, headers (names in lower case), body. */
  record Answer(int status, Map<String, String> headers, String body) {
    /** The checks every answer must pass. */
    Answer safe(String request) {
      assertThat(status).as(request + " -> " + this).isBetween(200, 499);
      assertThat(headers).as(request + " headers").containsAllEntriesOf(lower(Security.HEADERS));
      assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'").doesNotContain("unsafe");
      for (String leak : List.of("Exception", "\tat ", "at org.", "at java.", ".java:", "SQL", "duckdb", "Caused by")) {
        assertThat(body).as(request + " body shows no internals").doesNotContain(leak);
      }
      return this;
    }
  }

  private static Map<String, String> lower(Map<String, String> m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return out;
  }

  /** Sends {@code method target} with {@code extraHeaders} (raw lines) and reads the whole answer. */
  static Answer send(String method, String target, String... extraHeaders) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(20_000);
      StringBuilder req = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
          .append("Host: 127.0.0.1\r\nConnection: close\r\n");
      for (String h : extraHeaders) {
        req.append(h).append("\r\n");
      }
      req.append("\r\n");
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      byte[] bytes = req.toString().getBytes(StandardCharsets.ISO_8859_1);
      try {
        // in slices, stopping once the server answers: it refuses a huge request before reading all of it
        for (int at = 0; at < bytes.length && in.available() == 0; at += 64 * 1024) {
          out.write(bytes, at, Math.min(64 * 1024, bytes.length - at));
          out.flush();
        }
      } catch (IOException refusedMidway) {
        // the server closed its side after answering: read what it said
      }
      return parse(in);
    }
  }

  private static Answer parse(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    in.transferTo(buf);
    String all = buf.toString(StandardCharsets.UTF_8);
    int end = all.indexOf("\r\n\r\n");
    assertThat(end).as("an HTTP answer: " + all).isPositive();
    String[] lines = all.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
    }
    return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, all.substring(end + 4));
  }

  static Stream<String> injections() {
    return Stream.of("' OR '1'='1", "1; DROP TABLE events; --", "JPN' UNION SELECT text FROM documents --",
        "\") OR (\"a\"=\"a", "%' AND 1=0 UNION SELECT NULL--", "RUS-JPN'; DELETE FROM events; --", "1)) OR 1=1 --",
        "${jndi:ldap://127.0.0.1/x}", "<script>alert(1)</script>");
  }

  static String enc(String v) {
    return java.net.URLEncoder.encode(v, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("injections")
  void injectionStringsInEveryParameterAreRefusedOrMatchNothing(String attack) throws IOException {
    for (Map.Entry<String, java.util.Set<String>> route : Api.ROUTES.entrySet()) {
      String path = route.getKey().replace("{a}-{b}", "JPN-RUS").replace("{id}", "1");
      for (String param : route.getValue()) {
        String also = path.equals("/api/export") && !param.equals("format") ? "format=csv&" : "";
        String target = path + "?" + also + param + "=" + enc(attack);
        Answer a = send("GET", target).safe(target);
        if (a.status() == 200) {
          // only free text is taken as it is, and it matches no event
          assertThat(param).as(target).isIn("q", "actor", "format");
          assertThat(a.body()).as(target).doesNotContain("Japan's foreign minister");
        } else {
          assertThat(a.status()).as(target).isEqualTo(400);
          assertThat(a.body()).as(target).contains(param);
        }
      }
    }
    for (String path : List.of("/api/dyads/" + enc(attack) + "/series", "/api/events/" + enc(attack),
        "/api/documents/" + enc(attack))) {
      assertThat(send("GET", path).safe(path).status()).as(path).isIn(400, 404);
    }
  }

  @Test
  void aParameterOverTheLimitIsRefusedNamingIt() throws IOException {
    for (String param : List.of("q", "cursor", "dyad", "actor", "mode")) {
      String target = "/api/events?" + param + "=" + "a".repeat(Params.MAX_VALUE + 1);
      Answer a = send("GET", target).safe(target);
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.body()).contains("parameter " + param + " is " + (Params.MAX_VALUE + 1) + " characters long");
    }
    Answer name = send("GET", "/api/dyads?" + "n".repeat(5000) + "=1").safe("long name");
    assertThat(name.status()).isEqualTo(400);
    assertThat(name.body()).contains("5000 characters").doesNotContain("nnnnnnnnnn");
  }

  @Test
  void aHundredKilobyteQueryStringIsRefusedBeforeAnyRoute() throws IOException {
    Answer a = send("GET", "/api/events?q=" + "x".repeat(100_000)).safe("100 kB query");
    assertThat(a.status()).isIn(400, 414, 431);
  }

  @Test
  void tenMegabytesOfHeadersAreRefused() throws IOException {
    String big = "X-Filler: " + "y".repeat(10 * 1024 * 1024);
    Answer a = send("GET", "/api/dyads", big).safe("10 MB header");
    assertThat(a.status()).isEqualTo(431);
    assertThat(send("GET", "/api/dyads").safe("after").status()).as("still serving").isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!", "AAAA", "LTo=", "not base64 at all", "OTk5OTk5OTk5OTk6MQ", "LTphYmM", "MTY0MzI6LTE",
      "MTY0MzI6OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ", "JyBPUiAxPTEgLS0", "MTY0MzI6MQ==="})
  void malformedAndTamperedCursorsGet400(String cursor) throws IOException {
    String target = "/api/events?cursor=" + enc(cursor);
    Answer a = send("GET", target).safe(target);
    assertThat(a.status()).as(cursor).isEqualTo(400);
    assertThat(a.body()).contains("cursor");
  }

  @Test
  void aCursorFromAnotherPageWithItsIdChangedStillReadsOnlyEvents() throws IOException {
    // a well-formed cursor the API never gave out is only a position: it selects events after it, nothing else
    String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("0:0".getBytes(StandardCharsets.UTF_8));
    Answer a = send("GET", "/api/events?cursor=" + forged).safe("forged cursor");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).startsWith("{\"events\":[");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/events?q=%00", "/api/events?q=%C0%AF", "/api/events?q=%ZZ", "/api/events?q=%",
      "/api/events?q=%E0%80%AF", "/api/events?q=%FF%FE", "/api/events?dyad=JPN%00-RUS", "/api/documents/a1%00",
      "/api/documents/..%2f..%2f..%2fetc%2fpasswd", "/api/documents/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/api/documents/..%252f..%252fetc%252fpasswd", "/api/documents/%C0%AE%C0%AE%C0%AFetc%C0%AFpasswd",
      "/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/../../../etc/passwd",
      "/vendor/..%2f..%2fapp.js", "/app.js%00.html", "/api/dyads/JPN-RUS%2f..%2f..%2fseries",
      "/org/detente/web/openapi.json", "/..\\..\\etc\\passwd", "/api/events?%ZZ=1", "/api/events?q=a&q=b"})
  void oddEncodingsAndTraversalsAreRefusedAndReadNoFile(String target) throws IOException {
    Answer a = send("GET", target).safe(target);
    assertThat(a.status()).as(target + " -> " + a.body()).isBetween(400, 499);
    assertThat(a.body()).doesNotContain("root:").doesNotContain("function(").doesNotContain("\"openapi\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..%2f..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd", "a1%2f..%2f..%2fsecret",
      "..%5c..%5cboot.ini", "%2e%2e", "x/%2e/y"})
  void documentIdsThatClimbFoldersAreRefused(String id) throws IOException {
    String target = "/api/documents/" + id;
    Answer a = send("GET", target).safe(target);
    assertThat(a.status()).as(target + " -> " + a.body()).isEqualTo(400);
    assertThat(a.body()).contains("'..'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", "FOO"})
  void nothingButGetIsAnswered(String method) throws IOException {
    for (String path : List.of("/api/events", "/api/documents/a1", "/api/dyads", "/", "/app.js", "/api/nothing")) {
      Answer a = send(method, path, "Content-Length: 0").safe(method + " " + path);
      assertThat(a.status()).as(method + " " + path).isIn(400, 404, 405, 501);
    }
  }

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() throws IOException {
    List<String> seen = new ArrayList<>();
    for (String target : List.of("/", "/index.html", "/app.js", "/app.css", "/vendor/echarts.min.js", "/api/dyads",
        "/api/documents/a1", "/api/openapi.json", "/api/nothing", "/nothing.html", "/api/events?limit=0",
        "/api/events/99999")) {
      Answer a = send("GET", target).safe(target);
      seen.add(a.status() + " " + target);
    }
    assertThat(seen).contains("200 /", "200 /app.js", "200 /vendor/echarts.min.js", "200 /api/dyads", "404 /api/nothing",
        "404 /nothing.html", "400 /api/events?limit=0", "404 /api/events/99999");
    assertThat(send("GET", "/api/documents/a1").body()).contains("Japan's foreign minister");
  }
}
