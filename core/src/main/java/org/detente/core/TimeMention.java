package org.detente.core;

import static java.util.Objects.requireNonNull;

/**
 * A time expression found in a sentence, as the time tagger normalised it (TIMEX3 value such as
 * {@code 2015-09-21}, {@code 2014-03}, {@code 2004}, {@code 2015-W38}, {@code PRESENT_REF}).
 *
 * @param start first token index
 * @param end token index one past the last
 */
public record TimeMention(int start, int end, String text, String type, String value) {
  public TimeMention {
    requireNonNull(text, "text");
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad time mention span " + start + "-" + end + " for '" + text + "'");
    }
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }
}
