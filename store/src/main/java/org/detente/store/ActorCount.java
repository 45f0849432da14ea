package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An actor key with the number of events it takes part in (as source or target) and the words the texts
 * most often used for it.
 */
public record ActorCount(String key, long events, List<String> mentions) {
  public ActorCount {
    requireNonNull(key, "key");
    mentions = List.copyOf(mentions);
  }
}
