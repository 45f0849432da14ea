package org.detente.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.core.Problem;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;

/**
 * Reads a manifest (JSON Lines: {@code id, path, published, source, title, url}). Bad lines become
 * rejections naming the manifest and line; paths are resolved against the manifest's folder.
 */
public final class ManifestReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ManifestReader() {}

  /** Entries and the lines that could not be used. */
  public record Manifest(Path file, List<ManifestEntry> entries, List<Rejection> rejections) {
    public Manifest {
      entries = List.copyOf(entries);
      rejections = List.copyOf(rejections);
    }
  }

  public static Manifest read(Path manifest) {
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read manifest " + manifest + ": " + e.getMessage(), e);
    }
    Path dir = manifest.toAbsolutePath().getParent();
    List<ManifestEntry> entries = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String origin = manifest + ":" + (i + 1);
      try {
        JsonNode node = JSON.readTree(line);
        String id = text(node, "id").orElseThrow(() -> new IllegalArgumentException("no \"id\""));
        String path = text(node, "path").orElseThrow(() -> new IllegalArgumentException("no \"path\""));
        entries.add(
            new ManifestEntry(
                id,
                dir.resolve(path).normalize(),
                text(node, "published").map(ManifestReader::date),
                text(node, "title"),
                text(node, "source"),
                text(node, "url")));
      } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
        rejections.add(
            new Rejection(
                origin,
                origin,
                new Problem(
                    ProblemKind.MALFORMED,
                    origin + ": bad manifest line (" + e.getMessage().lines().findFirst().orElse("")
                        + "); want JSON with \"id\", \"path\" and optional \"published\" (YYYY-MM-DD)")));
      }
    }
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
