package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A position in the event order (date, oldest first, undated last; then id): a page continues with the
 * events after it. Keyset paging, so a page costs the same however deep it is and rows written meanwhile
 * never shift a page.
 *
 * @param date the date of the last event of the previous page, empty if it had none
 * @param id the store id of that event
 */
public record EventCursor(Optional<LocalDate> date, long id) {
  public EventCursor {
    requireNonNull(date, "date");
  }

  public static EventCursor after(StoredEvent e) {
    return new EventCursor(e.event().date().map(d -> d.value()), e.id());
  }
}
