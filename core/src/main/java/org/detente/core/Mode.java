package org.detente.core;

import java.util.Locale;

/** Whether the text says the event happened, will happen, did not happen, or might happen. */
public enum Mode {
  ASSERTED,
  FUTURE,
  NEGATED,
  HYPOTHETICAL;

  /** Lower-case name as written in exports and gold files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Mode parse(String text) {
    for (Mode m : values()) {
      if (m.label().equals(text)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "not a mode: '" + text + "' (want asserted, future, negated or hypothetical)");
  }
}
