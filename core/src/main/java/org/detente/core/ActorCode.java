package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * CAMEO actor code: a country (ISO 3166-1 alpha-3) or organisation code optionally followed by 3-letter
 * sector codes, e.g. {@code JPN}, {@code JPNGOV}, {@code RUSMIL}, {@code IGOEUREEC}.
 */
public record ActorCode(String value) {
  private static final Pattern FORM = Pattern.compile("[A-Z0-9]{2,18}");

  public ActorCode {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not a CAMEO actor code: '" + value + "' (want 2-18 capital letters or digits)");
    }
  }

  /** The first three letters: the country (or the organisation family, IGO/NGO). */
  public String country() {
    return value.length() >= 3 ? value.substring(0, 3) : value;
  }

  @Override
  public String toString() {
    return value;
  }
}
