package org.detente.core;

import static java.util.Objects.requireNonNull;

/**
 * One token of a sentence.
 *
 * @param index position in its sentence, from 0
 * @param begin character offset in the article text
 * @param end character offset one past the token
 */
public record Token(int index, String word, String lemma, String pos, int begin, int end) {
  public Token {
    requireNonNull(word, "word");
    requireNonNull(lemma, "lemma");
    requireNonNull(pos, "pos");
    if (index < 0 || begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "bad token '" + word + "': index " + index + ", span " + begin + "-" + end);
    }
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }
}
