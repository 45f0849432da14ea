package org.detente.store;

import static java.util.Objects.requireNonNull;

/** Events between two actors (either direction), split into cooperative (quad 1-2) and conflictual (3-4). */
public record DyadCount(String a, String b, long events, long cooperation, long conflict, double meanGoldstein) {
  public DyadCount {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
  }
}
