package org.detente.core;

import static java.util.Objects.requireNonNull;

/**
 * A span of tokens that names an actor.
 *
 * @param start first token index in the sentence
 * @param end token index one past the last
 * @param head the token that carries the actor in the dependency graph (the last noun of the span)
 */
public record ActorMention(int sentence, int start, int end, int head, ActorCode code, String text) {
  public ActorMention {
    requireNonNull(code, "code");
    requireNonNull(text, "text");
    if (start < 0 || end <= start || head < start || head >= end) {
      throw new IllegalArgumentException(
          "bad actor mention '" + text + "': span " + start + "-" + end + ", head " + head);
    }
  }

  public boolean covers(int token) {
    return token >= start && token < end;
  }
}
