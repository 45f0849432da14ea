package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An event's own date. For month and year precision the day (and month) are the first of the period;
 * {@link #text()} prints only the known part.
 */
public record EventDate(LocalDate value, DatePrecision precision) {
  public EventDate {
    requireNonNull(value, "value");
    requireNonNull(precision, "precision");
    if (precision == DatePrecision.MONTH) {
      value = value.withDayOfMonth(1);
    } else if (precision == DatePrecision.YEAR) {
      value = value.withDayOfYear(1);
    }
  }

  public static EventDate ofDay(LocalDate day) {
    return new EventDate(day, DatePrecision.DAY);
  }

  /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, as in the gold format. */
  public String text() {
    String full = value.toString();
    if (precision == DatePrecision.YEAR) {
      return full.substring(0, 4);
    }
    if (precision == DatePrecision.MONTH) {
      return full.substring(0, 7);
    }
    return full;
  }

  /** Parses the gold/export form back: {@code 2015}, {@code 2015-09} or {@code 2015-09-21}. */
  public static EventDate parse(String text, DatePrecision precisionForDays) {
    requireNonNull(text, "text");
    if (text.matches("\\d{4}")) {
      return new EventDate(LocalDate.of(Integer.parseInt(text), 1, 1), DatePrecision.YEAR);
    }
    if (text.matches("\\d{4}-\\d{2}")) {
      return new EventDate(LocalDate.parse(text + "-01"), DatePrecision.MONTH);
    }
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return new EventDate(LocalDate.parse(text), precisionForDays);
    }
    throw new IllegalArgumentException("not a date: '" + text + "' (want YYYY, YYYY-MM or YYYY-MM-DD)");
  }

  /** True when this date agrees with {@code gold} at the gold's precision. */
  public boolean agreesWith(EventDate gold) {
    if (gold.precision == DatePrecision.YEAR) {
      return value.getYear() == gold.value.getYear();
    }
    if (precision == DatePrecision.YEAR) {
      return false;
    }
    if (gold.precision == DatePrecision.MONTH) {
      return value.getYear() == gold.value.getYear() && value.getMonth() == gold.value.getMonth();
    }
    return precision != DatePrecision.MONTH && value.equals(gold.value);
  }
}
