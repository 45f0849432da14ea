package org.detente.coding;

import static java.util.Objects.requireNonNull;
import static org.detente.coding.ActorFinder.actorsAt;
import static org.detente.coding.ActorFinder.prepositional;
import static org.detente.coding.PlaceFinder.isCountry;
import static org.detente.coding.SourceFinder.reducedPassive;
import static org.detente.coding.SourceFinder.subjects;
import static org.detente.coding.SourceFinder.verbSources;
import static org.detente.coding.TriggerFinder.MONEY;
import static org.detente.coding.TriggerFinder.wholes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.detente.core.ActorCode;
import org.detente.core.ActorMention;
import org.detente.core.Dependency;

/**
 * Decides whom an event is aimed at: a pattern's object or prepositions (also when they hang from the trigger's
 * object), the complement or condition of an intent, threat or demand, what a purpose clause is against or for, the
 * one who disregards a protest, the doer of an act criticised; and, for an act that names nobody, who did the act it
 * refers to or answers, in its sentence or the {@link #TOLD_BEFORE} sentences before it.
 */
final class TargetFinder {
  /** Sectors of the state: officials, forces, courts and parliaments. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
  private static final List<String> OBJECT_TARGET_PREPOSITIONS =
      List.of("against", "on", "to", "toward", "towards", "with", "for", "over", "between", "among");
  /** Roots of acts done by saying: demands, criticism, rejection, threats, protests. */
  static final Set<String> VERBAL_ROOTS = Set.of("10", "11", "12", "13", "14");
  /** Nouns of a protest's stance: "in protest of", "in defiance of", "in opposition to". */
  private static final Set<String> DEFYING = Set.of("protest", "defiance", "opposition", "response");
  /** Words that make a clause a condition: "unless Israel rescinds", "if the United States goes ahead". */
  private static final Set<String> CONDITIONS = Set.of("unless", "if");
  /** Verbs of disregarding what was aimed at one: "ignored the protests", "brushed aside the warnings". */
  private static final Set<String> DISREGARDING =
      Set.of("ignore", "dismiss", "disregard", "defy", "rebuff", "brush", "shrug", "reject");

  private final PatternBook patterns;

  TargetFinder(PatternBook patterns) {
    this.patterns = requireNonNull(patterns, "patterns");
  }

  static List<Actor> targets(Graph g, int head, Pattern p, List<ActorMention> mentions, Context ctx) {
    for (String where : p.targets()) {
      List<Integer> heads;
      if (where.equals("obj")) {
        heads = new ArrayList<>(g.childrenExactly(head, "obj"));
        if (g.isPassive(head)) {
          heads.addAll(g.childrenExactly(head, "nsubj:pass"));
        }
        if (reducedPassive(g, head)) {
          heads.add(g.parent(head).orElseThrow().head());
        }
        heads.addAll(g.childrenExactly(head, "iobj"));
      } else {
        heads = prepositional(g, head, where);
        // "imposed sanctions on Russia", "a suspension of aid to Tanzania": the phrase may hang from the
        // object instead of the trigger
        String object = g.token(head).isNoun() ? "nmod:of" : g.isPassive(head) ? "nsubj:pass" : "obj";
        for (int obj : wholes(g, g.childrenExactly(head, object))) {
          heads.addAll(prepositional(g, obj, where));
          for (int participle : g.childrenExactly(obj, "acl")) {
            // "lifted sanctions imposed on Eritrea": the phrase of the participle that names the object
            heads.addAll(prepositional(g, participle, where));
          }
          if (MONEY.contains(g.token(obj).lemma().toLowerCase(Locale.ROOT))) {
            // "approved 1.5 billion euros in aid for Ukraine": the sum's "in" phrase says what it is for
            for (int what : prepositional(g, obj, "in")) {
              heads.addAll(prepositional(g, what, where));
            }
          }
        }
      }
      List<Actor> found = actorsAt(g, heads, mentions, ctx);
      if (found.isEmpty() && where.equals("obj")) {
        // "threatened further action against Russia": the object's own target
        found = actorsAt(g, objectTargets(g, heads), mentions, ctx);
      }
      if (found.isEmpty()) {
        // "an investigation into crimes committed by Croat forces": who did what the phrase names
        found = actorsAt(g, agents(g, heads), mentions, ctx);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** Phrases that give the target of an object noun: "action against X", "aid to X", "talks with X". */
  static List<Integer> objectTargets(Graph g, List<Integer> objects) {
    List<Integer> out = new ArrayList<>();
    for (int obj : objects) {
      if (g.token(obj).isNoun()) {
        for (String prep : OBJECT_TARGET_PREPOSITIONS) {
          out.addAll(prepositional(g, obj, prep));
        }
      }
    }
    return out;
  }

  /** The doers of the acts nouns name: "crimes committed by X", "attacks by X", "a conference X will host". */
  private static List<Integer> agents(Graph g, List<Integer> nouns) {
    List<Integer> out = new ArrayList<>();
    for (int n : nouns) {
      if (!g.token(n).isNoun()) {
        continue;
      }
      out.addAll(prepositional(g, n, "by"));
      for (int participle : g.childrenExactly(n, "acl")) {
        out.addAll(g.children(participle, "obl:agent"));
        out.addAll(prepositional(g, participle, "by"));
      }
      for (int clause : g.childrenExactly(n, "acl:relcl")) {
        // "a conference that Washington will host": the subject of a relative clause the noun is the object of
        // ("the incident which officials said occurred" is no act of the officials)
        boolean reported = !g.children(clause, "ccomp").isEmpty() || !g.children(clause, "xcomp").isEmpty();
        if (!reported && g.children(clause).stream().anyMatch(d -> d.dependent() == n
            && (d.relation().equals("obj") || d.relation().equals("dep")))) {
          out.addAll(g.childrenExactly(clause, "nsubj"));
        }
      }
    }
    return out;
  }

  /**
   * For a verb or noun of intent, threat, demand or refusal whose own arguments name no target, the target
   * of its complement: "threatened to break relations with Japan", "demanded that North Korea stop", "its
   * demand that Israel ease restrictions", "demanded that the ministry be taken from them"; or the agent of
   * the act it asks for: "demanded an admission by Moscow". A clause's subject among {@code sources} ("threatened
   * that it would attack Y") is not the one asked.
   */
  static List<Actor> complementTargets(
      Graph g, int verb, List<Actor> sources, List<ActorMention> mentions, Context ctx) {
    List<Integer> heads = new ArrayList<>();
    if (g.token(verb).isVerb()) {
      for (int obj : g.childrenExactly(verb, "obj")) {
        heads.addAll(prepositional(g, obj, "by"));
      }
    }
    for (Dependency d : g.children(verb)) {
      boolean xcomp = d.relation().equals("xcomp");
      boolean ccomp = d.relation().equals("ccomp");
      if (!xcomp && !ccomp) {
        continue;
      }
      int c = d.dependent();
      if (ccomp) {
        // "demanded that North Korea stop its attacks on Japan": the one asked, when the clause names it
        List<Integer> subjects = new ArrayList<>(g.childrenExactly(c, "nsubj"));
        subjects.addAll(g.childrenExactly(c, "nsubj:pass"));
        // "warned that Moscow could review ...", told by Russia's ministry: the country itself is its own
        // government's act, nobody asked (its police or its president may be)
        List<Actor> asked = others(actorsAt(g, subjects, mentions, ctx), sources).stream()
            .filter(a -> sources.stream().noneMatch(x -> x.code().country().equals(a.code().value()))).toList();
        if (!asked.isEmpty()) {
          return asked;
        }
      }
      heads.addAll(g.childrenExactly(c, "obj"));
      heads.addAll(g.childrenExactly(c, "iobj"));
      heads.addAll(objectTargets(g, g.childrenExactly(c, "obj")));
      List<Integer> phrases = new ArrayList<>();
      for (String prep : List.of("with", "to", "on", "against", "from")) {
        phrases.addAll(prepositional(g, c, prep));
      }
      heads.addAll(phrases);
      // "refused to commit to assistance to the war against Iraq", "refused to take part in talks with Japan",
      // "refused to send a delegation to a conference that Washington will host"
      phrases.addAll(prepositional(g, c, "in"));
      heads.addAll(objectTargets(g, phrases));
      heads.addAll(agents(g, phrases));
    }
    List<Actor> found = actorsAt(g, heads, mentions, ctx);
    if (!found.isEmpty()) {
      return found;
    }
    // "threatened to strike unless Israel rescinded the annexation", "to stop talks if the United States goes
    // ahead": whoever the condition is on
    List<Integer> conditioned = new ArrayList<>();
    List<Integer> conditionals = new ArrayList<>(List.of(verb));
    for (Dependency d : g.children(verb)) {
      // "threatened to stop talks if ...", "warned that Moscow could review ... if Chisinau moved closer to NATO"
      if (d.relation().equals("xcomp") || d.relation().equals("ccomp")) {
        conditionals.add(d.dependent());
        conditionals.addAll(g.children(d.dependent(), "xcomp"));
      }
    }
    for (int c : conditionals) {
      for (int condition : g.children(c, "advcl")) {
        boolean conditional = g.children(condition, "mark").stream()
            .anyMatch(m -> CONDITIONS.contains(g.token(m).word().toLowerCase(Locale.ROOT)));
        if (conditional) {
          conditioned.addAll(g.childrenExactly(condition, "nsubj"));
        }
      }
    }
    return others(actorsAt(g, conditioned, mentions, ctx), sources);
  }

  /**
   * Whom a protest or an act of aid is aimed at when its own phrases do not say: what its purpose clause is
   * against or for ("blocked a road to show their disapproval of US policies", "rallied to protest Chinese rule",
   * "provided assistance to support Syrian refugees") or what it is "in protest of" or "in defiance of" ("blocked
   * streets in defiance of Chinese authorities").
   */
  static List<Actor> purposeTargets(Graph g, int protest, List<ActorMention> mentions, Context ctx) {
    List<Integer> heads = new ArrayList<>();
    List<Integer> purposes = new ArrayList<>(g.childrenExactly(protest, "advcl:to"));
    purposes.addAll(g.childrenExactly(protest, "xcomp"));
    for (int obj : g.childrenExactly(protest, "obj")) {
      purposes.addAll(g.childrenExactly(obj, "acl:to")); // "provided assistance to support Syrian refugees"
    }
    for (int purpose : List.copyOf(purposes)) {
      purposes.addAll(g.childrenExactly(purpose, "xcomp")); // "send engineers to help upgrade the Moldovan grid"
    }
    for (int purpose : purposes) {
      List<Integer> objects = g.childrenExactly(purpose, "obj");
      heads.addAll(objects);
      heads.addAll(objectTargets(g, objects));
      for (String prep : List.of("against", "at", "over")) {
        heads.addAll(prepositional(g, purpose, prep));
      }
    }
    for (int in : prepositional(g, protest, "in")) {
      if (DEFYING.contains(g.token(in).lemma().toLowerCase(Locale.ROOT))) {
        for (String prep : List.of("of", "against", "to", "at")) {
          heads.addAll(prepositional(g, in, prep));
        }
      }
    }
    return actorsAt(g, heads, mentions, ctx);
  }

  /**
   * "Russia ignored Japan's protests", "brushing aside Japanese protests, leaders from Moscow ...": a protest,
   * demand or warning that somebody disregards was aimed at them.
   */
  static List<Actor> disregarding(Graph g, int noun, List<Actor> sources, List<ActorMention> mentions, Context ctx) {
    Optional<Dependency> up = g.parent(noun);
    if (up.isEmpty() || !up.get().relation().equals("obj")
        || !DISREGARDING.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    return others(verbSources(g, up.get().head(), mentions, ctx), sources);
  }

  /** A noun with an owner ("its demand", "a demand by Chile"): whose act it is, the text says. */
  static boolean owned(Graph g, int noun) {
    return !g.childrenExactly(noun, "nmod:poss").isEmpty() || !prepositional(g, noun, "by").isEmpty();
  }

  /** The actors that are none of {@code sources}: nobody is the target of their own act. */
  static List<Actor> others(List<Actor> actors, List<Actor> sources) {
    return actors.stream().filter(a -> sources.stream().noneMatch(x -> x.code().equals(a.code()))).toList();
  }

  /**
   * Whether a protest is the people's: its actor is a country's non-state sector ("Egyptian demonstrators"),
   * or a country named for its people ("thousands of Nigerians rallied") in a demonstration, strike,
   * blockade or riot; a country that "protested" is a government complaining.
   */
  static boolean popular(ActorCode source, String triggerLemma) {
    if (!isCountry(source)) {
      return false;
    }
    String v = source.value();
    if (v.length() == 3) {
      return !triggerLemma.equalsIgnoreCase("protest");
    }
    return v.length() >= 6 && !STATE_SECTORS.contains(v.substring(3, 6));
  }

  /**
   * "condemned Russia's annexation of Crimea", "criticized the incorporation of the islands into Chile": criticism
   * of an act is aimed at who did it, not at whom it was done to; the acts a verb of criticism has as objects.
   */
  List<Integer> judgedActs(Graph g, Trigger t) {
    if (!t.pattern().verb() || !t.pattern().code().rootCode().equals("11")) {
      return List.of();
    }
    // "lodged a protest with Albania": a verbal act as object is the verb's own act, told by it
    return g.childrenExactly(t.token(), "obj").stream()
        .filter(o -> g.token(o).isNoun() && patterns.nouns(g.token(o).lemma().toLowerCase(Locale.ROOT)).stream()
            .anyMatch(p -> !VERBAL_ROOTS.contains(p.code().rootCode())))
        .toList();
  }
}
