package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An annotated article with the actors found in it.
 *
 * @param actors mentions that name a country, organisation or person
 * @param sectors mentions that name only a sector ("protesters", "the police"), coded with the sector alone
 *     ({@code OPP}, {@code COP}); the coder may give them the country the sentence places them in
 */
public record RecognizedArticle(AnnotatedArticle annotated, List<ActorMention> actors, List<ActorMention> sectors) {
  public RecognizedArticle {
    requireNonNull(annotated, "annotated");
    actors = List.copyOf(actors);
    sectors = List.copyOf(sectors);
  }

  public List<ActorMention> actorsIn(int sentence) {
    return in(actors, sentence);
  }

  public List<ActorMention> sectorsIn(int sentence) {
    return in(sectors, sentence);
  }

  private static List<ActorMention> in(List<ActorMention> mentions, int sentence) {
    List<ActorMention> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.sentence() == sentence) {
        out.add(m);
      }
    }
    return out;
  }
}
