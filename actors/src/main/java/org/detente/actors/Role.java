package org.detente.actors;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.detente.core.ActorCode;

/** A code an entry stands for between two dates (inclusive); open ends are {@link LocalDate#MIN}/{@link LocalDate#MAX}. */
public record Role(ActorCode code, LocalDate from, LocalDate to) {
  public Role {
    requireNonNull(code, "code");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("role " + code + " ends (" + to + ") before it starts (" + from + ")");
    }
  }

  public static Role always(ActorCode code) {
    return new Role(code, LocalDate.MIN, LocalDate.MAX);
  }

  public boolean holdsOn(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
