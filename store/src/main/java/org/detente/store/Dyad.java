package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * An unordered pair of actor keys ({@code JPN}, {@code RUS}, {@code EU}): events between them count in either
 * direction. The keys are kept in the order given, for display.
 */
public record Dyad(String a, String b) {
  private static final Pattern KEY = Pattern.compile("[A-Z0-9]{2,18}");

  public Dyad {
    requireKey(a, "first actor");
    requireKey(b, "second actor");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a dyad needs two different actors, got " + a + " twice");
    }
  }

  /** Parses {@code A-B}, e.g. {@code JPN-RUS}; letters are upper-cased. */
  public static Dyad parse(String text) {
    requireNonNull(text, "text");
    String[] ab = text.strip().toUpperCase(java.util.Locale.ROOT).split("-", -1);
    if (ab.length != 2) {
      throw new IllegalArgumentException("a dyad is two actor keys joined by '-', e.g. JPN-RUS, not '" + text + "'");
    }
    return new Dyad(ab[0], ab[1]);
  }

  /** Whether {@code text} is an actor key: 2-18 capital letters or digits. */
  public static boolean isKey(String text) {
    return KEY.matcher(text).matches();
  }

  private static void requireKey(String key, String what) {
    requireNonNull(key, what);
    if (!isKey(key)) {
      throw new IllegalArgumentException(
          "not an actor key: '" + key + "' (" + what + "; want 2-18 capital letters or digits, e.g. JPN, EU)");
    }
  }

  @Override
  public String toString() {
    return a + "-" + b;
  }
}
