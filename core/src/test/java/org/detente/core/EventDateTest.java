package org.detente.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateTest {
  @Test
  void printsOnlyTheKnownPart() {
    assertThat(new EventDate(LocalDate.of(2015, 9, 21), DatePrecision.MONTH).text()).isEqualTo("2015-09");
    assertThat(new EventDate(LocalDate.of(2004, 6, 3), DatePrecision.YEAR).text()).isEqualTo("2004");
    assertThat(EventDate.ofDay(LocalDate.of(2015, 9, 21)).text()).isEqualTo("2015-09-21");
  }

  @Test
  void aDayAgreesWithItsMonthAndYearButAYearDoesNotAgreeWithAMonth() {
    EventDate day = EventDate.ofDay(LocalDate.of(2015, 9, 21));
    assertThat(day.agreesWith(EventDate.parse("2015-09", DatePrecision.DAY))).isTrue();
    assertThat(day.agreesWith(EventDate.parse("2015", DatePrecision.DAY))).isTrue();
    assertThat(day.agreesWith(EventDate.parse("2015-09-22", DatePrecision.DAY))).isFalse();
    EventDate year = EventDate.parse("2015", DatePrecision.DAY);
    assertThat(year.agreesWith(EventDate.parse("2015-09", DatePrecision.DAY))).isFalse();
    EventDate month = EventDate.parse("2015-09", DatePrecision.DAY);
    assertThat(month.agreesWith(EventDate.parse("2015-09-01", DatePrecision.DAY))).isFalse();
  }

  @Test
  void parseRejectsOtherShapes() {
    assertThatThrownBy(() -> EventDate.parse("21/09/2015", DatePrecision.DAY)).hasMessageContaining("'21/09/2015'");
  }
}
