package org.detente.analysis;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One example of the PLOVER gold-standard records (PLOVER-GSR): a sentence, its publication date, the event type
 * the annotators gave it, and the source and target actors as scoring keys.
 *
 * @param sources scoring keys of the source actor(s); several for a compound actor ("Hungarian and Romanian
 *     officials"); empty when the record names none
 * @param targets scoring keys of the target actor(s), same conventions; empty when the record has no target
 */
public record PloverRecord(
    String id, String text, LocalDate date, String event, List<String> sources, List<String> targets) {
  public PloverRecord {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(date, "date");
    requireNonNull(event, "event");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }
}
