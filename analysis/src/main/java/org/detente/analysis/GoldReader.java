package org.detente.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.Mode;

/** Reads a gold file (JSON Lines in the gold format); a bad line is an error naming file and line. */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  public static List<GoldEvent> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
    }
    List<GoldEvent> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        out.add(parse(JSON.readTree(lines.get(i))));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a gold event (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  private static GoldEvent parse(JsonNode n) {
    List<String> alt = new ArrayList<>();
    if (n.hasNonNull("alt_roots")) {
      n.get("alt_roots").forEach(x -> alt.add(x.asText()));
    }
    Optional<EventDate> date = Optional.empty();
    if (n.hasNonNull("date")) {
      String p = n.path("precision").asText("day");
      date = Optional.of(EventDate.parse(n.get("date").asText(), p.equals("day") ? DatePrecision.DAY : DatePrecision.parse(p)));
    }
    return new GoldEvent(
        need(n, "doc"), need(n, "source"), need(n, "target"), need(n, "root"), alt, n.path("symmetric").asBoolean(false),
        date, Mode.parse(n.path("mode").asText("asserted")), n.path("optional").asBoolean(false),
        n.path("evidence").asText(""));
  }

  private static String need(JsonNode n, String field) {
    if (!n.hasNonNull(field)) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return n.get(field).asText();
  }
}
