package org.detente.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.Map;
import org.detente.store.StoreReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #5: when the store or the code fails, the answer says so in JSON and keeps the details in the server log. */
class ErrorBodyTest {
  @TempDir Path dir;

  private static void noInternals(Response r, String body) {
    assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain(".java:")
        .doesNotContain("boom").doesNotContain(".duckdb");
    Security.HEADERS.forEach((name, value) -> assertThat(r.headers().get(name)).as(name).containsExactly(value));
  }

  @Test
  void aStoreThatCannotAnswerGives503WithoutItsFileOrError() {
    Path file = dir.resolve("gone.duckdb");
    Fixtures.write(file);
    StoreReader store = StoreReader.open(file, 1);
    store.close();
    JavalinTest.test(WebServer.app(store, Fixtures.labels()), (server, client) -> {
      Response r = client.get("/api/dyads");
      String body = r.body().string();
      assertThat(r.code()).isEqualTo(503);
      assertThat(body).isEqualTo("{\"status\":503,\"error\":\"the store cannot answer now; try again (the server log has the"
          + " reason)\"}");
      noInternals(r, body);
    });
  }

  @Test
  void aBugGives500WithoutAStackTrace() {
    Path file = dir.resolve("ok.duckdb");
    Fixtures.write(file);
    Labels failing = Labels.of(code -> {
      throw new IllegalStateException("boom at org.detente.Secret.java:42");
    }, Map.of());
    try (StoreReader store = StoreReader.open(file, 1)) {
      JavalinTest.test(WebServer.app(store, failing), (server, client) -> {
        Response r = client.get("/api/events");
        String body = r.body().string();
        assertThat(r.code()).isEqualTo(500);
        assertThat(body).isEqualTo("{\"status\":500,\"error\":\"internal error; the server log has the details\"}");
        noInternals(r, body);
      });
    }
  }
}
