package org.detente.core;

import java.util.Locale;

/**
 * How much of an event date the text gave. {@code DOC} means the text gave none and the date is the
 * document's publication date.
 */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  DOC;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatePrecision parse(String text) {
    for (DatePrecision p : values()) {
      if (p.label().equals(text)) {
        return p;
      }
    }
    throw new IllegalArgumentException("not a date precision: '" + text + "' (want day, month, year or doc)");
  }
}
