package org.detente.coding;

import static java.util.Objects.requireNonNull;
import static org.detente.coding.ActorFinder.prepositional;
import static org.detente.coding.SourceFinder.subjects;
import static org.detente.coding.TargetFinder.others;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.detente.core.ActorMention;
import org.detente.core.CodedEvent;
import org.detente.core.Dependency;

/**
 * Decides whom an act is aimed at when it names nobody itself, from the acts around it: the act it refers to ("the
 * offer") or answers, told in its sentence or the {@link #TOLD_BEFORE} sentences before it; the act a reaction
 * clause tells ("after Russia seized ..."), the act that prompted it, and who answered it ("to which Japan
 * responded").
 */
final class ReactionFinder {
  /** How many sentences back "the offer" or "the accusation" may have been told. */
  private static final int TOLD_BEFORE = 3;
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  /** Words that open a clause telling what a reaction answers: "protested after Russia seized ...". */
  private static final Set<String> REACTING = Set.of("after", "when", "because", "as");
  /** Participles of one act making another happen: "..., prompting Seoul to put its units on alert". */
  private static final Set<String> PROMPTING = Set.of("prompt", "force", "lead", "cause", "spur", "provoke", "push");
  /** Verbs of answering what another did. */
  private static final Set<String> RESPONDING = Set.of("respond", "react", "retaliate", "reply", "hit");
  /** Verbs of answering an act: who does them is whom the act was aimed at. */
  private static final Set<String> ANSWERING =
      Set.of("respond", "react", "reply", "answer", "accept", "reject", "welcome", "decline", "rebuff", "spurn");

  private final PatternBook patterns;

  ReactionFinder(PatternBook patterns) {
    this.patterns = requireNonNull(patterns, "patterns");
  }

  /**
   * "India accused Pakistan ... Islamabad rejected the accusation", "Seoul offered rice ... Pyongyang rejected the
   * offer", "Russia held drills ... Japan expressed regret over the drills": a verb whose object (or "over",
   * "about", "at", "against" phrase) is a definite act named by no actor of its own is aimed at who did that act, as
   * the last of the sentence or of the {@link #TOLD_BEFORE} sentences before it with the act's root tells it; an
   * object that is the source's own act told before at whom that act was aimed.
   */
  List<Actor> toldBefore(
      Graph g, int verb, List<Actor> sources, List<ActorMention> mentions, List<CodedEvent> sentence, Context ctx) {
    List<Integer> objects = g.children(verb, "obj");
    List<Integer> referred = new ArrayList<>(objects);
    List<Integer> heads = new ArrayList<>(objects);
    heads.add(verb);
    for (int head : heads) {
      for (String prep : List.of("over", "about", "at", "against")) {
        referred.addAll(prepositional(g, head, prep)); // "expressed regret over the drills"
      }
    }
    for (int obj : referred) {
      Optional<Set<String>> roots = referredRoots(g, obj, mentions);
      List<Actor> doer = roots.isEmpty() ? List.of() : lastOther(g, sources, sentence, ctx, roots.get()::contains);
      if (!doer.isEmpty()) {
        return doer;
      }
      // "Washington imposed sanctions on Beijing ... will not lift the sanctions": one's own act, undone or kept,
      // is aimed at whom it was, told anywhere before
      Optional<CodedEvent> own = roots.isEmpty() || !objects.contains(obj) ? Optional.empty()
          : lastEvent(g, sentence, ctx, Integer.MAX_VALUE, e -> roots.get().contains(e.code().rootCode())
              && e.target().isPresent()
              && e.source().filter(x -> sources.stream().anyMatch(a -> a.code().country().equals(x.country())))
                  .isPresent());
      if (own.isPresent()) {
        return List.of(new Actor(own.get().target().orElseThrow(), own.get().targetText(), true));
      }
    }
    return List.of();
  }

  /**
   * The event a definite act noun among {@code nouns} refers back to ("the summit was postponed"): the last one of
   * its roots with a source and a target in this sentence or the {@link #TOLD_BEFORE} before it.
   */
  Optional<CodedEvent> toldAct(
      Graph g, List<Integer> nouns, List<ActorMention> mentions, List<CodedEvent> sentence, Context ctx) {
    for (int noun : nouns) {
      Optional<Set<String>> roots = referredRoots(g, noun, mentions);
      Optional<CodedEvent> told = roots.isEmpty() ? Optional.empty() : lastEvent(g, sentence, ctx, TOLD_BEFORE,
          e -> roots.get().contains(e.code().rootCode()) && e.source().isPresent() && e.target().isPresent());
      if (told.isPresent()) {
        return told;
      }
    }
    return Optional.empty();
  }

  /**
   * The roots of the act a definite noun names by no actor of its own ("the offer", "the drills"), which it
   * refers back to; none for a noun that says whose act it is ("the US offer", "Japan's proposal", "the offer by
   * Seoul").
   */
  private Optional<Set<String>> referredRoots(Graph g, int noun, List<ActorMention> mentions) {
    boolean definite = g.children(noun, "det").stream()
        .anyMatch(d -> DEFINITE.contains(g.token(d).word().toLowerCase(Locale.ROOT)));
    boolean owned = g.children(noun).stream().anyMatch(d -> mentions.stream().anyMatch(m -> m.covers(d.dependent())));
    if (!g.token(noun).isNoun() || !definite || owned) {
      return Optional.empty();
    }
    Set<String> roots = new HashSet<>();
    patterns.nouns(g.token(noun).lemma().toLowerCase(Locale.ROOT)).forEach(p -> roots.add(p.code().rootCode()));
    return Optional.of(roots);
  }

  /** "made overtures, to which Japan's leaders responded": who answers an act in a relative clause is its target. */
  static List<Actor> answerers(Graph g, int noun, List<Actor> sources, List<ActorMention> mentions, Context ctx) {
    for (int clause : g.childrenExactly(noun, "acl:relcl")) {
      if (ANSWERING.contains(g.token(clause).lemma().toLowerCase(Locale.ROOT))) {
        return others(subjects(g, clause, mentions, ctx), sources);
      }
    }
    return List.of();
  }

  /**
   * "Japan protested after a Russian patrol boat seized a fishing vessel", "Japan scrambled jets as Russian bombers
   * approached": a reaction is aimed at who did what its "after", "when", "because" or "as" clause tells.
   */
  static List<Actor> reactionTargets(
      Graph g, int verb, List<Actor> sources, List<ActorMention> mentions, Context ctx) {
    for (int cause : g.children(verb, "advcl")) {
      if (g.children(cause, "mark").stream()
          .anyMatch(m -> REACTING.contains(g.token(m).lemma().toLowerCase(Locale.ROOT)))) {
        return others(subjects(g, cause, mentions, ctx), sources);
      }
    }
    return List.of();
  }

  /**
   * "North Korea fired shells, prompting South Korea to put its units on alert": an act another's act prompted is
   * aimed at who prompted it.
   */
  static List<Actor> provokers(Graph g, int trigger, List<Actor> sources, List<ActorMention> mentions, Context ctx) {
    int verb = g.verbAbove(trigger, 2); // "put its units on high alert"
    Optional<Dependency> up = g.parent(verb).filter(d -> d.relation().equals("xcomp"));
    if (up.isEmpty() || !PROMPTING.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT))
        || !g.token(up.get().head()).pos().equals("VBG")) {
      return List.of();
    }
    return g.parent(up.get().head()).map(d -> others(subjects(g, d.head(), mentions, ctx), sources)).orElse(List.of());
  }

  /** "responded by threatening retaliation", "retaliated": an act told as an answer. */
  static boolean responding(Graph g, int verb) {
    if (RESPONDING.contains(g.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    Optional<Dependency> up = g.parent(verb);
    return up.isPresent() && RESPONDING.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "South Korea put its units on alert ... North Korea responded by threatening retaliation": an answer with no
   * target of its own is aimed at the other country that acted last, in this sentence or the {@link #TOLD_BEFORE}
   * before it.
   */
  static List<Actor> answered(Graph g, List<Actor> sources, List<CodedEvent> sentence, Context ctx) {
    return lastOther(g, sources, sentence, ctx, root -> true);
  }

  /**
   * The source of the last event of a root {@code rooted} accepts, by a country none of {@code sources} is of, in
   * this sentence or the {@link #TOLD_BEFORE} before it.
   */
  static List<Actor> lastOther(Graph g, List<Actor> sources, List<CodedEvent> sentence, Context ctx,
      Predicate<String> rooted) {
    return lastEvent(g, sentence, ctx, TOLD_BEFORE, e -> rooted.test(e.code().rootCode()) && e.source().isPresent()
            && sources.stream().noneMatch(a -> a.code().country().equals(e.source().get().country())))
        .map(e -> List.of(new Actor(e.source().get(), e.sourceText(), true)))
        .orElse(List.of());
  }

  /** The last event {@code wanted} accepts, in this sentence or the {@code window} sentences before it. */
  private static Optional<CodedEvent> lastEvent(
      Graph g, List<CodedEvent> sentence, Context ctx, int window, Predicate<CodedEvent> wanted) {
    // newest first: this sentence's events, then the article's, without copying either (#6)
    int told = ctx.told().size();
    for (int k = sentence.size() + told - 1; k >= 0; k--) {
      CodedEvent e = k >= told ? sentence.get(k - told) : ctx.told().get(k);
      if (g.sentence().index() - e.sentence() > window) {
        break;
      }
      if (wanted.test(e)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
