package org.detente.core;

import static java.util.Objects.requireNonNull;

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
}
