package org.detente.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.core.DatePrecision;
import org.detente.core.Dependency;
import org.detente.core.EventDate;

/**
 * Named periods of history ("World War II", "the Cold War"): news dates events by them ("seized at the end of
 * World War II", "after the Cold War"), SUTime does not read them, and the war named in such a phrase is no
 * event of the sentence.
 */
final class Periods {
  /** A period's first and last year. */
  private record Years(int first, int last) {}

  private static final Years WW1 = new Years(1914, 1918);
  private static final Years WW2 = new Years(1939, 1945);
  private static final Years GULF = new Years(1990, 1991);
  private static final Map<String, Years> NAMES = Map.ofEntries(
      Map.entry("world war i", WW1), Map.entry("first world war", WW1), Map.entry("great war", WW1),
      Map.entry("wwi", WW1), Map.entry("ww1", WW1),
      Map.entry("world war ii", WW2), Map.entry("second world war", WW2), Map.entry("wwii", WW2),
      Map.entry("ww2", WW2), Map.entry("world war two", WW2), Map.entry("world war 2", WW2),
      Map.entry("russo-japanese war", new Years(1904, 1905)),
      Map.entry("cold war", new Years(1947, 1991)),
      Map.entry("korean war", new Years(1950, 1953)),
      Map.entry("vietnam war", new Years(1955, 1975)),
      Map.entry("six-day war", new Years(1967, 1967)),
      Map.entry("yom kippur war", new Years(1973, 1973)),
      Map.entry("soviet-afghan war", new Years(1979, 1989)),
      Map.entry("falklands war", new Years(1982, 1982)),
      Map.entry("gulf war", GULF), Map.entry("first gulf war", GULF),
      Map.entry("bosnian war", new Years(1992, 1995)),
      Map.entry("kosovo war", new Years(1998, 1999)),
      Map.entry("iraq war", new Years(2003, 2011)),
      Map.entry("russo-georgian war", new Years(2008, 2008)));
  /** The last words of the names: a noun phrase ending in another word names no period. */
  private static final Set<String> LAST_WORDS =
      Set.of("war", "i", "ii", "wwi", "wwii", "ww1", "ww2", "two", "2");
  /** Nouns for the end or the start of what their "of" phrase names. */
  private static final Set<String> ENDS = Set.of("end", "close", "aftermath", "conclusion");
  private static final Set<String> STARTS = Set.of("start", "beginning", "outbreak", "onset", "eve");

  private Periods() {}

  /** The period a noun phrase names: its head with its compound and adjective modifiers ("the Second World War"). */
  private static Optional<Years> named(Graph g, int head) {
    if (!LAST_WORDS.contains(g.token(head).word().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    List<Integer> words = new ArrayList<>();
    words.add(head);
    for (Dependency d : g.children(head)) {
      String r = d.relation();
      if (r.equals("compound") || r.equals("amod") || r.equals("nummod")) {
        words.add(d.dependent());
      }
    }
    words.sort(Integer::compare);
    StringBuilder name = new StringBuilder();
    for (int w : words) {
      name.append(name.length() == 0 ? "" : " ").append(g.token(w).word().toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(NAMES.get(name.toString()));
  }

  /**
   * Whether a noun is no event because it is part of a period's name ("War" in "World War II") or the end or
   * start of a named period ("the end of the Cold War").
   */
  static boolean inName(Graph g, int noun) {
    if (named(g, noun).isPresent()) {
      return true;
    }
    Optional<Dependency> up = g.parent(noun);
    if (up.isPresent() && up.get().relation().equals("compound") && named(g, up.get().head()).isPresent()) {
      return true;
    }
    String lemma = g.token(noun).lemma().toLowerCase(Locale.ROOT);
    return (ENDS.contains(lemma) || STARTS.contains(lemma))
        && g.childrenExactly(noun, "nmod:of").stream().anyMatch(n -> named(g, n).isPresent());
  }

  /**
   * The year a phrase of the trigger dates it by: "at the end of World War II" (1945), "at the outbreak of the
   * Korean War" (1950), "after the Cold War" (1991), "during the Falklands War" (a period within one year).
   * "Since" and "before" a period date nothing.
   */
  static Optional<EventDate> date(Graph g, int trigger) {
    for (Dependency d : g.children(trigger)) {
      Optional<EventDate> year = phraseDate(g, d);
      if (year.isPresent()) {
        return year;
      }
    }
    return Optional.empty();
  }

  /** The year a prepositional phrase ({@code d}, from its head) names: "at the end of World War II" (1945). */
  static Optional<EventDate> phraseDate(Graph g, Dependency d) {
    String r = d.relation();
    if (!r.startsWith("obl") && !r.startsWith("nmod")) {
      return Optional.empty();
    }
    String prep = r.contains(":") ? r.substring(r.indexOf(':') + 1) : "";
    int head = d.dependent();
    String lemma = g.token(head).lemma().toLowerCase(Locale.ROOT);
    Optional<Integer> year = Optional.empty();
    if (ENDS.contains(lemma) || STARTS.contains(lemma)) {
      for (int of : g.childrenExactly(head, "nmod:of")) {
        Optional<Years> p = named(g, of);
        if (p.isPresent()) {
          year = Optional.of(ENDS.contains(lemma) ? p.get().last() : p.get().first());
        }
      }
    } else {
      Optional<Years> p = named(g, head);
      if (p.isPresent() && (prep.equals("after") || prep.equals("following"))) {
        year = Optional.of(p.get().last());
      } else if (p.isPresent() && (prep.equals("in") || prep.equals("during")) && p.get().first() == p.get().last()) {
        year = Optional.of(p.get().first());
      }
    }
    return year.map(y -> new EventDate(LocalDate.of(y, 1, 1), DatePrecision.YEAR));
  }
}
