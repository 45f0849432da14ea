package org.detente.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What every response carries and how requests Jetty refuses before they reach a route are answered (#5).
 *
 * <p>The headers are added by a Jetty customizer, so they are on API answers, the page, static files and
 * Javalin's own errors alike; requests Jetty refuses while parsing (a header block or URI too long, a bad
 * escape, an ambiguous path) go to {@link JsonErrors}, which adds them too. The page loads only its own
 * script, styles and the ECharts copy from the same server, so the content security policy allows nothing
 * else: no inline script or style, no other host, no framing.
 */
final class Security {
  private Security() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Largest request header block (request line included) Jetty accepts; beyond it, 431 or 414. */
  static final int MAX_HEADER_BYTES = 16 * 1024;

  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
      + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", CSP,
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY",
      "Referrer-Policy", "no-referrer",
      "Cross-Origin-Resource-Policy", "same-origin");

  static void apply(HttpConfiguration http) {
    http.setRequestHeaderSize(MAX_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.addCustomizer((request, responseHeaders) -> {
      add(responseHeaders);
      return request;
    });
  }

  private static void add(HttpFields.Mutable fields) {
    HEADERS.forEach(fields::put);
  }

  /** JSON for an error status: the message and nothing about the server's insides (no stack, no cause). */
  static byte[] json(int status, String message) {
    try {
      return JSON.writeValueAsBytes(new Views.Error(status, message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an error as JSON", e);
    }
  }

  /** Jetty's answers to requests it refuses itself, as JSON with the security headers. */
  static final class JsonErrors extends ErrorHandler {
    JsonErrors() {
      setShowStacks(false);
      setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
        Callback callback) throws IOException {
      add(response.getHeaders());
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
      response.write(true, ByteBuffer.wrap(json(code, reason(code, message))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      add(fields);
      fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
      return ByteBuffer.wrap(json(status, reason(status, reason)));
    }

    /** Jetty's reason phrase, never an exception's text. */
    private static String reason(int code, String message) {
      String standard = HttpStatus.getMessage(code);
      return message == null || message.isBlank() || message.contains("Exception") ? standard : message;
    }
  }
}
