package org.detente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.TimeMention;
import org.junit.jupiter.api.Test;

class EventDaterTest {
  private static final Optional<LocalDate> SATURDAY = Optional.of(LocalDate.of(2015, 9, 26));

  private static Optional<EventDate> date(String text, String value, boolean future) {
    return EventDater.date(new TimeMention(0, 1, text, "DATE", value), SATURDAY, future);
  }

  @Test
  void lastMondayIsTheMostRecentMondayNotTheOneOfThePreviousWeek() {
    assertThat(date("last Monday", "2015-09-14", false)).contains(EventDate.ofDay(LocalDate.of(2015, 9, 21)));
  }

  @Test
  void aBareWeekdayIsThePastOneForPastEventsAndTheNextOneForPlans() {
    assertThat(date("Tuesday", "2015-09-29", false)).contains(EventDate.ofDay(LocalDate.of(2015, 9, 22)));
    assertThat(date("Saturday", "2015-09-26", false)).contains(EventDate.ofDay(LocalDate.of(2015, 9, 26)));
    assertThat(date("Friday", "2015-09-25", true)).contains(EventDate.ofDay(LocalDate.of(2015, 10, 2)));
  }

  @Test
  void aPlannedDayWithoutAYearThatHasPassedIsNextYears() {
    assertThat(date("May 6", "2015-05-06", true)).contains(EventDate.ofDay(LocalDate.of(2016, 5, 6)));
    assertThat(date("May 6, 2015", "2015-05-06", true)).contains(EventDate.ofDay(LocalDate.of(2015, 5, 6)));
    assertThat(date("May 6", "2015-05-06", false)).contains(EventDate.ofDay(LocalDate.of(2015, 5, 6)));
  }

  @Test
  void monthsYearsWeeksAndSeasonsKeepTheirPrecision() {
    assertThat(date("March 2014", "2014-03", false)).contains(new EventDate(LocalDate.of(2014, 3, 1), DatePrecision.MONTH));
    assertThat(date("2004", "2004", false)).contains(new EventDate(LocalDate.of(2004, 1, 1), DatePrecision.YEAR));
    assertThat(date("summer 2013", "2013-SU", false)).contains(new EventDate(LocalDate.of(2013, 1, 1), DatePrecision.YEAR));
    assertThat(date("next week", "2015-W40", false).map(EventDate::precision)).contains(DatePrecision.MONTH);
  }

  @Test
  void aPastDayOrMonthWithoutAYearThatFallsAfterPublicationIsLastYears() {
    TimeMention november = new TimeMention(0, 1, "November", "DATE", "2015-11");
    assertThat(EventDater.date(november, "November", SATURDAY, false, true, Optional.empty()))
        .contains(new EventDate(LocalDate.of(2014, 11, 1), DatePrecision.MONTH));
    assertThat(EventDater.date(november, "November", SATURDAY, false, false, Optional.empty()))
        .contains(new EventDate(LocalDate.of(2015, 11, 1), DatePrecision.MONTH));
    TimeMention september = new TimeMention(0, 1, "September", "DATE", "2015-09");
    assertThat(EventDater.date(september, "September", SATURDAY, false, true, Optional.empty()))
        .contains(new EventDate(LocalDate.of(2015, 9, 1), DatePrecision.MONTH));
    TimeMention dated = new TimeMention(0, 1, "November 2015", "DATE", "2015-11");
    assertThat(EventDater.date(dated, "November 2015", SATURDAY, false, true, Optional.empty()))
        .contains(new EventDate(LocalDate.of(2015, 11, 1), DatePrecision.MONTH));
  }

  @Test
  void yearsOrMonthsAgoAreAYearOrAMonthNotTheDaySutimeGives() {
    assertThat(date("nine years ago", "2006-09-26", false)).contains(new EventDate(LocalDate.of(2006, 1, 1), DatePrecision.YEAR));
    assertThat(date("two months ago", "2015-07-26", false)).contains(new EventDate(LocalDate.of(2015, 7, 1), DatePrecision.MONTH));
    assertThat(date("three days ago", "2015-09-23", false)).contains(EventDate.ofDay(LocalDate.of(2015, 9, 23)));
  }

  @Test
  void valuesThatAreNoCalendarDateGiveNone() {
    assertThat(date("now", "PRESENT_REF", false)).isEmpty();
    assertThat(date("the 1980s", "198X", false)).isEmpty();
    assertThat(EventDater.date(new TimeMention(0, 1, "three years", "DURATION", "P3Y"), SATURDAY, false)).isEmpty();
  }

  @Test
  void expressionsRelativeToTheTextsLastDayUseItNotThePublicationDate() {
    Optional<LocalDate> anchor = Optional.of(LocalDate.of(2015, 9, 21));
    TimeMention t = new TimeMention(0, 1, "x", "DATE", "2015-09-28");
    assertThat(EventDater.date(t, "the same day", SATURDAY, false, false, anchor)).contains(EventDate.ofDay(LocalDate.of(2015, 9, 21)));
    assertThat(EventDater.date(t, "Two days later", SATURDAY, false, false, anchor)).contains(EventDate.ofDay(LocalDate.of(2015, 9, 23)));
    assertThat(EventDater.date(t, "a day before", SATURDAY, false, false, anchor)).contains(EventDate.ofDay(LocalDate.of(2015, 9, 20)));
    assertThat(EventDater.date(t, "The next day", SATURDAY, false, false, anchor)).contains(EventDate.ofDay(LocalDate.of(2015, 9, 22)));
    assertThat(EventDater.date(t, "a week later", SATURDAY, false, false, Optional.empty())).isEmpty();
  }
}
