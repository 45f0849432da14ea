package org.detente.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.detente.core.CodedEvent;

/** A coded event with its actors' scoring keys ("JPN", "EU"; "" for a missing target). */
public record Prediction(CodedEvent event, String sourceKey, String targetKey) {
  public Prediction {
    requireNonNull(event, "event");
    requireNonNull(sourceKey, "sourceKey");
    requireNonNull(targetKey, "targetKey");
  }

  /** Whether it names two different countries or organisations: what dyads and gold scoring count. */
  public boolean isDyadic() {
    return !sourceKey.isEmpty() && !targetKey.isEmpty() && !sourceKey.equals(targetKey);
  }

  public String doc() {
    return event.doc().value();
  }

  /** The prediction with the highest confidence; the first of equals; empty for no predictions. */
  public static Optional<Prediction> mostConfident(List<Prediction> predictions) {
    Optional<Prediction> best = Optional.empty();
    for (Prediction p : predictions) {
      if (best.isEmpty() || p.event().confidence() > best.get().event().confidence()) {
        best = Optional.of(p);
      }
    }
    return best;
  }
}
