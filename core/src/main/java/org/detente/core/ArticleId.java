package org.detente.core;

import static java.util.Objects.requireNonNull;

/** Identifier of an input document: the manifest id, else the file stem, else the JSON id. */
public record ArticleId(String value) {
  public ArticleId {
    requireNonNull(value, "value");
    if (value.isBlank() || value.length() > 512) {
      throw new IllegalArgumentException("not an article id: '" + value + "' (want 1-512 non-blank chars)");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
