package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** An annotated article with the actors found in it. */
public record RecognizedArticle(AnnotatedArticle annotated, List<ActorMention> actors) {
  public RecognizedArticle {
    requireNonNull(annotated, "annotated");
    actors = List.copyOf(actors);
  }

  public List<ActorMention> actorsIn(int sentence) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : actors) {
      if (m.sentence() == sentence) {
        out.add(m);
      }
    }
    return out;
  }
}
