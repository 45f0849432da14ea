package org.detente.nlp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the NLP stage runs.
 *
 * @param profile which CoreNLP annotators run
 * @param timeExpressions run SUTime as a step of its own (anchored at each article's publication date); not
 *     with {@link Profile#BARE_PARSE}, nor with {@link Profile#NER_SUTIME}, whose NER runs SUTime itself
 * @param maxSentenceTokens sentences longer than this are not parsed (they keep tokens and times)
 */
public record NlpConfig(Profile profile, boolean timeExpressions, int maxSentenceTokens) {
  /** The annotator sets; all but the default are there for the configuration study of #6. */
  public enum Profile {
    /**
     * What the coder needs: tokenize, ssplit, pos, lemma, and depparse's parser making only the enhanced++ graph (and
     * SUTime when asked).
     */
    CODING,
    /** {@link #CODING} with CoreNLP's statistical NER (its three CRFs, no SUTime, no fine-grained rules). */
    NER,
    /** {@link #CODING} with CoreNLP's NER running SUTime itself; times are read from its tokens. */
    NER_SUTIME,
    /**
     * tokenize, ssplit, pos, lemma and the constituency parser (englishPCFG, the one in the models jar),
     * its trees converted to the same enhanced++ dependencies.
     */
    CONSTITUENCY,
    /**
     * Only tokenize, ssplit, pos, depparse: the least any dependency-based coder needs. The reference
     * that {@code detente bench} compares the whole pipeline with (#6); the coder cannot run on it (no lemmas).
     */
    BARE_PARSE
  }

  /** The configurations {@code --nlp-profile} names, in the order of the study's table (#6). */
  private static final Map<String, NlpConfig> NAMED = named();

  public NlpConfig {
    requireNonNull(profile, "profile");
    List<String> problems = new ArrayList<>();
    if (maxSentenceTokens < 1) {
      problems.add("nlp.maxSentenceTokens must be >= 1, was " + maxSentenceTokens);
    }
    if (profile == Profile.BARE_PARSE && timeExpressions) {
      problems.add("nlp.timeExpressions must be false with profile BARE_PARSE (it runs only the parser)");
    }
    if (profile == Profile.NER_SUTIME && timeExpressions) {
      problems.add("nlp.timeExpressions must be false with profile NER_SUTIME (its NER runs SUTime already)");
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

  private static Map<String, NlpConfig> named() {
    int max = defaults().maxSentenceTokens();
    Map<String, NlpConfig> m = new LinkedHashMap<>();
    m.put("coding", defaults());
    m.put("coding-no-sutime", new NlpConfig(Profile.CODING, false, max));
    m.put("ner", new NlpConfig(Profile.NER, true, max));
    m.put("ner-no-sutime", new NlpConfig(Profile.NER, false, max));
    m.put("ner-sutime", new NlpConfig(Profile.NER_SUTIME, false, max));
    m.put("pcfg", new NlpConfig(Profile.CONSTITUENCY, true, max));
    m.put("bare", bareParse());
    return m;
  }

  /** The configuration a name of {@link #names()} stands for, e.g. {@code coding} (the defaults). */
  public static NlpConfig named(String name) {
    NlpConfig c = NAMED.get(name);
    if (c == null) {
      throw new IllegalArgumentException("--nlp-profile wants one of " + String.join(", ", NAMED.keySet()) + ", was '"
          + name + "'");
    }
    return c;
  }

  public static List<String> names() {
    return List.copyOf(NAMED.keySet());
  }
}
