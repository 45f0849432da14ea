package org.detente.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Locale;
import org.detente.store.StoreException;
import org.detente.store.StoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: the API under {@code /api}, the page at {@code /}, ECharts at {@code /vendor/echarts.min.js}.
 * Consumes a {@link StoreReader} it does not own (the caller closes it after {@link #close()}); only GET
 * and HEAD are answered (other methods get 405), so nothing can change the store through it. Every response
 * carries the headers of {@link Security}; errors are JSON with a message and never a stack trace.
 */
public final class WebServer implements AutoCloseable {
  /** Set on a request once an error body is written, so the 404 fallback leaves it alone. */
  private static final String ANSWERED = "detente.error";

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  private final Javalin app;
  private final String host;

  private WebServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts serving {@code store} on {@code host:port} ({@code port} 0 picks a free one).
   *
   * @throws IllegalStateException if the port cannot be bound
   */
  public static WebServer start(StoreReader store, Labels labels, String host, int port) {
    requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    Javalin app = app(store, labels);
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalStateException("cannot serve on " + host + ":" + port + ": " + e.getMessage()
          + " (is another server using the port? pick one with --port)", e);
    }
    return new WebServer(app, host);
  }

  /** The application, not started: for tests that start it themselves. */
  static Javalin app(StoreReader store, Labels labels) {
    Api api = new Api(store, labels);
    ObjectMapper json = mapper();
    byte[] echarts = Assets.echarts();
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.prefer405over404 = true;
      config.jsonMapper(new JavalinJackson(json, false));
      config.jetty.modifyHttpConfiguration(Security::apply);
      config.jetty.modifyServer(server -> server.setErrorHandler(new Security.JsonErrors()));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/detente/web/public";
        files.location = Location.CLASSPATH;
      });
      config.routes.get("/vendor/echarts.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
          .header("Cache-Control", "max-age=86400").result(echarts));
      api.register(config.routes);
      config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      config.routes.exception(StoreException.class, (e, ctx) -> {
        LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage(), e);
        error(ctx, 503, "the store cannot answer now; try again (the server log has the reason)");
      });
      // #5: anything else is a bug: logged here with its stack, answered without it
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error; the server log has the details");
      });
      config.routes.error(404, ctx -> {
        if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
          error(ctx, 404, "no such API path: " + ctx.path() + " (see /api/openapi.json)");
        }
      });
      config.routes.error(405, ctx -> error(ctx, 405, "the API is read-only: " + ctx.method().name()
          .toUpperCase(Locale.ROOT) + " is not allowed on " + ctx.path() + " (use GET)"));
    });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status).json(new Views.Error(status, message));
  }

  /** JSON as the API writes it: ISO dates, {@code Optional} as value or null. */
  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String h = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }
}
