package org.detente.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.detente.core.ActorMention;
import org.detente.core.Dependency;

/**
 * Finds the actors a phrase names: a mention on its head or on a modifier or owner of it, coordinated actors, "the two
 * sides" (the article's main pair) and pronouns; and the phrases a preposition introduces, which most of the coder's
 * rules look for.
 */
final class ActorFinder {
  /**
   * Nouns whose owner names the other side of a relation, not the actor: "an ally of the United States", "China's
   * partner Russia".
   */
  private static final Set<String> RELATIONAL = Set.of("ally", "partner", "neighbor", "neighbour", "friend", "enemy",
      "rival", "foe", "adversary", "opponent", "critic", "supporter", "backer", "client", "proxy");
  /** Pronouns that stand only as objects: never the subject of their own verb. */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("it", "them", "him");
  private static final Set<String> PAIR_WORDS = Set.of("sides", "countries", "nations", "leaders", "governments", "states");

  private ActorFinder() {}

  /** Dependents of {@code head} introduced by preposition {@code prep} (obl:prep or nmod:prep). */
  static List<Integer> prepositional(Graph g, int head, String prep) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : g.children(head)) {
      String r = d.relation();
      if (r.equals("obl:" + prep) || r.equals("nmod:" + prep) || r.equals("obl:" + prep + "_of")) {
        out.add(d.dependent());
      } else if (r.startsWith("acl") || r.startsWith("advcl")) {
        // "aid for Ukraine to repair power plants": the subject of a clause the preposition opens
        int clause = d.dependent();
        if (g.children(clause, "mark").stream().anyMatch(m -> g.token(m).word().equalsIgnoreCase(prep))) {
          out.addAll(g.children(clause, "nsubj"));
        }
      }
    }
    return out;
  }

  /**
   * The actors of the phrases headed by {@code heads}: a mention on the head itself, or on a modifier
   * of it ("Japanese officials", "the government of Japan"), or "the two sides".
   */
  static List<Actor> actorsAt(Graph g, List<Integer> heads, List<ActorMention> mentions, Context ctx) {
    List<Actor> out = new ArrayList<>();
    List<Integer> all = new ArrayList<>(heads);
    for (int h : heads) {
      for (int c : g.children(h, "conj")) {
        if (!all.contains(c)) {
          all.add(c);
        }
      }
    }
    for (int h : all) {
      List<Actor> direct = mentionsOn(h, mentions);
      for (Dependency d : g.children(h)) {
        String r = d.relation();
        boolean modifier = r.equals("compound") || r.equals("amod");
        boolean relational = RELATIONAL.contains(g.token(h).lemma().toLowerCase(Locale.ROOT));
        boolean owner = r.equals("appos") || r.equals("nmod:from") || r.equals("nmod:by")
            || ((r.equals("nmod:poss") || r.equals("nmod:of")) && !relational);
        if (modifier || (direct.isEmpty() && owner)) {
          direct.addAll(mentionsOn(d.dependent(), mentions));
          if (r.equals("nmod:poss") && direct.isEmpty()) {
            direct.addAll(ctx.pronoun(g.token(d.dependent())));
          }
          if (modifier) {
            // "Indian and Pakistani troops": coordinated modifiers
            for (int c : g.children(d.dependent(), "conj")) {
              direct.addAll(mentionsOn(c, mentions));
            }
            direct.addAll(hyphenated(g, d.dependent(), mentions));
            // "Taiwan Representative Bi-khim Hsiao": a name whose title is itself modified by the country (a
            // proper noun: a "G7 member country" is no G7)
            if (direct.isEmpty() && r.equals("compound") && g.token(d.dependent()).pos().startsWith("NNP")) {
              for (int c : g.childrenExactly(d.dependent(), "compound")) {
                direct.addAll(mentionsOn(c, mentions));
              }
            }
          } else if (direct.isEmpty()) {
            // "the opening of the Sochi Olympics", "calls by Belarus's rulers", "a group of Saudi hackers": the
            // owner's own modifier or owner
            for (int c : g.children(d.dependent(), "compound")) {
              direct.addAll(mentionsOn(c, mentions));
            }
            for (int c : g.children(d.dependent(), "amod")) {
              direct.addAll(mentionsOn(c, mentions));
              direct.addAll(hyphenated(g, c, mentions));
            }
            for (int c : g.children(d.dependent(), "nmod:poss")) {
              direct.addAll(mentionsOn(c, mentions));
            }
          }
        }
      }
      if (direct.isEmpty() && isPair(g, h) && ctx.pair().size() == 2) {
        direct.add(new Actor(ctx.pair().get(0), g.token(h).word(), true));
        direct.add(new Actor(ctx.pair().get(1), g.token(h).word(), true));
      }
      if (direct.isEmpty()) {
        List<Actor> bound = coargument(g, h, mentions);
        direct.addAll(bound.isEmpty() ? ctx.pronoun(g.token(h)) : bound);
      }
      for (Actor a : direct) {
        if (out.stream().noneMatch(x -> x.code().equals(a.code()))) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * "seeing Japan in distress, Russia was beckoning to it": an object pronoun of a verb is not that verb's own
   * subject, but the nearest actor of another country named before it in the sentence; none when there is none.
   */
  private static List<Actor> coargument(Graph g, int pronoun, List<ActorMention> mentions) {
    if (!g.token(pronoun).pos().startsWith("PRP")) {
      return List.of(); // #6: asked for every word that names no actor
    }
    Optional<Dependency> up = g.parent(pronoun);
    if (!OBJECT_PRONOUNS.contains(g.token(pronoun).word().toLowerCase(Locale.ROOT)) || up.isEmpty()
        || !(up.get().relation().startsWith("obj") || up.get().relation().startsWith("obl"))) {
      return List.of();
    }
    List<Actor> subject = new ArrayList<>();
    g.childrenExactly(up.get().head(), "nsubj").forEach(n -> subject.addAll(mentionsOn(n, mentions)));
    if (subject.isEmpty() && g.token(up.get().head()).pos().equals("VBG")) {
      // "imposed sanctions on four Chinese companies, accusing them of ...": a participle's subject is its
      // sentence's, the actor that is some verb's subject
      for (ActorMention m : mentions) {
        if (g.parent(m.head()).filter(d -> d.relation().equals("nsubj")).isPresent()) {
          subject.add(new Actor(m.code(), m.text(), false));
        }
      }
    }
    if (subject.isEmpty()) {
      return List.of();
    }
    ActorMention nearest = null;
    for (ActorMention m : mentions) {
      boolean other = subject.stream().noneMatch(a -> a.code().country().equals(m.code().country()));
      if (m.end() <= pronoun && other && (nearest == null || m.end() > nearest.end())) {
        nearest = m;
      }
    }
    return nearest == null ? List.of() : List.of(new Actor(nearest.code(), nearest.text(), true));
  }

  /** "the Soviet-Japanese declaration": the modifier joined by a hyphen to the one at {@code token}. */
  private static List<Actor> hyphenated(Graph g, int token, List<ActorMention> mentions) {
    List<Actor> out = new ArrayList<>();
    for (int c : g.childrenExactly(token, "amod")) {
      if (c + 2 == token && g.token(c + 1).word().equals("-")) {
        out.addAll(mentionsOn(c, mentions));
      }
    }
    return out;
  }

  static List<Actor> mentionsOn(int token, List<ActorMention> mentions) {
    List<Actor> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.covers(token)) {
        out.add(new Actor(m.code(), m.text(), false));
      }
    }
    return out;
  }

  /** "the two sides", "both countries". */
  static boolean isPair(Graph g, int head) {
    if (!PAIR_WORDS.contains(g.token(head).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Dependency d : g.children(head)) {
      String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (w.equals("two") || w.equals("both")) {
        return true;
      }
    }
    return false;
  }
}
