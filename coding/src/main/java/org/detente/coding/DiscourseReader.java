package org.detente.coding;

import static java.util.Objects.requireNonNull;
import static org.detente.coding.PlaceFinder.isCountry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.core.ActorCode;
import org.detente.core.ActorMention;
import org.detente.core.CameoCode;
import org.detente.core.Dependency;
import org.detente.core.Token;

/**
 * Reads a sentence with its article and what its speech tells of other acts: the article's main pair ("the two
 * sides"), what the next sentence's pronouns refer to, what asking for an act is, reported demands ("said Y must"),
 * judgements ("called the plans destabilising") and claimed acts ("claimed that they had attacked"); and how an
 * event's sources and targets pair up.
 */
final class DiscourseReader {
  private static final Set<String> REPORTING_VERBS =
      Set.of("say", "declare", "insist", "reiterate", "state", "stress", "conclude", "tell", "repeat", "announce");
  private static final Set<String> OBLIGATION = Set.of("must", "should");
  private static final Pattern REPORTED_DEMAND =
      new Pattern(Pattern.Pos.VERB, "(reported demand)", "", "", List.of(), new CameoCode("100"), false);
  static final Pattern DISAPPROVAL =
      new Pattern(Pattern.Pos.VERB, "(asked for hostility)", "", "", List.of(), new CameoCode("110"), false);
  /** Appeals for the acts of cooperation asked for: to meet, for diplomatic or material cooperation, for aid. */
  private static final Map<String, Pattern> APPEALS = Map.of(
      "04", appeal("026"), "05", appeal("0211"), "06", appeal("0212"), "07", appeal("023"));
  static final Set<String> APPEALING = Set.of("call", "urge", "appeal", "ask", "press", "push", "request");
  /** Roots of acts against somebody: threats, protests, force, sanctions, coercion, violence. */
  static final Set<String> HOSTILE_ROOTS = Set.of("13", "14", "15", "16", "17", "18", "19", "20");
  /** Head nouns of the names of bodies, which are "it" or "they", never "he" or "she". */
  private static final Set<String> BODIES = Set.of("front", "party", "union", "army", "movement", "council",
      "committee", "organization", "organisation", "association", "league", "alliance", "congress", "force",
      "forces", "brigade", "brigades", "group", "commission", "ministry", "government", "assembly", "parliament",
      "court", "agency", "office", "service", "coalition", "federation", "authority", "bureau", "department");
  /** Words that condemn what they are said of: "a misstep", "destabilising", "unacceptable". */
  private static final Set<String> CONDEMNING = Set.of("mistake", "misstep", "error", "blunder", "provocation",
      "provocative", "crime", "criminal", "illegal", "unlawful", "illegitimate", "unacceptable", "irresponsible",
      "reckless", "dangerous", "destabilising", "destabilizing", "aggressive", "hostile", "unfriendly", "absurd",
      "outrageous", "shameful", "disgraceful", "insult", "sham", "farce", "interference", "meddling");
  private static final Set<String> JUDGING = Set.of("say", "state", "declare", "tell", "stress", "insist", "feel",
      "consider", "add", "warn", "note");
  private static final Set<String> NAMING = Set.of("call", "brand", "label", "term", "declare", "deem", "consider");
  static final Set<String> CONFLICT_ROOTS = Set.of("14", "15", "17", "18", "19", "20");

  private final PatternBook patterns;

  DiscourseReader(PatternBook patterns) {
    this.patterns = requireNonNull(patterns, "patterns");
  }

  private static Pattern appeal(String code) {
    return new Pattern(Pattern.Pos.VERB, "(asked for cooperation)", "", "", List.of(), new CameoCode(code), false);
  }

  /** The two countries named most often in the article: what "the two sides" refers to. */
  static List<ActorCode> mainPair(List<ActorMention> actors) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, ActorCode> first = new LinkedHashMap<>();
    for (ActorMention m : actors) {
      String c = m.code().country();
      counts.merge(c, 1, Integer::sum);
      first.putIfAbsent(c, new ActorCode(c));
    }
    List<String> order = new ArrayList<>(counts.keySet());
    order.sort((a, b) -> counts.get(b) - counts.get(a));
    List<ActorCode> out = new ArrayList<>();
    for (int i = 0; i < Math.min(2, order.size()); i++) {
      out.add(first.get(order.get(i)));
    }
    return out.size() == 2 ? out : List.of();
  }

  /**
   * What the next sentence's pronouns refer to: the actor that is the subject of this sentence's main
   * verb; the same as before when the subject is itself a pronoun; none when someone else is the subject.
   */
  static Optional<Antecedent> topic(Graph g, List<ActorMention> mentions, Optional<Antecedent> before) {
    for (Dependency d : g.sentence().dependencies()) {
      if (!d.relation().equals("root")) {
        continue;
      }
      List<Integer> subjects = g.children(d.dependent(), "nsubj");
      List<ActorMention> coordinated = new ArrayList<>();
      for (int subject : subjects) {
        for (ActorMention m : mentions) {
          if (m.covers(subject) && coordinated.stream().noneMatch(c -> c.code().equals(m.code()))) {
            coordinated.add(m);
          }
        }
      }
      if (coordinated.size() > 1 && coordinated.size() == subjects.size()) {
        // "Russia and Japan have found themselves ...; they never signed ...": both
        return Optional.of(new Antecedent(coordinated, true, false));
      }
      for (int subject : subjects) {
        // the subject itself, or ("Colombia's leftist rebels") the actor that owns or modifies it
        List<Integer> named = new ArrayList<>(List.of(subject));
        named.addAll(g.childrenExactly(subject, "nmod:poss"));
        named.addAll(g.childrenExactly(subject, "amod"));
        named.addAll(g.childrenExactly(subject, "compound"));
        for (ActorMention m : mentions) {
          if (named.stream().anyMatch(m::covers)) {
            String pos = g.token(subject).pos();
            // "the Revolutionary United Front (RUF) announced it will ...": a named body is no person
            boolean person = m.code().value().length() > 3 && isCountry(m.code()) && pos.startsWith("NNP")
                && !BODIES.contains(g.token(subject).lemma().toLowerCase(Locale.ROOT));
            return Optional.of(new Antecedent(List.of(m), pos.startsWith("NNS") || pos.startsWith("NNPS"), person));
          }
        }
        return g.token(subject).pos().startsWith("PRP") ? before : Optional.empty();
      }
    }
    return before;
  }

  /**
   * The verb of whoever judges, the head of what is judged, and the word that tells the judgement (its mode and
   * date): the predicate of a clause of its own ("said [Abe's visit] was a misstep"), else the verb of naming
   * ("called [the plans] destabilising").
   */
  record Evaluation(int judge, int judged, int told) {}

  /** A verb of claiming and the act its clause claims. */
  record ClaimedAct(int claim, int act) {}

  /**
   * Verbs of claiming ("claimed that they had attacked") whose clause is a material act of conflict (roots 14
   * to 20) by the claimer: a pronoun subject, or none.
   */
  List<ClaimedAct> claimedActs(Graph g) {
    List<ClaimedAct> out = new ArrayList<>();
    for (Token tok : g.sentence().tokens()) {
      if (!tok.isVerb() || !tok.lemma().equalsIgnoreCase("claim")) {
        continue;
      }
      List<Integer> clauses = g.children(tok.index(), "ccomp");
      if (clauses.size() != 1 || !g.token(clauses.get(0)).isVerb()) {
        continue;
      }
      int act = clauses.get(0);
      boolean own = g.childrenExactly(act, "nsubj").stream().allMatch(n -> g.token(n).pos().startsWith("PRP"));
      boolean conflict = patterns.verbs(g.token(act).lemma().toLowerCase(Locale.ROOT)).stream()
          .anyMatch(p -> CONFLICT_ROOTS.contains(p.code().rootCode()));
      if (own && conflict) {
        out.add(new ClaimedAct(tok.index(), act));
      }
    }
    return out;
  }

  /**
   * Words of condemnation predicated of somebody or their act: the clause "Y('s act) was a mistake" of a verb of
   * saying or judging ("said", "felt", "considered"), or the second object of "called", "branded", "labelled"
   * ("called the plans destabilising").
   */
  static List<Evaluation> evaluations(Graph g) {
    List<Evaluation> out = new ArrayList<>();
    for (Token tok : g.sentence().tokens()) {
      if (!CONDEMNING.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> up = g.parent(tok.index());
      if (up.isEmpty()) {
        continue;
      }
      String verb = g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT);
      List<Integer> judged = List.of();
      if (up.get().relation().equals("ccomp") && JUDGING.contains(verb) && !g.children(tok.index(), "cop").isEmpty()) {
        judged = g.childrenExactly(tok.index(), "nsubj");
      } else if (up.get().relation().equals("xcomp") && NAMING.contains(verb)) {
        // "called the plans destabilising": the object of the verb, or the subject of its small clause
        judged = new ArrayList<>(g.childrenExactly(up.get().head(), "obj"));
        judged.addAll(g.childrenExactly(tok.index(), "nsubj"));
      }
      for (int j : judged) {
        out.add(new Evaluation(up.get().head(), j, up.get().relation().equals("ccomp") ? tok.index() : up.get().head()));
      }
    }
    return out;
  }

  /**
   * "X said (declared, insisted) that Y must do Z" is X demanding of Y: a reporting verb whose clause has
   * an obligation modal.
   */
  static List<Trigger> reportedDemands(Graph g) {
    List<Trigger> out = new ArrayList<>();
    for (Token tok : g.sentence().tokens()) {
      if (!tok.isVerb() || !REPORTING_VERBS.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<Integer> clauses = g.children(tok.index(), "ccomp");
      if (clauses.size() != 1) {
        continue;
      }
      for (int aux : g.children(clauses.get(0), "aux")) {
        if (OBLIGATION.contains(g.token(aux).word().toLowerCase(Locale.ROOT))) {
          out.add(new Trigger(tok.index(), REPORTED_DEMAND));
          break;
        }
      }
    }
    return out;
  }

  /**
   * What asking for a nominal act is, coded besides the act itself (which is asked for, not done): "called for
   * sanctions against Turkey" disapproves of Turkey (110); "called for talks with Chile" appeals to Chile to
   * meet (026), and so for cooperation and aid. Only verbs of asking count: "discussed talks" asks nothing.
   */
  static Optional<Trigger> asking(Graph g, Trigger t) {
    String root = t.pattern().code().rootCode();
    Pattern what = HOSTILE_ROOTS.contains(root) ? DISAPPROVAL : APPEALS.get(root);
    if (what == null) {
      return Optional.empty();
    }
    Optional<Integer> verb = ModeReader.askedFor(g, t.token());
    if (what != DISAPPROVAL) {
      verb = verb.filter(v -> APPEALING.contains(g.token(v).lemma().toLowerCase(Locale.ROOT)));
    }
    return verb.map(v -> new Trigger(v, what));
  }

  /** Source-target pairs: every source with every target; for symmetric events, coordinated sources pair up. */
  static List<Actor[]> dyads(List<Actor> sources, List<Actor> targets, boolean symmetric) {
    List<Actor[]> out = new ArrayList<>();
    if (!targets.isEmpty()) {
      for (Actor s : sources) {
        for (Actor t : targets) {
          if (!s.code().equals(t.code())) {
            out.add(new Actor[] {s, t});
          }
        }
      }
    }
    if (out.isEmpty() && symmetric) {
      List<Actor> all = new ArrayList<>(sources);
      all.addAll(targets);
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          if (!all.get(i).code().country().equals(all.get(j).code().country())) {
            out.add(new Actor[] {all.get(i), all.get(j)});
          }
        }
      }
    }
    return out;
  }
}
