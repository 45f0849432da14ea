package org.detente.store;

import java.util.List;

/**
 * A dyad's events counted per period, oldest first; only periods with events are listed.
 *
 * @param undated the dyad's events that have no date at all (they are in no period)
 */
public record Series(List<PeriodCount> periods, long undated) {
  public Series {
    periods = List.copyOf(periods);
  }
}
