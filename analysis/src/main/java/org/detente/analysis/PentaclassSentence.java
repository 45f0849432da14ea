package org.detente.analysis;

import static java.util.Objects.requireNonNull;

/**
 * One sentence of a CAMEO "pentaclass" set with its class: 0 = roots 01–02, 1 = 03–05, 2 = 06–08,
 * 3 = 09–13 and 16, 4 = 14–15 and 17–20.
 *
 * @param line the line of the file it came from (1-based), for messages and ids
 */
public record PentaclassSentence(int line, String text, int label) {
  public PentaclassSentence {
    requireNonNull(text, "text");
    if (label < 0 || label >= Pentaclass.CLASSES) {
      throw new IllegalArgumentException("pentaclass label must be 0-4, was " + label);
    }
  }
}
