package org.detente.store;

import java.util.Locale;
import org.detente.core.DatePrecision;

/** The length of the periods a dyad's events are counted in. Weeks start on Monday (ISO 8601). */
public enum Interval {
  WEEK,
  MONTH,
  YEAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Interval parse(String text) {
    for (Interval i : values()) {
      if (i.label().equals(text)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not an interval: '" + text + "' (want week, month or year)");
  }

  /** Whether an event dated to {@code p} is known less precisely than one period of this length. */
  public boolean coarserThanPeriod(DatePrecision p) {
    if (p == DatePrecision.YEAR) {
      return this != YEAR;
    }
    return p == DatePrecision.MONTH && this == WEEK;
  }
}
