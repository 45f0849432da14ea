package org.detente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.detente.core.AnnotatedArticle;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.Result;
import org.junit.jupiter.api.Test;

/**
 * Annotator sets with models of their own (#6) give exactly what one pipeline from CoreNLP's default pool gives,
 * whichever thread and set annotates. The sentences are invented for this test.
 */
class AnnotatorSetsIT {
  private static final List<String> TEXTS = List.of(
      "The foreign minister of Freedonia visited Sylvania on Tuesday and signed a trade agreement.",
      "Talks resumed in mid-March. Rebels attacked a convoy near the border two days ago, the army said.",
      "The council did not condemn the strike, but it called on both sides to lift the blockade by next week.",
      "Leaders during a meeting in the capital\n\nThe envoy, who arrived at 9 a.m., will return in the spring.",
      "Police arrested 40 protesters after they threw stones at the embassy of Ruritania last night.");

  private static Article article(int i) {
    return new Article(new ArticleId("t" + i), TEXTS.get(i % TEXTS.size()), "test", "0",
        Optional.of(LocalDate.of(2031, 4, 1 + i % 28)), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Words, lemmas, tags and enhanced++ edges of every sentence, as text. */
  private static List<String> dump(Annotation doc) {
    List<String> out = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      StringBuilder b = new StringBuilder();
      for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
        b.append(l.word()).append('/').append(l.lemma()).append('/').append(l.tag()).append(' ');
      }
      b.append(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class).toList());
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void setsLoadedInParallelAnnotateLikeCoreNlpsDefaultPipeline() throws Exception {
    Properties p = CoreNlpAnnotator.properties(NlpConfig.defaults());
    StanfordCoreNLP reference = new StanfordCoreNLP(p);
    ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "annotator-sets-it"));
    try {
      Future<AnnotatorSet> a = pool.submit(() -> AnnotatorSet.load(p, false));
      Future<AnnotatorSet> b = pool.submit(() -> AnnotatorSet.load(p, false));
      List<AnnotatorSet> sets = List.of(a.get(), b.get());
      for (String text : TEXTS) {
        Annotation expected = new Annotation(text);
        reference.annotate(expected);
        List<Future<List<String>>> actual = new ArrayList<>();
        for (AnnotatorSet set : sets) {
          actual.add(pool.submit(() -> {
            Annotation doc = new Annotation(text);
            set.annotatePipelineOnly(doc);
            return dump(doc);
          }));
        }
        for (Future<List<String>> f : actual) {
          assertThat(f.get()).isEqualTo(dump(expected));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void threeSetsOnFourThreadsGiveWhatOneSetGivesOnOneThread() throws Exception {
    CoreNlpAnnotator one = new CoreNlpAnnotator(NlpConfig.defaults());
    CoreNlpAnnotator three = new CoreNlpAnnotator(NlpConfig.defaults(), 3);
    int n = 4 * TEXTS.size();
    List<Result<AnnotatedArticle>> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add(one.apply(article(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "annotator-sets-it"));
    try {
      List<Future<Result<AnnotatedArticle>>> actual = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Article a = article(i);
        actual.add(pool.submit(() -> three.apply(a)));
      }
      for (int i = 0; i < n; i++) {
        assertThat(expected.get(i)).isInstanceOf(Result.Ok.class);
        assertThat(actual.get(i).get()).as("article %d", i).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(three.loadedSets()).isBetween(1, 3);
  }
}
