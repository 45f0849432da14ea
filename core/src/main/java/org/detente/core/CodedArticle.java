package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** An article and the events coded from it (possibly none). */
public record CodedArticle(Article article, int sentences, List<CodedEvent> events) {
  public CodedArticle {
    requireNonNull(article, "article");
    events = List.copyOf(events);
  }
}
