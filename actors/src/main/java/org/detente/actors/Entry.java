package org.detente.actors;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a dictionary name stands for.
 *
 * @param kind how the name combines with its neighbours
 * @param roles codes with their periods; a sector entry has one role whose code is only the sector
 */
public record Entry(Kind kind, List<Role> roles) {
  /** How a name behaves in a noun phrase. */
  public enum Kind {
    /** A country, city metonym or organisation: supplies the country part of a code. */
    PLACE,
    /** A seat of power ("the Kremlin"): the country's government. */
    SEAT,
    /** A person: supplies a full code valid for a period. */
    PERSON,
    /** A sector noun ("foreign minister", "troops"): supplies only the sector part, written after the country. */
    SECTOR,
    /** An agent whose code is written before the country's (PETRARCH's {@code NGO~}): "rights group". */
    PREFIX;

    /** Whether the name supplies only a sector, before or after the country. */
    public boolean sector() {
      return this == SECTOR || this == PREFIX;
    }
  }

  public Entry {
    requireNonNull(kind, "kind");
    roles = List.copyOf(roles);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a dictionary entry needs at least one role");
    }
  }

  /** The role valid on {@code day}; for people outside every period, none. */
  public Optional<Role> on(LocalDate day) {
    for (Role r : roles) {
      if (r.holdsOn(day)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
