package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with its tokens, dependency graph and time expressions.
 *
 * @param begin character offset of the sentence in the article text
 * @param end character offset one past it
 */
public record Sentence(
    int index,
    int begin,
    int end,
    String text,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<TimeMention> times) {
  public Sentence {
    requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    times = List.copyOf(times);
  }

  /** Dependents of {@code head}, in the order the parser gave them. */
  public List<Dependency> childrenOf(int head) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.head() == head) {
        out.add(d);
      }
    }
    return out;
  }

  /** The arc that attaches {@code token} to its head, or a root arc when it has none. */
  public Dependency parentOf(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d;
      }
    }
    return new Dependency(-1, token, "root");
  }
}
