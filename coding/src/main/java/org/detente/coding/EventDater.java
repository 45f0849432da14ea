package org.detente.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.TimeMention;

/**
 * Turns a time expression into an event date. Reads TIMEX values as candidates, not truth: "last
 * Monday" is taken in its news sense (the most recent Monday before publication, where SUTime gives the
 * Monday of the previous week), and values that are not a calendar date (durations, "now", decades,
 * dates without a year) give none.
 */
final class EventDater {
  private static final java.util.regex.Pattern DAY =
      java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
  private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})");
  private static final java.util.regex.Pattern WEEK = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2}).*");
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(\\d{4})(-(SP|SU|FA|WI|H1|H2|Q1|Q2|Q3|Q4))?");
  private static final java.util.regex.Pattern LAST_WEEKDAY =
      java.util.regex.Pattern.compile("(?i)last (monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
  private static final java.util.regex.Pattern BARE_WEEKDAY =
      java.util.regex.Pattern.compile("(?i)(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
  private static final java.util.regex.Pattern SAME_DAY =
      java.util.regex.Pattern.compile("(?i)(?:the )?same day|that day|the day");
  private static final java.util.regex.Pattern NEXT_DAY =
      java.util.regex.Pattern.compile("(?i)(?:the )?(?:next|following) day|the day after");
  private static final java.util.regex.Pattern PREVIOUS_DAY =
      java.util.regex.Pattern.compile("(?i)(?:the )?(?:previous|preceding) day|the day before");
  private static final java.util.regex.Pattern SHIFT = java.util.regex.Pattern.compile(
      "(?i)(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (day|days|week|weeks) (later|after|earlier|before)");
  /** "nine years ago", "two months ago": SUTime gives the day; the text means the year or the month. */
  private static final java.util.regex.Pattern AGO =
      java.util.regex.Pattern.compile("(?i).*\\b(year|years|month|months) ago");
  private static final List<String> NUMBERS =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  private static final java.util.regex.Pattern HAS_YEAR = java.util.regex.Pattern.compile(".*\\b\\d{4}\\b.*");

  private EventDater() {}

  /**
   * The date {@code time} gives an event.
   *
   * @param future whether the event is planned: a bare weekday is then the next one, and a day or month
   *     without a year that falls before publication is taken in the following year
   */
  static Optional<EventDate> date(TimeMention time, Optional<LocalDate> published, boolean future) {
    return date(time, time.text(), published, future, false, Optional.empty());
  }

  /**
   * As {@link #date(TimeMention, Optional, boolean)}, reading expressions that refer to an earlier date of
   * the text ("the same day", "two days later", "a day before") against {@code anchor}, the last day the
   * text named.
   *
   * @param phrase the expression with the words around it that change its meaning ("that", "later")
   * @param past whether the event is told in a past tense: a day or month without a year that falls after
   *     publication is then taken in the year before ("launched attacks in May", published in January)
   */
  static Optional<EventDate> date(TimeMention time, String phrase, Optional<LocalDate> published, boolean future,
      boolean past, Optional<LocalDate> anchor) {
    Optional<Optional<EventDate>> relative = relative(phrase.strip(), anchor);
    if (relative.isPresent()) {
      return relative.get();
    }
    if (!time.type().equals("DATE") && !time.type().equals("TIME")) {
      return Optional.empty();
    }
    String text = time.text().strip();
    if (published.isPresent()) {
      Matcher last = LAST_WEEKDAY.matcher(text);
      if (last.matches()) {
        DayOfWeek day = DayOfWeek.valueOf(last.group(1).toUpperCase(Locale.ROOT));
        return Optional.of(EventDate.ofDay(published.get().with(TemporalAdjusters.previous(day))));
      }
      Matcher bare = BARE_WEEKDAY.matcher(text);
      if (bare.matches()) {
        DayOfWeek day = DayOfWeek.valueOf(bare.group(1).toUpperCase(Locale.ROOT));
        LocalDate d = future
            ? published.get().with(TemporalAdjusters.next(day))
            : published.get().with(TemporalAdjusters.previousOrSame(day));
        return Optional.of(EventDate.ofDay(d));
      }
    }
    Optional<EventDate> d = calendar(time.value());
    Matcher ago = AGO.matcher(text);
    if (ago.matches() && d.isPresent()) {
      LocalDate v = d.get().value();
      return Optional.of(ago.group(1).toLowerCase(Locale.ROOT).startsWith("year")
          ? new EventDate(v.withDayOfYear(1), DatePrecision.YEAR)
          : new EventDate(v.withDayOfMonth(1), DatePrecision.MONTH));
    }
    if (d.isEmpty() || published.isEmpty() || HAS_YEAR.matcher(text).matches()
        || d.get().precision() == DatePrecision.YEAR) {
      return d;
    }
    if (future && d.get().value().isBefore(published.get().withDayOfMonth(1))) {
      return Optional.of(new EventDate(d.get().value().plusYears(1), d.get().precision()));
    }
    LocalDate latest = d.get().precision() == DatePrecision.DAY ? published.get() : published.get().withDayOfMonth(1);
    if (past && d.get().value().isAfter(latest)) {
      return Optional.of(new EventDate(d.get().value().minusYears(1), d.get().precision()));
    }
    return d;
  }

  /** For an expression relative to an earlier date of the text: its date (none without an anchor). */
  private static Optional<Optional<EventDate>> relative(String phrase, Optional<LocalDate> anchor) {
    int shift;
    Matcher m = SHIFT.matcher(phrase);
    if (SAME_DAY.matcher(phrase).matches()) {
      shift = 0;
    } else if (NEXT_DAY.matcher(phrase).matches()) {
      shift = 1;
    } else if (PREVIOUS_DAY.matcher(phrase).matches()) {
      shift = -1;
    } else if (m.matches()) {
      String n = m.group(1).toLowerCase(Locale.ROOT);
      int count = n.equals("a") || n.equals("an") ? 1 : NUMBERS.contains(n) ? NUMBERS.indexOf(n) : Integer.parseInt(n);
      int days = m.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 * count : count;
      String way = m.group(3).toLowerCase(Locale.ROOT);
      shift = way.equals("later") || way.equals("after") ? days : -days;
    } else {
      return Optional.empty();
    }
    return Optional.of(anchor.map(a -> EventDate.ofDay(a.plusDays(shift))));
  }

  private static Optional<EventDate> calendar(String v) {
    Matcher m = DAY.matcher(v);
    if (m.matches()) {
      return Optional.of(EventDate.ofDay(LocalDate.parse(v.substring(0, 10))));
    }
    m = MONTH.matcher(v);
    if (m.matches()) {
      return Optional.of(new EventDate(LocalDate.parse(v + "-01"), DatePrecision.MONTH));
    }
    m = WEEK.matcher(v);
    if (m.matches()) {
      LocalDate monday =
          LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
              .with(DayOfWeek.MONDAY);
      return Optional.of(new EventDate(monday, DatePrecision.MONTH));
    }
    m = YEAR.matcher(v);
    if (m.matches()) {
      return Optional.of(new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR));
    }
    return Optional.empty();
  }
}
