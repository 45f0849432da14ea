package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Which events to read.
 *
 * @param dyad two actor keys ("JPN", "RUS"): events between them in either direction
 * @param doc one document's events
 */
public record EventQuery(Optional<String[]> dyad, Optional<String> doc) {
  public EventQuery {
    requireNonNull(dyad, "dyad");
    requireNonNull(doc, "doc");
    dyad.ifPresent(
        d -> {
          if (d.length != 2) {
            throw new IllegalArgumentException("a dyad has two actors, got " + d.length);
          }
        });
  }

  public static EventQuery all() {
    return new EventQuery(Optional.empty(), Optional.empty());
  }

  public static EventQuery dyad(String a, String b) {
    return new EventQuery(Optional.of(new String[] {a, b}), Optional.empty());
  }
}
