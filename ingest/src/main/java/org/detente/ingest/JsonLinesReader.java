package org.detente.ingest;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.detente.core.Problem;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;
import org.detente.core.Result;

/**
 * Splits a JSON Lines file into its non-blank lines, each decoded on its own (see {@link TextDecoder}), so
 * that one bad line is rejected with its number ({@code FILE:LINE}) and the lines after it are still read.
 * A line longer than the byte limit is rejected as {@code TOO_LARGE} without being held in memory; a file
 * that cannot be read is one {@code UNREADABLE} rejection.
 */
final class JsonLinesReader {
  /** Receives each non-blank line that decoded. */
  interface LineHandler {
    void line(String origin, String text);
  }

  private final IngestConfig config;

  JsonLinesReader(IngestConfig config) {
    this.config = requireNonNull(config, "config");
  }

  void read(Path file, LineHandler lines, Consumer<Rejection> rejected) {
    int n = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean more = true;
      while (more) {
        line.reset();
        long length = 0;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          length++;
          if (length <= config.maxBytes()) {
            line.write(b);
          }
        }
        more = b != -1;
        if (!more && length == 0) {
          break;
        }
        n++;
        String origin = file + ":" + n;
        if (length > config.maxBytes()) {
          rejected.accept(reject(origin, ProblemKind.TOO_LARGE,
              origin + ": record of " + length + " bytes, over the limit of " + config.maxBytes()));
          continue;
        }
        Result<String> text = TextDecoder.decode(line.toByteArray(), origin);
        if (text instanceof Result.Rejected<String> r) {
          rejected.accept(new Rejection(origin, origin, r.problem()));
        } else {
          String decoded = ((Result.Ok<String>) text).value();
          if (!decoded.isBlank()) {
            lines.line(origin, decoded.strip());
          }
        }
      }
    } catch (IOException e) {
      String origin = n == 0 ? file.toString() : file + ":" + (n + 1);
      rejected.accept(reject(origin, ProblemKind.UNREADABLE, origin + ": cannot read (" + describe(e) + ")"));
    }
  }

  private static Rejection reject(String origin, ProblemKind kind, String message) {
    return new Rejection(origin, origin, new Problem(kind, message));
  }

  /** An I/O error in words: its message, or its type when it has none. */
  static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(m));
  }
}
