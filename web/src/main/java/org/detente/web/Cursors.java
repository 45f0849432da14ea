package org.detente.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.detente.store.EventCursor;

/**
 * The opaque {@code cursor} of the events API: the position after the last event of a page, as URL-safe
 * Base64 of {@code epochDay:id} ({@code -:id} for an undated event).
 */
final class Cursors {
  private Cursors() {}

  static String encode(EventCursor c) {
    String raw = c.date().map(d -> Long.toString(d.toEpochDay())).orElse("-") + ":" + c.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** @throws ApiException (400) if {@code text} is not a cursor this API gave out */
  static EventCursor decode(String text) {
    String bad = "cursor '" + text + "' is not one this API gave out: pass the 'next' value of the previous page";
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(bad);
    }
    if (!raw.matches("(-|-?[0-9]{1,7}):[0-9]{1,18}")) {
      throw ApiException.badRequest(bad);
    }
    String[] parts = raw.split(":");
    Optional<LocalDate> date = parts[0].equals("-") ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(Long.parseLong(parts[0])));
    return new EventCursor(date, Long.parseLong(parts[1]));
  }
}
