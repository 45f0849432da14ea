package org.detente.web;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.detente.core.Mode;
import org.detente.store.Dyad;
import org.detente.store.EventFilter;
import org.detente.store.Interval;

/**
 * The query parameters of one request, checked: unknown names, repeated names, empty values and values
 * over {@value #MAX_VALUE} characters are refused, and every value is parsed with a message that names the parameter, what it wants, and what
 * came. Every failure is an {@link ApiException} with status 400.
 */
final class Params {
  /** Longest accepted text search and actor search. */
  static final int MAX_TEXT = 200;

  /** Longest value of any parameter (#5: a cursor is under 40 characters, the longest filter 200). */
  static final int MAX_VALUE = 512;

  /** Longest parameter name echoed in a message; longer names are refused without being echoed. */
  private static final int MAX_NAME = 64;

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * @param route the route, for messages
   * @param known the parameter names the route accepts
   */
  static Params of(String route, Map<String, List<String>> query, Set<String> known) {
    requireNonNull(query, "query");
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String name = e.getKey();
      if (name.length() > MAX_NAME) {
        throw ApiException.badRequest("a parameter name is " + name.length() + " characters long; " + route
            + " takes " + (known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))));
      }
      if (!known.contains(name)) {
        throw ApiException.badRequest("unknown parameter '" + name + "' for " + route
            + (known.isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", new TreeSet<>(known)) + ")"));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badRequest("parameter " + name + " is given " + e.getValue().size() + " times; give it once");
      }
      if (e.getValue().isEmpty() || e.getValue().get(0).isBlank()) {
        throw ApiException.badRequest("parameter " + name + " is empty; leave it out or give a value");
      }
      if (e.getValue().get(0).length() > MAX_VALUE) {
        throw ApiException.badRequest("parameter " + name + " is " + e.getValue().get(0).length()
            + " characters long; at most " + MAX_VALUE);
      }
    }
    return new Params(query);
  }

  /**
   * Checks the raw query string before the server's decoding, which drops or replaces what it cannot read
   * (#5): every escape is {@code %} and two hex digits, every name and value is UTF-8 (no overlong or
   * invalid bytes such as {@code %C0%AF}) and holds no control character (such as {@code %00}).
   */
  static void checkRaw(String rawQuery) {
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = decode("a parameter name", rawName);
      String shown = name.length() > MAX_NAME ? "a parameter" : "parameter " + name;
      if (eq >= 0) {
        decode(shown, pair.substring(eq + 1));
      }
    }
  }

  private static String decode(String what, String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
        int lo = hi >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
        if (lo < 0) {
          throw ApiException.badRequest(what + ": '%" + raw.substring(i + 1, Math.min(raw.length(), i + 3))
              + "' is not a percent escape (want % and two hex digits)");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c == '+' ? ' ' : c);
      } else {
        int cp = raw.codePointAt(i);
        bytes.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp) - 1;
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest(what + " is not UTF-8 text (invalid or overlong bytes)");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest(what + " holds a control character");
    }
    return text;
  }

  Optional<String> text(String name) {
    List<String> v = values.get(name);
    return v == null ? Optional.empty() : Optional.of(v.get(0).strip());
  }

  /** A whole number in [min, max], else {@code absent} when not given. */
  int integer(String name, int min, int max, int absent) {
    Optional<String> v = text(name);
    if (v.isEmpty()) {
      return absent;
    }
    String want = name + " must be a whole number from " + min + " to " + max + ", was '" + v.get() + "'";
    if (!v.get().matches("[0-9]{1,9}")) {
      throw ApiException.badRequest(want);
    }
    int n = Integer.parseInt(v.get());
    if (n < min || n > max) {
      throw ApiException.badRequest(want);
    }
    return n;
  }

  Optional<LocalDate> date(String name) {
    return text(name).map(v -> {
      try {
        if (v.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          return LocalDate.parse(v);
        }
      } catch (DateTimeParseException e) {
        throw ApiException.badRequest(name + " is not a calendar date: '" + v + "' (" + e.getMessage() + ")");
      }
      throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, was '" + v + "'");
    });
  }

  Optional<String> actor(String name) {
    return text(name).map(v -> {
      String key = v.toUpperCase(java.util.Locale.ROOT);
      if (!Dyad.isKey(key)) {
        throw ApiException.badRequest(name + " must be an actor key or code (2-18 letters or digits, e.g. JPN,"
            + " EU, RUSGOV), was '" + v + "'");
      }
      return key;
    });
  }

  Optional<Dyad> dyad(String name) {
    return text(name).map(v -> dyadOf(name, v));
  }

  static Dyad dyadOf(String name, String v) {
    try {
      return Dyad.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(name + ": " + e.getMessage());
    }
  }

  /** A CAMEO root, "4" or "04", as its two digits. */
  Optional<String> root(String name) {
    return text(name).map(v -> {
      if (!v.matches("[0-9]{1,2}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 20) {
        throw ApiException.badRequest(name + " must be a CAMEO root from 01 to 20, was '" + v + "'");
      }
      return v.length() == 1 ? "0" + v : v;
    });
  }

  Optional<String> code(String name) {
    return text(name).map(v -> {
      if (!v.matches("(0[1-9]|1[0-9]|20)[0-9]{0,2}")) {
        throw ApiException.badRequest(name + " must be a CAMEO code of 2-4 digits with a root from 01 to 20"
            + " (e.g. 04, 036, 0361), was '" + v + "'");
      }
      return v;
    });
  }

  Optional<Mode> mode(String name) {
    return text(name).map(v -> {
      try {
        return Mode.parse(v);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(name + ": " + e.getMessage());
      }
    });
  }

  Interval interval(String name, Interval absent) {
    return text(name).map(v -> {
      try {
        return Interval.parse(v);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest(name + ": " + e.getMessage());
      }
    }).orElse(absent);
  }

  /** Text for a search: at most {@link #MAX_TEXT} characters. */
  Optional<String> search(String name) {
    return text(name).map(v -> {
      if (v.length() > MAX_TEXT) {
        throw ApiException.badRequest(name + " is " + v.length() + " characters long; at most " + MAX_TEXT);
      }
      return v;
    });
  }

  /** The from/to pair, checked to be in order. */
  EventFilter range(EventFilter f) {
    Optional<LocalDate> from = date("from");
    Optional<LocalDate> to = date("to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw ApiException.badRequest("from " + from.get() + " is after to " + to.get());
    }
    EventFilter out = f;
    if (from.isPresent()) {
      out = out.withFrom(from.get());
    }
    if (to.isPresent()) {
      out = out.withTo(to.get());
    }
    return out;
  }

  /** The event filter parameters: dyad, actor, root, code, mode, from, to, q. */
  EventFilter eventFilter() {
    EventFilter f = range(EventFilter.all());
    Optional<Dyad> d = dyad("dyad");
    if (d.isPresent()) {
      f = f.withDyad(d.get());
    }
    Optional<String> a = actor("actor");
    if (a.isPresent()) {
      f = f.withActor(a.get());
    }
    Optional<String> r = root("root");
    if (r.isPresent()) {
      f = f.withRoot(r.get());
    }
    Optional<String> c = code("code");
    if (c.isPresent()) {
      f = f.withCode(c.get());
    }
    Optional<Mode> m = mode("mode");
    if (m.isPresent()) {
      f = f.withMode(m.get());
    }
    Optional<String> q = search("q");
    if (q.isPresent()) {
      f = f.withText(q.get());
    }
    return f;
  }
}
