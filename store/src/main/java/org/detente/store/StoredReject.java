package org.detente.store;

import static java.util.Objects.requireNonNull;

import org.detente.core.ProblemKind;

/** A document that was not coded, with the reason, as stored. */
public record StoredReject(String origin, String docId, ProblemKind kind, String message) {
  public StoredReject {
    requireNonNull(origin, "origin");
    requireNonNull(docId, "docId");
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
  }
}
