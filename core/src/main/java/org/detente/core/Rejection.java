package org.detente.core;

import static java.util.Objects.requireNonNull;

/**
 * An input that could not be coded.
 *
 * @param origin the file (and line) it came from
 * @param id the document id when one was known, else the origin
 */
public record Rejection(String origin, String id, Problem problem) {
  public Rejection {
    requireNonNull(origin, "origin");
    requireNonNull(id, "id");
    requireNonNull(problem, "problem");
  }
}
