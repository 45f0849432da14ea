package org.detente.core;

import static java.util.Objects.requireNonNull;

/** Why a stage rejected an input: a kind for grouping and a message naming the item and the fix. */
public record Problem(ProblemKind kind, String message) {
  public Problem {
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
  }
}
