package org.detente.coding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.detente.core.Dependency;
import org.detente.core.Mode;
import org.detente.core.Token;

/** Reads an event's mode from its trigger and the verbs that govern it. */
final class ModeReader {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> NEGATIVE_SUBJECTS = Set.of("neither", "none", "nobody", "nothing");
  private static final Set<String> REFUSING_VERBS = Set.of("refuse", "decline", "reject");
  private static final Set<String> NEGATING_VERBS = Set.of("refuse", "fail", "decline", "reject", "deny", "avoid", "cancel");
  private static final Set<String> FUTURE_VERBS =
      Set.of("plan", "intend", "expect", "schedule", "aim", "hope", "seek", "want", "prepare", "promise",
          "pledge", "vow", "swear", "set", "go", "agree", "invite", "propose", "offer", "consider", "wish", "threaten",
          // adjectives of readiness whose complement is the planned act: "is willing to send troops"
          "willing", "ready", "prepared", "committed", "determined", "eager");
  private static final Set<String> FUTURE_MODIFIERS =
      Set.of("planned", "upcoming", "forthcoming", "proposed", "scheduled", "future", "next", "possible", "prospective",
          "expected", "intended");
  /** Auxiliaries of what is to come. */
  private static final Set<String> WILL = Set.of("will", "would", "shall", "'ll");
  private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "would", "might", "may", "should", "can", "must");
  private static final Set<String> REPORTING_VERBS =
      Set.of("say", "announce", "tell", "state", "declare", "confirm", "indicate", "add", "report", "write", "promise",
          "pledge", "vow", "insist", "reply", "assure");

  /** Words whose complement is an act the subject says it is ready to do: "is willing to send", "offered to host". */
  private static final Set<String> INTENT_WORDS =
      Set.of("willing", "ready", "prepared", "committed", "determined", "eager", "offer", "promise", "pledge", "vow",
          "swear");
  /** Verbs that announce what their subject will do: "Russia said it would retaliate", "warned that they will strike". */
  private static final Set<String> ANNOUNCING = Set.of("say", "announce", "tell", "state", "declare", "insist", "warn",
      "vow", "swear", "pledge", "promise", "reiterate", "stress", "repeat");

  /** Words of being near an act that has not happened: "on the verge of a deal", "close to an agreement". */
  static final Set<String> NEARNESS = Set.of("verge", "brink", "threshold", "close", "near");

  /** Words whose clause is somebody's hope, fear or guess, not an event: "expressed hope that Greece will help". */
  private static final Set<String> SPECULATION =
      Set.of("hope", "wish", "expect", "expectation", "believe", "belief", "think", "fear", "predict", "prediction",
          "speculate", "speculation", "doubt", "guess", "suspect", "likely", "unlikely", "possibility", "chance");

  /** Nouns whose clause is an act somebody alleges: "claims that", "allegations that", "suspicion that". */
  private static final Set<String> ALLEGATIONS = Set.of("claim", "allegation", "accusation", "charge", "rumour",
      "rumor", "suspicion", "report");
  /** Nouns of asking, whose infinitive's doer is the one asked: "a request to meet", "an invitation to visit". */
  private static final Set<String> ASKING = Set.of("request", "call", "appeal", "invitation", "plea", "demand", "order",
      "urging", "ultimatum", "summons", "instruction");
  /**
   * Verbs whose complement is an act somebody weighs, proposes or asks for, not one that happened: "is
   * considering sending aid", "called on the US to lift sanctions", "urged Japan to join".
   */
  private static final Set<String> PROPOSING_VERBS =
      Set.of("consider", "weigh", "mull", "contemplate", "ponder", "debate", "discuss", "propose", "suggest",
          "recommend", "urge", "ask", "call", "demand", "appeal", "press", "request", "persuade", "pressure", "push",
          "encourage", "advise");

  private ModeReader() {}

  /**
   * Whether the trigger is an act somebody refused: the complement of "refuse", "decline" or "reject"
   * ("Turkey refused to commit troops"), or a negated "will" ("the U.S. will not meet the demands"). CAMEO
   * codes the refusal itself (12), which happened when it was said; "did not meet" stays a negated meeting.
   */
  static boolean refusal(Graph g, int trigger) {
    Optional<Dependency> up = g.parent(trigger);
    if (up.isPresent() && up.get().relation().equals("xcomp")
        && REFUSING_VERBS.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    boolean will = false;
    boolean not = false;
    for (Dependency d : g.children(trigger)) {
      String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      will = will || (d.relation().equals("aux") && WILL.contains(w));
      not = not || (d.relation().equals("advmod") && NEGATORS.contains(w));
    }
    return will && not;
  }

  /**
   * Whether the trigger is the act of an expressed intent ("Syria is willing to withdraw", "Britain promised to
   * continue aid"): an open complement of a word of readiness or promise. CAMEO codes such a sentence as the
   * intent itself (03 for cooperation, 13 for conflict), which happened when it was said.
   */
  static boolean expressedIntent(Graph g, int trigger) {
    int head = trigger;
    for (int depth = 0; depth < 2; depth++) {
      Optional<Dependency> up = g.parent(head);
      if (up.isEmpty() || !up.get().relation().equals("xcomp")) {
        return false;
      }
      head = up.get().head();
      if (INTENT_WORDS.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the trigger is an act its own actor announced it will do: the "will" or "would" clause of a verb of
   * announcing whose subject is a pronoun ("the farmers said they would blockade Paris").
   */
  static boolean announcedOwnAct(Graph g, int trigger) {
    Optional<Dependency> up = g.parent(trigger);
    if (up.isEmpty() || !up.get().relation().equals("ccomp")
        || !ANNOUNCING.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean will = g.children(trigger, "aux").stream()
        .anyMatch(a -> WILL.contains(g.token(a).word().toLowerCase(Locale.ROOT)));
    List<Integer> subjects = g.childrenExactly(trigger, "nsubj");
    return will && !subjects.isEmpty() && subjects.stream().allMatch(n -> g.token(n).pos().startsWith("PRP"));
  }

  /**
   * The verb that asks for or weighs a nominal act, its object or "for" phrase: "called for talks with Chile",
   * "urged sanctions", "discussed a ceasefire".
   */
  static Optional<Integer> askedFor(Graph g, int noun) {
    Optional<Dependency> up = g.parent(noun);
    if (up.isEmpty() || !g.token(noun).isNoun()) {
      return Optional.empty();
    }
    String rel = up.get().relation();
    boolean asked = (rel.equals("obj") || rel.equals("obl:for"))
        && PROPOSING_VERBS.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT));
    return asked ? Optional.of(up.get().head()) : Optional.empty();
  }

  /** Whether a verb reports speech ("said", "announced", "confirmed"). */
  static boolean reporting(Token t) {
    return REPORTING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether a token is a noun of asking ("request", "call", "invitation"). */
  static boolean asking(Token t) {
    return ASKING.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the trigger has a condition introduced by "unless" ("will withdraw ... unless X arranges a ceasefire"). */
  static boolean unlessClause(Graph g, int trigger) {
    for (int clause : g.children(trigger, "advcl")) {
      for (int m : g.children(clause, "mark")) {
        if (g.token(m).word().equalsIgnoreCase("unless")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Negated, hypothetical or future, from the trigger and the verbs that govern it; else asserted. */
  static Mode mode(Graph g, int trigger) {
    boolean future = false;
    int head = trigger;
    for (int depth = 0; depth < 4 && head >= 0; depth++) {
      for (Dependency d : g.children(head)) {
        Token c = g.token(d.dependent());
        String w = c.word().toLowerCase(Locale.ROOT);
        String rel = d.relation();
        if ((rel.equals("advmod") || rel.equals("det") || rel.equals("neg")) && NEGATORS.contains(w)) {
          return Mode.NEGATED;
        }
        if (rel.startsWith("nsubj") && (NEGATIVE_SUBJECTS.contains(w) || g.children(d.dependent(), "cc:preconj").stream()
            .anyMatch(p -> g.token(p).word().equalsIgnoreCase("neither")))) {
          return Mode.NEGATED; // "neither of them criticised", "neither Chile nor Bolivia criticised"
        }
        if (rel.equals("aux") && w.equals("would") && reportedWill(g, head)) {
          future = true;
        } else if (rel.equals("aux") && HYPOTHETICAL_AUX.contains(w)) {
          return Mode.HYPOTHETICAL;
        }
        if (rel.equals("mark") && (w.equals("if") || w.equals("unless"))) {
          return Mode.HYPOTHETICAL;
        }
        if (rel.equals("aux") && (w.equals("will") || w.equals("'ll") || w.equals("shall"))) {
          future = true;
        }
        if ((rel.equals("amod") || rel.equals("compound")) && FUTURE_MODIFIERS.contains(w)) {
          future = true;
        }
        if (rel.equals("case") && NEARNESS.contains(w) && depth == 0) {
          return Mode.HYPOTHETICAL; // "were close to an agreement", parsed as one preposition
        }
      }
      Optional<Dependency> up = g.parent(head);
      if (up.isEmpty()) {
        break;
      }
      String rel = up.get().relation();
      String governor = g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT);
      if ((rel.equals("ccomp") || rel.equals("acl") || rel.equals("acl:that")) && SPECULATION.contains(governor)) {
        return Mode.HYPOTHETICAL;
      }
      if ((rel.startsWith("nmod") || rel.startsWith("obl")) && NEARNESS.contains(governor)
          && !g.children(up.get().head(), "cop").isEmpty()) {
        return Mode.HYPOTHETICAL; // "were on the verge of a deal": near it, not yet at it
      }
      // "an investigation into claims that two servicemen abused children": an alleged act
      if ((rel.equals("ccomp") || rel.startsWith("acl")) && !rel.equals("acl:relcl")
          && g.token(up.get().head()).isNoun() && ALLEGATIONS.contains(governor)) {
        return Mode.HYPOTHETICAL;
      }
      boolean clausal = rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("advcl:to") || rel.equals("acl")
          || rel.equals("acl:to");
      if (clausal && PROPOSING_VERBS.contains(governor)) {
        return Mode.HYPOTHETICAL;
      }
      if (askedFor(g, head).isPresent()) {
        return Mode.HYPOTHETICAL;
      }
      // "ignored a request by Chile to meet ...", parsed as if the request would meet: an act asked for
      if (rel.equals("xcomp") && g.childrenExactly(head, "nsubj:xsubj").stream()
          .anyMatch(x -> asking(g.token(x)))) {
        return Mode.HYPOTHETICAL;
      }
      boolean complement = rel.equals("xcomp") || rel.startsWith("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl");
      if (!complement) {
        break;
      }
      if (NEGATING_VERBS.contains(governor) && rel.equals("xcomp")) {
        return Mode.NEGATED;
      }
      // "is going to attack" is a plan; "went on strike" is not
      boolean going = !governor.equals("go") || (rel.equals("xcomp") && g.token(up.get().head()).pos().equals("VBG"));
      if (FUTURE_VERBS.contains(governor) && going) {
        future = true;
      }
      head = up.get().head();
    }
    return future ? Mode.FUTURE : Mode.ASSERTED;
  }

  /**
   * Whether "would" on {@code head} is the "will" of reported speech ("Iraq said it would allow the inspectors
   * back"): the clause is the complement of a reporting verb and has no condition of its own.
   */
  private static boolean reportedWill(Graph g, int head) {
    for (Dependency d : g.children(head)) {
      if (d.relation().equals("mark") || d.relation().equals("advcl")) {
        String w = g.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("advcl") || w.equals("if") || w.equals("unless")) {
          return false;
        }
      }
    }
    Optional<Dependency> up = g.parent(head);
    return up.isPresent() && up.get().relation().equals("ccomp")
        && REPORTING_VERBS.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT));
  }

}
