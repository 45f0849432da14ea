package org.detente.core;

import static java.util.Objects.requireNonNull;

/**
 * A typed dependency between two tokens of a sentence (Universal Dependencies relation names, e.g.
 * {@code nsubj}, {@code obl:to}). {@code head} is -1 for the root.
 */
public record Dependency(int head, int dependent, String relation) {
  public Dependency {
    requireNonNull(relation, "relation");
    if (head < -1 || dependent < 0) {
      throw new IllegalArgumentException("bad dependency " + relation + "(" + head + ", " + dependent + ")");
    }
  }

  /** The relation without its subtype: {@code obl:to} gives {@code obl}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
