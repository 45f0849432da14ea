package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/** Accuracy floors recorded in the repository (src/test/resources/gold/*.floors.properties); they only go up. */
final class Floors {
  private final Properties floors = new Properties();
  private final String file;

  Floors(String resource) {
    this.file = resource;
    try (InputStream in = Floors.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no floors file " + resource + " on the test classpath");
      }
      floors.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails when {@code figure} is below the floor recorded for {@code key}; says when the floor could go up. */
  void check(String key, double figure) {
    String value = floors.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(file + " has no floor for '" + key + "'");
    }
    double floor = Double.parseDouble(value);
    System.out.printf(Locale.ROOT, "%s: %.3f (floor %.2f)%s%n", key, figure, floor,
        figure - floor > 0.02 ? " -- the floor can be raised in " + file : "");
    assertThat(figure).as("%s (floor in %s)", key, file).isGreaterThanOrEqualTo(floor);
  }
}
