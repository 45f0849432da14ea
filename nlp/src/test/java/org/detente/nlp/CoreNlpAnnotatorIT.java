package org.detente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.detente.core.AnnotatedArticle;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.Result;
import org.detente.core.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorIT {
  private static CoreNlpAnnotator annotator;

  @BeforeAll
  static void loadModels() {
    annotator = new CoreNlpAnnotator(NlpConfig.defaults());
  }

  private static AnnotatedArticle annotate(String text, LocalDate published) {
    Article a =
        new Article(
            new ArticleId("t"), text, "test", "0", Optional.of(published), Optional.empty(), Optional.empty(),
            Optional.empty());
    Result<AnnotatedArticle> r = annotator.apply(a);
    assertThat(r).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<AnnotatedArticle>) r).value();
  }

  @Test
  void givesTokensWithOffsetsLemmasAndTypedDependencies() {
    String text = "The minister visited Paris. Talks with France were held.";
    AnnotatedArticle a = annotate(text, LocalDate.of(2020, 5, 1));
    assertThat(a.sentences()).hasSize(2);
    Sentence first = a.sentences().get(0);
    assertThat(first.tokens().get(2).lemma()).isEqualTo("visit");
    assertThat(text.substring(first.tokens().get(3).begin(), first.tokens().get(3).end())).isEqualTo("Paris");
    assertThat(first.dependencies())
        .anySatisfy(d -> {
          assertThat(d.relation()).isEqualTo("obj");
          assertThat(d.head()).isEqualTo(2);
          assertThat(d.dependent()).isEqualTo(3);
        });
    assertThat(a.sentences().get(1).dependencies()).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nmod:with"));
  }

  @Test
  void aSentenceOverTheLimitKeepsItsTokensAndTimesButIsNotParsed() {
    CoreNlpAnnotator short6 = new CoreNlpAnnotator(new NlpConfig(true, 6));
    Article a = new Article(new ArticleId("t"), "The minister visited Paris. Talks with France were held on Monday.",
        "test", "0", Optional.of(LocalDate.of(2020, 5, 1)), Optional.empty(), Optional.empty(), Optional.empty());
    AnnotatedArticle annotated = ((Result.Ok<AnnotatedArticle>) short6.apply(a)).value();
    assertThat(annotated.sentences().get(0).dependencies()).isNotEmpty();
    Sentence longer = annotated.sentences().get(1);
    assertThat(longer.tokens()).hasSize(8);
    assertThat(longer.dependencies()).isEmpty();
    assertThat(longer.times()).extracting(t -> t.value()).containsExactly("2020-04-27");
  }

  @Test
  void resolvesTimeExpressionsAgainstThePublicationDate() {
    AnnotatedArticle a = annotate("The envoy arrived on Thursday and left in March 2014.", LocalDate.of(2015, 9, 26));
    assertThat(a.sentences().get(0).times())
        .extracting(t -> t.value())
        .contains("2015-09-24", "2014-03");
  }

  @Test
  void aBlankLineEndsACaptionWithoutAStop() {
    AnnotatedArticle a = annotate("Leaders during a meeting in Moscow\n\nThe talks went well.", LocalDate.of(2015, 1, 1));
    assertThat(a.sentences()).hasSize(2);
  }
}
