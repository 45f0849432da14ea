package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** An article after NLP: sentences with tokens, lemmas, parts of speech, dependencies and times. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
  public AnnotatedArticle {
    requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }
}
