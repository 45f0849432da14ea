package org.detente.nlp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * How the NLP stage runs.
 *
 * @param profile which CoreNLP annotators run
 * @param timeExpressions run SUTime (anchored at each article's publication date); only with {@link
 *     Profile#CODING}
 * @param maxSentenceTokens sentences longer than this are not parsed (they keep tokens and times)
 */
public record NlpConfig(Profile profile, boolean timeExpressions, int maxSentenceTokens) {
  /** The annotator sets. */
  public enum Profile {
    /** What the coder needs: tokenize, ssplit, pos, lemma, depparse (and SUTime when asked). */
    CODING,
    /**
     * Only tokenize, ssplit, pos, depparse: the least any dependency-based coder needs. The reference
     * that {@code detente bench} compares the whole pipeline with (#6); the coder cannot run on it (no lemmas).
     */
    BARE_PARSE
  }

  public NlpConfig {
    requireNonNull(profile, "profile");
    List<String> problems = new ArrayList<>();
    if (maxSentenceTokens < 1) {
      problems.add("nlp.maxSentenceTokens must be >= 1, was " + maxSentenceTokens);
    }
    if (profile == Profile.BARE_PARSE && timeExpressions) {
      problems.add("nlp.timeExpressions must be false with profile BARE_PARSE (it runs only the parser)");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  public NlpConfig(boolean timeExpressions, int maxSentenceTokens) {
    this(Profile.CODING, timeExpressions, maxSentenceTokens);
  }

  public static NlpConfig defaults() {
    return new NlpConfig(true, 150);
  }

  /** The benchmark reference: tokenize, ssplit, pos, depparse, with the defaults' sentence limit. */
  public static NlpConfig bareParse() {
    return new NlpConfig(Profile.BARE_PARSE, false, defaults().maxSentenceTokens());
  }
}
