package org.detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.core.Problem;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;

/**
 * Reads a manifest (JSON Lines: {@code id, path, published, source, title, url}). Bad lines become
 * rejections naming the manifest and line; paths are resolved against the manifest's folder and must stay
 * inside it (a line naming a file elsewhere, such as {@code ../../etc/passwd}, is rejected).
 */
public final class ManifestReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final IngestConfig LINE_LIMIT = new IngestConfig(1024 * 1024);

  private ManifestReader() {}

  /** Entries and the lines that could not be used. */
  public record Manifest(Path file, List<ManifestEntry> entries, List<Rejection> rejections) {
    public Manifest {
      entries = List.copyOf(entries);
      rejections = List.copyOf(rejections);
    }
  }

  /**
   * Reads a manifest. Lines that are not UTF-8 JSON with an {@code id} and a {@code path} become {@code MALFORMED}
   * (or {@code NOT_TEXT}) rejections naming the manifest and line; a manifest that cannot be read at all is one
   * {@code UNREADABLE} rejection.
   */
  public static Manifest read(Path manifest) {
    Path dir = manifest.toAbsolutePath().normalize().getParent();
    List<ManifestEntry> entries = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    new JsonLinesReader(LINE_LIMIT).read(manifest, (origin, line) -> {
      try {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) {
          throw new IllegalArgumentException("not a JSON object");
        }
        String id = text(node, "id").orElseThrow(() -> new IllegalArgumentException("no \"id\""));
        String path = text(node, "path").orElseThrow(() -> new IllegalArgumentException("no \"path\""));
        Path file = dir.resolve(path).normalize();
        if (!file.startsWith(dir)) {
          // #5 (found by ManifestFuzzTest): a manifest that came with a corpus must not pull other files of the
          // machine into the store, where the web API would serve them
          throw new IllegalArgumentException("path '" + path + "' leaves the manifest's folder " + dir
              + "; name files in that folder or below it");
        }
        entries.add(
            new ManifestEntry(
                id,
                file,
                text(node, "published").map(ManifestReader::date),
                text(node, "title"),
                text(node, "source"),
                text(node, "url")));
      } catch (IOException | RuntimeException e) {
        String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        rejections.add(
            new Rejection(
                origin,
                origin,
                new Problem(
                    ProblemKind.MALFORMED,
                    origin + ": bad manifest line (" + why
                        + "); want JSON with \"id\", \"path\" and optional \"published\" (YYYY-MM-DD)")));
      }
    }, rejections::add);
    return new Manifest(manifest, entries, rejections);
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }
}
