package org.detente.analysis;

import static java.util.Objects.requireNonNull;

import org.detente.core.CodedEvent;

/** A coded event with its actors' scoring keys ("JPN", "EU"). */
public record Prediction(CodedEvent event, String sourceKey, String targetKey) {
  public Prediction {
    requireNonNull(event, "event");
    requireNonNull(sourceKey, "sourceKey");
    requireNonNull(targetKey, "targetKey");
  }

  public String doc() {
    return event.doc().value();
  }
}
