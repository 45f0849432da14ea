package org.detente.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.AnnotatorPool;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.Lazy;
import java.util.Optional;
import java.util.Properties;

/**
 * One set of CoreNLP annotators with models of its own: the pipeline and, when asked, SUTime. Used by one
 * thread at a time ({@link CoreNlpAnnotator} hands sets out).
 *
 * <p>#6: {@code new StanfordCoreNLP(properties)} takes its annotators from a JVM-wide cache keyed by the
 * annotator's properties, so every pipeline built with the same properties shares one POS tagger and one
 * dependency parser, whose hidden-layer cache is a synchronized least-recently-used map that every thread
 * reorders on every lookup. Each set here registers its annotators in an {@link AnnotatorPool} of its own
 * (through CoreNLP's public {@link AnnotatorImplementations}), so nothing is shared between sets.
 */
final class AnnotatorSet {
  private final StanfordCoreNLP pipeline;
  private final Optional<TimeAnnotator> sutime;

  private AnnotatorSet(StanfordCoreNLP pipeline, Optional<TimeAnnotator> sutime) {
    this.pipeline = pipeline;
    this.sutime = sutime;
  }

  /** Loads the models for one set (seconds); the properties are CoreNLP's, built by {@link CoreNlpAnnotator}. */
  static AnnotatorSet load(Properties properties, boolean timeExpressions) {
    Properties p = new Properties();
    p.putAll(properties);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(p, true, ownPool(p));
    return new AnnotatorSet(pipeline, timeExpressions ? Optional.of(sutime()) : Optional.empty());
  }

  /**
   * The annotators {@code p} names, each made the way CoreNLP's default pool makes it, but for this set only;
   * an annotator this project does not use is an error.
   */
  private static AnnotatorPool ownPool(Properties p) {
    AnnotatorImplementations impl = new AnnotatorImplementations();
    AnnotatorPool pool = new AnnotatorPool();
    for (String name : p.getProperty("annotators").split(",")) {
      String n = name.trim();
      if (n.equals("tokenize")) {
        pool.register(n, p, Lazy.of(() -> impl.tokenizer(p)));
      } else if (n.equals("ssplit")) {
        pool.register(n, p, Lazy.of(() -> impl.wordToSentences(p)));
      } else if (n.equals("pos")) {
        pool.register(n, p, Lazy.of(() -> impl.posTagger(p)));
      } else if (n.equals("lemma")) {
        pool.register(n, p, Lazy.of(() -> impl.morpha(p, false)));
      } else if (n.equals("ner")) {
        pool.register(n, p, Lazy.of(() -> impl.ner(p)));
      } else if (n.equals("parse")) {
        pool.register(n, p, Lazy.of(() -> impl.parse(p)));
      } else if (n.equals("depparse")) {
        pool.register(n, p, Lazy.of(() -> impl.dependencies(p)));
      } else {
        throw new IllegalArgumentException("no annotator set for CoreNLP annotator '" + n + "' (annotators="
            + p.getProperty("annotators") + ")");
      }
    }
    return pool;
  }

  /** SUTime as a step of its own, after the pipeline, on the sentences {@link TimeCandidates} picks. */
  private static TimeAnnotator sutime() {
    Properties p = new Properties();
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.includeRange", "false");
    return new TimeAnnotator("sutime", p);
  }

  /** Runs the pipeline and then, when this set has it, SUTime on the candidate sentences. */
  void annotate(Annotation doc) {
    pipeline.annotate(doc);
    sutime.ifPresent(t -> TimeCandidates.annotate(t, doc));
  }

  /** Runs the pipeline only (the bare reference of {@code detente bench}). */
  void annotatePipelineOnly(Annotation doc) {
    pipeline.annotate(doc);
  }
}
