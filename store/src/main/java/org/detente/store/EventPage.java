package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** One page of events, and where the next page starts if there is one. */
public record EventPage(List<StoredEvent> events, Optional<EventCursor> next) {
  public EventPage {
    events = List.copyOf(events);
    requireNonNull(next, "next");
  }
}
