package org.detente.coding;

import static org.detente.coding.ActorFinder.actorsAt;
import static org.detente.coding.ActorFinder.mentionsOn;
import static org.detente.coding.PlaceFinder.isCountry;
import static org.detente.coding.PlaceFinder.isPlace;
import static org.detente.coding.TriggerFinder.lightVerb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.detente.core.ActorMention;
import org.detente.core.Dependency;

/**
 * Decides who does an event: the subject or passive agent of a verb, the noun a relative clause or participle
 * describes, the subject of the verb that governs a subjectless complement, the actor right before a verb whose
 * subject the parser lost, the parties a verb's nominal object is between; for a nominal event its owner, modifier or
 * "by" phrase; and whose a sector mention is ("Bangladeshi peacekeeping troops", "a diplomat from the EU delegation").
 */
final class SourceFinder {
  /** Nouns of taking a territory into a state, which the "into" phrase names. */
  private static final Set<String> ABSORBING = Set.of("annexation", "incorporation", "absorption");
  /**
   * Verbs whose passive has the doer as its subject: "was engaged in", "were involved in", and forces that "were
   * deployed" or "stationed" somewhere act there for their country.
   */
  /** Words that quantify over a list: "neither of which", "both of whom". */
  private static final Set<String> QUANTIFIERS = Set.of("neither", "none", "both", "each", "all", "either");
  private static final Set<String> ENGAGED = Set.of("engage", "involve", "deploy", "station");

  private SourceFinder() {}

  /**
   * The countries of the country mentions that modify a mention's head ("Bangladeshi" in "Bangladeshi peacekeeping
   * troops") or name what it is from or of ("the deputy governor of the Tyumen region", "the ministers of Japan
   * and Russia").
   */
  static List<String> modifyingCountries(Graph g, ActorMention sector, List<ActorMention> mentions) {
    List<String> out = new ArrayList<>();
    for (Dependency d : g.children(sector.head())) {
      List<Integer> words = ownerWords(g, d);
      for (ActorMention m : mentions) {
        if (isCountry(m.code()) && words.stream().anyMatch(m::covers) && !out.contains(m.code().country())) {
          out.add(m.code().country());
        }
      }
    }
    return out;
  }

  /**
   * Whether a mention's head has a modifier, "from" or "of" phrase that names an actor ("NATO peacekeeping troops",
   * "a diplomat from the EU delegation").
   */
  static boolean fromAnother(Graph g, ActorMention sector, List<ActorMention> mentions) {
    for (Dependency d : g.children(sector.head())) {
      if (ownerWords(g, d).stream().anyMatch(w -> mentions.stream().anyMatch(m -> m.covers(w)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a dependent that may name whose a mention is: a modifier or possessor itself, or the head of a
   * "from" or "of" phrase and the head's compounds.
   */
  private static List<Integer> ownerWords(Graph g, Dependency d) {
    String r = d.relation();
    if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss")) {
      return List.of(d.dependent());
    }
    if (!r.equals("nmod:from") && !r.equals("nmod:of")) {
      return List.of();
    }
    List<Integer> words = new ArrayList<>(g.children(d.dependent(), "compound"));
    words.add(d.dependent());
    return words;
  }

  static List<Actor> verbSources(Graph g, int verb, List<ActorMention> mentions, Context ctx) {
    List<Actor> out = subjects(g, verb, mentions, ctx);
    if (!out.isEmpty()) {
      return out;
    }
    Optional<Dependency> up = g.parent(verb);
    // "Japan, which imposed sanctions": the noun a relative clause or participle modifies; not the one who asks in
    // "Washington's request not to meet Putin", where the one asked is the doer (the controller below)
    boolean asked = up.isPresent() && ModeReader.asking(g.token(up.get().head()))
        && !up.get().relation().equals("acl:relcl");
    if (up.isPresent() && up.get().relation().startsWith("acl") && !asked && !reducedPassive(g, verb)) {
      out = actorsAt(g, List.of(up.get().head()), mentions, ctx);
      if (!out.isEmpty()) {
        return out;
      }
    }
    out = controller(g, verb, mentions, ctx);
    if (!out.isEmpty()) {
      return out;
    }
    return leftNeighbour(g, verb, mentions);
  }

  /**
   * "forces backed by Russia", "a convoy attacked by rebels": a past participle describing a noun is a passive
   * whose subject is that noun.
   */
  static boolean reducedPassive(Graph g, int verb) {
    return g.token(verb).pos().equals("VBN") && g.parent(verb)
        .filter(d -> d.relation().startsWith("acl") && !d.relation().startsWith("acl:relcl")).isPresent();
  }

  static List<Actor> subjects(Graph g, int verb, List<ActorMention> mentions, Context ctx) {
    List<Integer> heads = new ArrayList<>();
    if (g.isPassive(verb) && ENGAGED.contains(g.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      // "Serb forces were engaged in ethnic cleansing": passive in form, the subject does it
      heads.addAll(g.children(verb, "nsubj:pass"));
    } else if (g.isPassive(verb) || reducedPassive(g, verb)) {
      heads.addAll(g.children(verb, "obl:agent"));
      heads.addAll(g.children(verb, "obl:by"));
    } else {
      heads.addAll(g.children(verb, "nsubj"));
      // "ignored a request by Chile to meet ...", parsed as if the request would meet: the one asked would
      heads.removeIf(h -> g.childrenExactly(verb, "nsubj:xsubj").contains(h)
          && ModeReader.asking(g.token(h)));
    }
    List<Integer> named = new ArrayList<>();
    for (int h : heads) {
      List<Integer> list = relative(g, h, mentions);
      named.addAll(list.isEmpty() ? List.of(h) : list);
    }
    return actorsAt(g, named, mentions, ctx);
  }

  /**
   * "China and India, neither of which had criticised the annexation": a quantifier of "which" or "whom" stands for
   * the actor named last before it (with those listed with it).
   */
  private static List<Integer> relative(Graph g, int subject, List<ActorMention> mentions) {
    boolean ofWhich = QUANTIFIERS.contains(g.token(subject).word().toLowerCase(Locale.ROOT))
        && g.children(subject, "nmod:of").stream()
            .anyMatch(w -> g.token(w).word().equalsIgnoreCase("which") || g.token(w).word().equalsIgnoreCase("whom"));
    if (!ofWhich) {
      return List.of();
    }
    ActorMention last = null;
    for (ActorMention m : mentions) {
      if (m.end() <= subject && (last == null || m.end() > last.end())) {
        last = m;
      }
    }
    if (last == null) {
      return List.of();
    }
    List<Integer> list = new ArrayList<>(List.of(last.head()));
    for (ActorMention m : mentions) {
      if (g.children(m.head(), "conj").contains(last.head())) {
        list.add(m.head()); // "China and India": the list it ends
      }
    }
    return list;
  }

  /**
   * The subject of the verb that governs a subjectless complement: "Putin accepted an invitation to visit
   * Tokyo" makes Putin the visitor, "Russia criticised the deal, accusing Brussels" makes Russia the
   * accuser, "opened the bridge to allow deliveries" the one who allows. Climbs complement, participle and object
   * links, at most three.
   */
  private static List<Actor> controller(Graph g, int verb, List<ActorMention> mentions, Context ctx) {
    int cur = verb;
    for (int depth = 0; depth < 3; depth++) {
      Optional<Dependency> up = g.parent(cur);
      if (up.isEmpty()) {
        break;
      }
      String rel = up.get().relation();
      // "criticised the deal, accusing Brussels", "Having annexed Crimea, Russia ..."
      boolean perfect = g.children(cur, "aux").stream().anyMatch(a -> g.token(a).word().equalsIgnoreCase("having"));
      // (a participle the parser joined to the verb as a conjunct without "and" is one too)
      boolean participle = (g.token(cur).pos().equals("VBG") || perfect)
          && (rel.startsWith("advcl") || rel.equals("dep") || rel.equals("conj"));
      boolean reducedPassive = rel.startsWith("acl") && g.token(cur).pos().equals("VBN");
      // "opened the bridge to allow the delivery of grain": a purpose clause's doer is the main clause's (the
      // trigger's own clause only)
      boolean purpose = depth == 0 && rel.equals("advcl:to") && g.token(cur).pos().equals("VB")
          && g.token(up.get().head()).pos().matches("VB[DPZ]?");
      boolean complement = rel.equals("xcomp") || (rel.startsWith("acl") && !rel.equals("acl:relcl") && !reducedPassive)
          || participle || purpose
          || (g.token(cur).isNoun() && (rel.equals("obj") || rel.equals("nsubj:pass")));
      if (!complement) {
        break;
      }
      cur = up.get().head();
      // "the Front is guilty of violating the ceasefire": a predicate adjective's subject too
      boolean predicate = g.token(cur).pos().startsWith("JJ") && !g.children(cur, "cop").isEmpty();
      if ((g.token(cur).isVerb() && !g.isPassive(cur)) || predicate) {
        List<Actor> found = subjects(g, cur, mentions, ctx);
        if (!found.isEmpty()) {
          return found.stream().map(a -> new Actor(a.code(), a.text(), true)).toList();
        }
      }
    }
    return List.of();
  }

  /**
   * A parser that lost the subject: the actor named right before the verb ("... Patrushev arrived"); not a place
   * in a subject of the verb's own ("a minefield explosion near Samarra killed ...").
   */
  private static List<Actor> leftNeighbour(Graph g, int verb, List<ActorMention> mentions) {
    boolean subject = !g.children(verb, "nsubj").isEmpty();
    for (ActorMention m : mentions) {
      boolean adjacent = m.end() == verb || (m.end() == verb - 1 && g.token(verb - 1).pos().startsWith("RB"));
      if (adjacent && !(subject && isPlace(g, m.head()))) {
        return List.of(new Actor(m.code(), m.text(), true));
      }
    }
    return List.of();
  }

  /** The actors a verb's nominal object or passive subject is between ("talks between A and B", "A's ties with B"). */
  static List<Actor> parties(Graph g, int verb, List<ActorMention> mentions, Context ctx) {
    List<Integer> nouns = new ArrayList<>(g.childrenExactly(verb, "nsubj:pass"));
    nouns.addAll(g.childrenExactly(verb, "obj"));
    List<Integer> heads = new ArrayList<>();
    for (int n : nouns) {
      if (g.token(n).isNoun() && mentionsOn(n, mentions).isEmpty()) {
        heads.addAll(g.children(n, "nmod:between"));
        heads.addAll(g.children(n, "nmod:with"));
        heads.addAll(g.children(n, "nmod:poss"));
        heads.addAll(g.children(n, "amod"));
      }
    }
    List<Actor> out = actorsAt(g, heads, mentions, ctx);
    return out.size() >= 2 ? out : List.of();
  }

  /**
   * {@code sources} and those who lead the act a noun names ("the sanctions regime led by the United States and
   * the European Union"): who leads a collective act does it too, besides those who joined it.
   */
  static List<Actor> withLeaders(List<Actor> sources, Graph g, int noun, List<ActorMention> mentions, Context ctx) {
    int head = g.parent(noun).filter(d -> d.relation().equals("compound")).map(Dependency::head).orElse(noun);
    List<Integer> agents = new ArrayList<>();
    for (int participle : g.childrenExactly(head, "acl")) {
      if (g.token(participle).lemma().equalsIgnoreCase("lead")) {
        agents.addAll(g.children(participle, "obl:by"));
      }
    }
    if (agents.isEmpty()) {
      return sources;
    }
    List<Actor> out = new ArrayList<>(sources);
    for (Actor leader : actorsAt(g, agents, mentions, ctx)) {
      if (out.stream().noneMatch(a -> a.code().equals(leader.code()))) {
        out.add(leader);
      }
    }
    return out;
  }

  /**
   * The actors of a nominal event: its owner or modifier other than the word {@code naming} that is part of its
   * name, its "by"/"between"/"among" phrase, else the subject of the verb it is the object of.
   */
  static List<Actor> nounSources(Graph g, int noun, String naming, List<ActorMention> mentions, Context ctx) {
    List<Integer> heads = new ArrayList<>();
    heads.addAll(g.children(noun, "nmod:poss"));
    heads.addAll(g.children(noun, "amod"));
    heads.addAll(g.children(noun, "compound"));
    heads.addAll(g.children(noun, "nmod:by"));
    heads.addAll(g.children(noun, "nmod:between"));
    heads.addAll(g.children(noun, "nmod:among"));
    heads.removeIf(h -> g.token(h).lemma().equalsIgnoreCase(naming));
    if (ABSORBING.contains(g.token(noun).lemma().toLowerCase(Locale.ROOT))) {
      heads.addAll(g.children(noun, "nmod:into")); // "the incorporation of Crimea into Russia"
    }
    List<Actor> out = actorsAt(g, heads, mentions, ctx);
    if (!out.isEmpty()) {
      return out;
    }
    int verb = lightVerb(g, noun);
    if (verb >= 0) {
      return verbSources(g, verb, mentions, ctx);
    }
    if (!g.children(noun, "cop").isEmpty()) {
      // a predicate noun: "the United States is the leading donor to Sudan"
      return actorsAt(g, g.childrenExactly(noun, "nsubj"), mentions, ctx);
    }
    Optional<Dependency> up = g.parent(noun);
    // captions: "A and B during a meeting": the actors the nominal event hangs from
    String rel = up.isPresent() ? up.get().relation() : "";
    if (up.isPresent() && (rel.startsWith("nmod") || rel.startsWith("obl")) && !g.token(up.get().head()).isVerb()) {
      int near = up.get().head();
      if (ModeReader.NEARNESS.contains(g.token(near).lemma().toLowerCase(Locale.ROOT))
          && !g.children(near, "cop").isEmpty()) {
        // "Russia and Japan were on the verge of a deal", "close to an agreement": whose act it nearly was
        return actorsAt(g, g.childrenExactly(near, "nsubj"), mentions, ctx);
      }
      return actorsAt(g, List.of(near), mentions, ctx);
    }
    return out;
  }
}
