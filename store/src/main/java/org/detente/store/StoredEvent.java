package org.detente.store;

import static java.util.Objects.requireNonNull;

import org.detente.core.CodedEvent;

/**
 * An event as stored: its id in the store, the scoring keys of its actors ("JPN", "EU"; "" for the missing
 * side of a one-actor event) and the URL of its document ("" when unknown).
 */
public record StoredEvent(long id, CodedEvent event, String sourceKey, String targetKey, String url) {
  public StoredEvent {
    requireNonNull(event, "event");
    requireNonNull(sourceKey, "sourceKey");
    requireNonNull(targetKey, "targetKey");
    requireNonNull(url, "url");
  }
}
