package org.detente.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the coding stage's tab-separated data files (comments start with {@code #}). */
final class Tsv {
  private Tsv() {}

  static List<String[]> resource(String name, int columns) {
    InputStream in = Tsv.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("coding data file " + name + " is missing from the classpath");
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalArgumentException(
              name + ":" + n + ": want " + columns + " tab-separated columns, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        out.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    return out;
  }
}
