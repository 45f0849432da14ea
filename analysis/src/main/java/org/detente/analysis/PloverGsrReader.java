package org.detente.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the PLOVER gold-standard records: a JSON array of objects with {@code id}, {@code date}, {@code event},
 * {@code text}, and {@code source}/{@code target} lists of {@code {actorText, code, sector}}. Records whose event
 * is {@code DOCUMENT} describe the file and are skipped.
 *
 * <p>Actor codes become scoring keys: the first three letters, with the few non-ISO country codes the set uses
 * mapped to ISO 3166-1 ({@code JAP} → {@code JPN}, {@code ITL} → {@code ITA}, {@code VTN} → {@code VNM}).
 * {@code IGO} and {@code NGO} stay as they are: the set does not say which organisation, so the scorer accepts
 * any organisation for them. A missing, null or empty-string {@code source}/{@code target} gives an empty list.
 */
public final class PloverGsrReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> ALIASES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

  private PloverGsrReader() {}

  public static List<PloverRecord> read(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read PLOVER gold records " + file + ": " + e.getMessage(), e);
    }
    return parse(root, file.toString());
  }

  /** The records of an already parsed array; {@code origin} names it in messages. */
  public static List<PloverRecord> parse(JsonNode root, String origin) {
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(origin + ": want a JSON array of PLOVER records");
    }
    List<PloverRecord> out = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode n = root.get(i);
      if (n.path("event").asText("").equals("DOCUMENT")) {
        continue;
      }
      String id = n.path("id").asText("#" + i);
      try {
        out.add(record(n, id));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(origin + ": record " + id + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static PloverRecord record(JsonNode n, String id) {
    String text = need(n, "text");
    String event = need(n, "event").toUpperCase(Locale.ROOT);
    LocalDate date;
    try {
      date = LocalDate.parse(need(n, "date"));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"date\" is not YYYY-MM-DD: '" + n.get("date").asText() + "'", e);
    }
    return new PloverRecord(id, text, date, event, actors(n.get("source")), actors(n.get("target")));
  }

  private static List<String> actors(JsonNode list) {
    Set<String> keys = new LinkedHashSet<>();
    if (list == null || !list.isArray()) {
      return List.of(); // null, missing, or "" (the set's way of writing "no target")
    }
    for (JsonNode actor : list) {
      String code = actor.path("code").asText("").strip().toUpperCase(Locale.ROOT);
      if (code.length() < 3) {
        throw new IllegalArgumentException("actor without a code of at least 3 letters: " + actor);
      }
      keys.add(key(code));
    }
    return List.copyOf(keys);
  }

  /** The scoring key of a PLOVER-GSR actor code: its country (ISO 3166-1), or IGO/NGO and the like as they are. */
  static String key(String code) {
    String three = code.substring(0, 3);
    return ALIASES.getOrDefault(three, three);
  }

  private static String need(JsonNode n, String field) {
    if (!n.hasNonNull(field) || n.get(field).asText().isBlank()) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return n.get(field).asText();
  }
}
