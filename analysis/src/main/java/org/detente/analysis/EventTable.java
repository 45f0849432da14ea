package org.detente.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.detente.core.CodedEvent;

/**
 * The export columns of an event (README, "Export columns") and their JSON Lines and CSV forms, shared by
 * {@code detente export} and the web page's download so both write the same table.
 */
public final class EventTable {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "doc_id", "sentence", "evidence", "start", "end", "source", "source_text", "target", "target_text", "code",
      "root", "quad_class", "goldstein", "date", "date_precision", "mode", "location", "plover", "confidence");

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventTable() {}

  /** The CSV header line (no line break). */
  public static String csvHeader() {
    return String.join(",", COLUMNS);
  }

  /** One CSV line (RFC 4180 quoting, no line break). */
  public static String csv(CodedEvent e) {
    List<String> cells = new ArrayList<>();
    for (Object x : values(e)) {
      cells.add(quote(x == null ? "" : x.toString()));
    }
    return String.join(",", cells);
  }

  /** One JSON object on one line: numbers as numbers, missing values as null. */
  public static String json(CodedEvent e) {
    ObjectNode n = JSON.createObjectNode();
    List<Object> v = values(e);
    for (int i = 0; i < COLUMNS.size(); i++) {
      Object x = v.get(i);
      if (x == null) {
        n.putNull(COLUMNS.get(i));
      } else if (x instanceof Integer k) {
        n.put(COLUMNS.get(i), k);
      } else if (x instanceof Double d) {
        n.put(COLUMNS.get(i), d);
      } else {
        n.put(COLUMNS.get(i), x.toString());
      }
    }
    return n.toString();
  }

  /** The values of {@link #COLUMNS}, null where the event has none. */
  private static List<Object> values(CodedEvent e) {
    List<Object> v = new ArrayList<>();
    v.add(e.doc().value());
    v.add(e.sentence());
    v.add(e.evidence());
    v.add(e.start());
    v.add(e.end());
    v.add(e.source().map(t -> t.value()).orElse(null));
    v.add(e.source().map(t -> e.sourceText()).orElse(null));
    v.add(e.target().map(t -> t.value()).orElse(null));
    v.add(e.target().map(t -> e.targetText()).orElse(null));
    v.add(e.code().value());
    v.add(e.code().rootCode());
    v.add(e.quadClass().number());
    v.add(e.goldstein());
    v.add(e.date().map(d -> d.text()).orElse(null));
    v.add(e.date().map(d -> d.precision().label()).orElse(null));
    v.add(e.mode().label());
    v.add(e.location().orElse(null));
    v.add(e.plover());
    v.add(e.confidence());
    return v;
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
