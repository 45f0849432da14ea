package org.detente.coding;

import static org.detente.coding.ActorFinder.mentionsOn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.detente.core.ActorCode;
import org.detente.core.ActorMention;
import org.detente.core.Dependency;

/**
 * Decides which country a sentence's places and people belong to: the country a sentence is set in, the one country
 * all its actors are of, residents named after another country, whether a code is a country's and a word a place's,
 * and the country of the place where an act with no named target happened.
 */
final class PlaceFinder {
  /** Three-letter codes that are organisation families, not countries. */
  private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "MNC", "IMG", "UNO");
  /** Prepositions of a phrase of place: "in Gaza", "near Samarra", "across the border". */
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "near", "outside", "outside_of", "inside", "across", "around", "throughout", "within");
  /** A country's diplomatic seats abroad. */
  private static final Set<String> SEATS = Set.of("embassy", "consulate", "mission", "delegation", "legation");
  /** How a place's name hangs on the words for it: "the town of Samarra", "Iraqi city", "Mansiysk (Siberia)". */
  private static final Set<String> NAMING_A_PLACE = Set.of("nmod:of", "appos", "amod", "compound", "nmod:poss");

  private PlaceFinder() {}

  /**
   * The country a sentence is set in: a country's (or its place's) mention in an "in", "near" or "across"
   * phrase, or modifying the head of one ("in Myanmar's Rakhine State"). Organisations set no place.
   */
  static Optional<String> placeCountry(Graph g, List<ActorMention> mentions) {
    for (ActorMention m : mentions) {
      if (isCountry(m.code()) && isPlace(g, m.head())) {
        return Optional.of(m.code().country());
      }
    }
    return Optional.empty();
  }

  /**
   * An ethnic group named after another country stands for the country it lives in, the one the sentence is set in
   * (CAMEO's convention): "Serb forces killed three ethnic Albanians in southeastern Serbia" is SRB against SRB.
   */
  static void residents(Graph g, List<ActorMention> mentions, String place) {
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention m = mentions.get(i);
      boolean ethnic = m.start() > 0 && g.token(m.start() - 1).word().equalsIgnoreCase("ethnic");
      if (ethnic && isCountry(m.code()) && !m.code().country().equals(place)) {
        mentions.set(i, new ActorMention(m.sentence(), m.start(), m.end(), m.head(),
            new ActorCode(place + m.code().value().substring(3)), m.text()));
      }
    }
  }

  /** The one country a sentence's actors belong to, if they all belong to the same one. */
  static Optional<String> onlyCountry(List<ActorMention> mentions) {
    Set<String> countries = new HashSet<>();
    for (ActorMention m : mentions) {
      if (!isCountry(m.code())) {
        return Optional.empty();
      }
      countries.add(m.code().country());
    }
    return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
  }

  static boolean isCountry(ActorCode code) {
    String c = code.country();
    return c.length() == 3 && !NOT_COUNTRIES.contains(c) && c.chars().allMatch(Character::isLetter);
  }

  /** A sector mention ("protesters", OPP) as the sector of {@code country} (AZEOPP). */
  static ActorMention withCountry(ActorMention sector, String country) {
    return new ActorMention(sector.sentence(), sector.start(), sector.end(), sector.head(),
        new ActorCode(country + sector.code().value()), sector.text());
  }

  /**
   * The one country whose places or name the sentence sets its events in ("near the town of Samarra", "in
   * Khanty-Mansiysk (Siberia)"), as an inferred actor; none when the places are of several countries. Mentions
   * of {@code targets} do not count.
   */
  static List<Actor> setting(Graph g, List<ActorMention> mentions, List<Actor> targets) {
    Set<String> countries = new HashSet<>();
    String text = "";
    for (ActorMention m : mentions) {
      if (isCountry(m.code()) && targets.stream().noneMatch(a -> a.text().equals(m.text())) && isPlace(g, m.head())) {
        countries.add(m.code().country());
        text = m.text();
      }
    }
    return countries.size() == 1 ? List.of(new Actor(new ActorCode(countries.iterator().next()), text, true)) : List.of();
  }

  /** A word in a phrase of place, or naming one ("the city of Basra", "Khanty-Mansiysk (Siberia)"). */
  static boolean isPlace(Graph g, int token) {
    Optional<Dependency> up = g.parent(token);
    while (up.isPresent() && NAMING_A_PLACE.contains(up.get().relation())) {
      up = g.parent(up.get().head());
    }
    if (up.isEmpty()) {
      return false;
    }
    return locative(up.get().relation());
  }

  /** Whether a relation is a phrase of place ("obl:in", "nmod:near"). */
  private static boolean locative(String relation) {
    int colon = relation.indexOf(':');
    return colon > 0 && (relation.startsWith("obl") || relation.startsWith("nmod"))
        && PLACE_PREPOSITIONS.contains(relation.substring(colon + 1));
  }

  /**
   * The country where a material act with no named target happened, as its target: "tanks fired at
   * targets in Jericho", "students demonstrated in Jakarta" (a protest at home is aimed at the country's
   * own rulers). A country or place mention in a locative phrase of the trigger, of its object or of
   * one of its prepositional phrases ("fired at positions in Niger").
   */
  static List<Actor> placeOf(Graph g, int trigger, List<ActorMention> mentions) {
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    for (Dependency d : g.children(trigger)) {
      // "rallied outside the Russian embassy", "protested at the EU delegation": an act at a country's mission is
      // at the country
      if ((d.relation().equals("obj") || d.relation().startsWith("obl"))
          && SEATS.contains(g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        for (Dependency m : g.children(d.dependent())) {
          for (Actor a : NAMING_A_PLACE.contains(m.relation()) ? mentionsOn(m.dependent(), mentions) : List.<Actor>of()) {
            return List.of(new Actor(isCountry(a.code()) ? new ActorCode(a.code().country()) : a.code(), a.text(), true));
          }
        }
      }
      if (d.relation().equals("obj") || (d.relation().startsWith("obl:") && !locative(d.relation()))) {
        heads.add(d.dependent());
      }
    }
    for (int h : heads) {
      for (Dependency d : g.children(h)) {
        if (!locative(d.relation())) {
          continue;
        }
        for (Actor a : mentionsOn(d.dependent(), mentions)) {
          if (isCountry(a.code())) {
            return List.of(new Actor(new ActorCode(a.code().country()), a.text(), true));
          }
        }
      }
    }
    return wherePlace(g, trigger, mentions);
  }

  /** "his stop in Japan, where he dangled visions of new energy trade": the place a "where" clause is told of. */
  private static List<Actor> wherePlace(Graph g, int trigger, List<ActorMention> mentions) {
    int clause = g.verbAbove(trigger, 4);
    boolean where = g.children(clause, "advmod").stream().anyMatch(a -> g.token(a).word().equalsIgnoreCase("where"));
    Optional<Dependency> up = g.parent(clause).filter(d -> d.relation().equals("acl:relcl"));
    if (!where || up.isEmpty()) {
      return List.of();
    }
    return mentionsOn(up.get().head(), mentions).stream().filter(a -> isCountry(a.code()))
        .map(a -> new Actor(new ActorCode(a.code().country()), a.text(), true)).limit(1).toList();
  }
}
