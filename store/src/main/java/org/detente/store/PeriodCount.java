package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A dyad's events in one period.
 *
 * @param start first day of the period (a Monday, the 1st of a month, or 1 January)
 * @param imprecise how many of the events are dated less precisely than the period (a month-dated event in
 *     a weekly series is counted in the week of the 1st)
 */
public record PeriodCount(
    LocalDate start,
    long events,
    long verbalCooperation,
    long materialCooperation,
    long verbalConflict,
    long materialConflict,
    double meanGoldstein,
    long imprecise) {
  public PeriodCount {
    requireNonNull(start, "start");
  }
}
