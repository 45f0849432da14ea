package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's tab-separated data files (dictionaries, codebook, patterns): UTF-8, one row a line, blank
 * lines and lines starting with {@code #} skipped, cells stripped, every row with the same number of cells.
 */
public final class TabFile {
  private TabFile() {}

  /** The rows of the resource {@code name} next to {@code owner}; a missing resource is a packaging error. */
  public static List<String[]> resource(Class<?> owner, String name, int columns) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("data file " + name + " is missing from the classpath of " + owner.getName());
    }
    return rows(in, name, columns);
  }

  /** The rows of {@code in} (closed afterwards); {@code file} names it in error messages. */
  public static List<String[]> rows(InputStream in, String file, int columns) {
    requireNonNull(in, "in");
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
              file + ":" + n + ": want " + columns + " tab-separated columns, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        out.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }
}
