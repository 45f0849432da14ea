package org.detente.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * How the NLP stage runs.
 *
 * @param timeExpressions run SUTime (anchored at each article's publication date)
 * @param maxSentenceTokens sentences longer than this are not parsed (they keep tokens and times)
 */
public record NlpConfig(boolean timeExpressions, int maxSentenceTokens) {
  public NlpConfig {
    List<String> problems = new ArrayList<>();
    if (maxSentenceTokens < 1) {
      problems.add("nlp.maxSentenceTokens must be >= 1, was " + maxSentenceTokens);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  public static NlpConfig defaults() {
    return new NlpConfig(true, 150);
  }
}
