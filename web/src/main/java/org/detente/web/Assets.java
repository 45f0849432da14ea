package org.detente.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The page's files and the ECharts script, read from the classpath. ECharts comes from its WebJar
 * (Maven Central), whose version the build writes into {@code assets.properties}.
 */
final class Assets {
  private static final String PUBLIC = "/org/detente/web/public/";

  private Assets() {}

  /** A file of the page (index.html, app.js, app.css). */
  static String page(String name) {
    return text(PUBLIC + name);
  }

  static String openApi() {
    return Holder.OPEN_API;
  }

  /** The full ECharts build (every chart type, for the page's network view). */
  static byte[] echarts() {
    return Holder.ECHARTS_FULL;
  }

  /** The smaller common build (bars, lines, zoom), inlined into reports. */
  static String echartsCommon() {
    return new String(bytes(webjar("echarts.common.min.js")), StandardCharsets.UTF_8);
  }

  /** Loaded on first use, once. */
  private static final class Holder {
    static final String OPEN_API = text("/org/detente/web/openapi.json");
    static final byte[] ECHARTS_FULL = bytes(webjar("echarts.min.js"));
  }

  private static String webjar(String file) {
    Properties p = new Properties();
    try (InputStream in = Assets.class.getResourceAsStream("assets.properties")) {
      if (in == null) {
        throw new IllegalStateException("assets.properties is missing from the classpath (build the web module)");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read assets.properties: " + e.getMessage(), e);
    }
    return "/META-INF/resources/webjars/echarts/" + p.getProperty("echarts.version") + "/" + file;
  }

  static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the classpath"
            + (resource.contains("webjars") ? " (the org.webjars:echarts dependency of detente-web)" : ""));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
