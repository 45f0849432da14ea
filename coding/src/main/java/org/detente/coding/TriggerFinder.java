package org.detente.coding;

import static java.util.Objects.requireNonNull;
import static org.detente.coding.ActorFinder.prepositional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.core.CameoCode;
import org.detente.core.Dependency;
import org.detente.core.Sentence;
import org.detente.core.Token;

/**
 * Finds a sentence's triggers: the verbs, nouns and predicate adjectives whose pattern fits the words around them (a
 * row's condition on an object, particle, preposition or modifier), with the codes the words around a trigger
 * override (stopping what a noun names, sending inspectors, arriving as peacekeepers). Also decides which nouns a coded
 * verb already covers, which verb a nominal event is the object of, and which helping verbs only tell an act of aid
 * again.
 */
final class TriggerFinder {
  /** Nouns that measure or hold what they are "of" ("tons of food", "a shipment of arms"). */
  private static final Set<String> MEASURES = Set.of("kg", "kilogram", "kilo", "ton", "tonne", "pound", "litre",
      "liter", "gallon", "barrel", "dose", "shipment", "consignment", "batch", "load", "cargo", "package", "quantity",
      "amount", "truckload", "planeload", "crate", "box", "bag", "lot", "convoy");
  /** Nouns of coming in, whose "of" phrase says who or what comes: "the return of UN inspectors". */
  private static final Set<String> ADMITTED =
      Set.of("return", "entry", "deployment", "arrival", "presence", "passage", "delivery");
  /** The object word of patterns.tsv that stands for a sum of money ("gave $2 million", "pledged funds"). */
  private static final String MONEY_WORD = "$money";
  static final Set<String> MONEY =
      Set.of("$", "€", "£", "¥", "us$", "dollar", "euro", "pound", "yen", "yuan", "rupee", "million", "billion", "money",
          "fund", "cash");
  private static final Set<String> STOPPING_VERBS = Set.of(
      "halt", "stop", "suspend", "end", "cut", "freeze", "cancel", "terminate", "reduce", "curtail", "discontinue",
      "lift", "ease", "relax", "loosen", "remove", "repeal", "scrap", "prohibit", "withhold");
  /** Verbs of sending people, and what they may be sent to do that makes the sending an investigation. */
  private static final Set<String> SENDING = Set.of("send", "dispatch", "deploy");
  /** Verbs of arriving, which peacekeepers do to keep the peace. */
  private static final Set<String> ARRIVING = Set.of("arrive", "land");
  private static final Set<String> INSPECTING =
      Set.of("investigate", "probe", "inspect", "monitor", "observe", "examine", "assess", "verify");
  /** Phrasal verbs of stopping, with their particle: "called off", "rolled back", "scaled back", "wound down". */
  private static final Map<String, String> PHRASAL_STOPPING =
      Map.of("call", "off", "roll", "back", "scale", "back", "wind", "down");
  /** Nouns of a part of what they are "of". */
  private static final Set<String> PARTS = Set.of("part", "some", "most", "all", "half", "portion", "rest", "bulk");
  /** Nouns of a relation that stopping it reduces (161): "suspended air links with", "cut ties with". */
  private static final Set<String> TIES = Set.of("tie", "link", "relation", "contact", "flight", "connection");
  private static final Set<String> STOPPING_NOUNS =
      Set.of("suspension", "halt", "end", "cut", "freeze", "cancellation", "termination", "reduction", "cutoff");
  /** Verbs of a figure changing. */
  private static final Set<String> CHANGING = Set.of("fall", "rise", "grow", "increase", "decline", "drop",
      "decrease", "double", "triple", "halve", "surge", "shrink", "slump", "plunge", "soar", "total", "amount");
  /** Verbs of helping that tell the purpose of aid again. */
  private static final Set<String> HELPING = Set.of("support", "help", "assist", "aid");

  private final PatternBook patterns;

  TriggerFinder(PatternBook patterns) {
    this.patterns = requireNonNull(patterns, "patterns");
  }

  List<Trigger> triggers(Graph g) {
    List<Trigger> out = new ArrayList<>();
    for (Token tok : g.sentence().tokens()) {
      if (tok.isNoun() && (Periods.inName(g, tok.index()) || inTime(g.sentence(), tok.index()))) {
        continue; // "at the end of World War II", "in the month of March" name a time, not a war, an end or a march
      }
      if (tok.isNoun() && measured(g, tok.index())) {
        continue; // "trade with Russia fell by a third": a figure that changed, not an act
      }
      String lemma = tok.lemma().toLowerCase(Locale.ROOT);
      // "cyber-attacks", "air-strikes": a hyphenated noun is its last part
      String noun = lemma.contains("-") && patterns.nouns(lemma).isEmpty()
          ? lemma.substring(lemma.lastIndexOf('-') + 1) : lemma;
      // "they would blockade Paris" with "blockade" tagged a noun: a noun with an auxiliary and a subject, and no
      // copula, is a verb
      boolean verbal = tok.isVerb() || (tok.isNoun() && !patterns.verbs(lemma).isEmpty()
          && !g.children(tok.index(), "aux").isEmpty() && !g.children(tok.index(), "nsubj").isEmpty()
          && g.children(tok.index(), "cop").isEmpty());
      List<Pattern> candidates = verbal ? patterns.verbs(lemma)
          : tok.isNoun() ? patterns.nouns(noun)
          : tok.pos().startsWith("JJ") && !g.children(tok.index(), "cop").isEmpty() ? patterns.adjectives(lemma)
          : List.of();
      // a row with a condition wins; then a verb or noun of stopping with a coded object; then a row without one
      Optional<Pattern> fitting = candidates.stream().filter(p -> fits(g, tok.index(), p)).findFirst();
      // rows that the words around the verb override: "called off the strike", "rolled back tariffs" (what is
      // stopped decides the code, as for the other verbs of stopping), "sent experts to investigate" (090)
      String particle = PHRASAL_STOPPING.get(lemma);
      boolean phrasal = tok.isVerb() && particle != null && g.children(tok.index()).stream()
          .anyMatch(d -> (d.relation().equals("compound:prt") || d.relation().equals("advmod"))
              && g.token(d.dependent()).word().equalsIgnoreCase(particle));
      Optional<Pattern> overriding = phrasal ? stopped(g, tok.index(), "obj")
          : tok.isVerb() && SENDING.contains(lemma) ? inspecting(g, tok.index())
          : tok.isVerb() && ARRIVING.contains(lemma) ? keepingPeace(g, tok.index()) : Optional.empty();
      Optional<Pattern> found = overriding.or(() -> fitting.filter(p -> !p.requireRelation().isEmpty()))
          .or(() -> tok.isVerb() && STOPPING_VERBS.contains(lemma)
                  ? stopped(g, tok.index(), g.isPassive(tok.index()) ? "nsubj:pass" : "obj")
              : tok.isNoun() && STOPPING_NOUNS.contains(lemma) ? stopped(g, tok.index(), "nmod:of")
              : Optional.empty())
          .or(() -> fitting);
      found.ifPresent(p -> out.add(new Trigger(tok.index(), p)));
    }
    // verbs first, so a noun governed by a coded verb ("imposed sanctions") is not coded again
    out.sort((a, b) -> Boolean.compare(b.pattern().verb(), a.pattern().verb()));
    return out;
  }

  /**
   * "sent 21 personnel to Bosnia to investigate", "dispatched inspectors to Iran to monitor": sending people to
   * look into something is investigating it (090), where they are sent to.
   */
  private static Optional<Pattern> inspecting(Graph g, int verb) {
    for (Dependency d : g.children(verb)) {
      boolean purpose = d.relation().equals("advcl:to") || d.relation().equals("xcomp");
      if (purpose && INSPECTING.contains(g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return Optional.of(new Pattern(Pattern.Pos.VERB, g.token(verb).lemma(), "", "", List.of("to", "into"),
            new CameoCode("090"), false));
      }
    }
    return Optional.empty();
  }

  /**
   * "NATO peacekeeping troops arrived in Bosnia", "British troops arrived in Mali to join the UN peacekeeping
   * mission": arriving as or to join peacekeepers is providing peacekeeping (074) where they arrive.
   */
  private static Optional<Pattern> keepingPeace(Graph g, int verb) {
    List<Integer> words = new ArrayList<>();
    for (Dependency d : g.children(verb)) {
      if (d.relation().startsWith("nsubj") || d.relation().equals("advcl:to") || d.relation().equals("xcomp")) {
        words.add(d.dependent());
        for (Dependency c : g.children(d.dependent())) {
          words.add(c.dependent());
          g.children(c.dependent()).forEach(cc -> words.add(cc.dependent()));
        }
      }
    }
    boolean peacekeeping =
        words.stream().anyMatch(w -> g.token(w).lemma().toLowerCase(Locale.ROOT).startsWith("peacekeep"));
    return peacekeeping
        ? Optional.of(new Pattern(Pattern.Pos.VERB, g.token(verb).lemma(), "", "", List.of("in", "at"),
            new CameoCode("074"), false))
        : Optional.empty();
  }

  /**
   * "halted economic aid to Serbia", "suspended the talks", "ended mediation efforts", "a suspension of
   * aid": a verb or noun of stopping whose object (the {@code relation} dependent) is a coded event noun,
   * or names one in a modifier, is the reduction of that kind of relation (aid -> 162 reduce aid, talks ->
   * 164 halt negotiations, mediation -> 165, ties -> 161, cooperation -> 160, sanctions -> 085 ease
   * sanctions, curfew -> 0813, state of emergency -> 0814, other bans -> 081, fighting or force posture ->
   * 087 de-escalate), with the noun's target phrases. Lifting and easing are stopping too ("eased curfew
   * hours").
   */
  private Optional<Pattern> stopped(Graph g, int stopping, String relation) {
    List<Integer> objects = new ArrayList<>();
    for (int obj : wholes(g, g.childrenExactly(stopping, relation))) {
      objects.add(obj);
      objects.addAll(g.childrenExactly(obj, "compound"));
    }
    for (int obj : objects) {
      Token noun = g.token(obj);
      if (!noun.isNoun()) {
        continue;
      }
      if (TIES.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
        // "suspended air links with Serbia", "cut ties with Qatar": no event of their own, but reducing relations
        Pattern.Pos pos = g.token(stopping).isVerb() ? Pattern.Pos.VERB : Pattern.Pos.NOUN;
        return Optional.of(new Pattern(pos, g.token(stopping).lemma(), "", "", List.of("with", "to", "between"),
            new CameoCode("161"), false));
      }
      for (Pattern p : patterns.nouns(noun.lemma().toLowerCase(Locale.ROOT))) {
        if (!fits(g, obj, p)) {
          continue;
        }
        String code = p.code().value();
        String stop = switch (p.code().rootCode()) {
          case "04" -> code.equals("045") ? "165" : "164";
          case "05" -> "161";
          case "06" -> "160";
          case "07" -> "162";
          case "14" -> "082";
          case "15", "19" -> "087";
          case "16" -> code.equals("163") ? "085" : "";
          case "17" -> code.equals("1723") ? "0813" : code.equals("1724") ? "0814" : code.startsWith("172") ? "081" : "";
          default -> "";
        };
        if (!stop.isEmpty()) {
          List<String> targets = new ArrayList<>(p.targets());
          targets.add("to");
          targets.add("with");
          targets.add("among");
          Pattern.Pos pos = g.token(stopping).isVerb() ? Pattern.Pos.VERB : Pattern.Pos.NOUN;
          return Optional.of(new Pattern(pos, g.token(stopping).lemma(), "", "", targets.stream().distinct().toList(),
              new CameoCode(stop), p.symmetric()));
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean fits(Graph g, int head, Pattern p) {
    String rel = p.requireRelation();
    if (rel.isEmpty()) {
      return true;
    }
    String want = p.requireWord();
    // not a time: "called Morrison on Wednesday to congratulate him" is no call on anybody, whether the parser
    // makes "on" a particle or a preposition
    if (rel.equals("prt")) {
      return g.children(head, "compound:prt").stream().anyMatch(c -> g.token(c).word().equalsIgnoreCase(want)
          && g.sentence().times().stream().noneMatch(tm -> tm.start() == c + 1));
    }
    if (rel.equals("prep")) {
      return prepositional(g, head, want).stream()
          .anyMatch(d -> g.sentence().times().stream().noneMatch(tm -> tm.covers(d)));
    }
    List<Integer> deps = new ArrayList<>();
    if (rel.equals("mod")) {
      deps.addAll(g.childrenExactly(head, "compound"));
      deps.addAll(g.childrenExactly(head, "amod"));
    } else {
      deps.addAll(g.childrenExactly(head, rel));
    }
    if (rel.equals("obj")) {
      deps.addAll(g.childrenExactly(head, "nsubj:pass"));
      deps = wholes(g, deps); // "captured part of a guerrilla stronghold"
      // "violated the ceasefire agreement": a compound names what the object is about
      for (int d : List.copyOf(deps)) {
        deps.addAll(g.childrenExactly(d, "compound"));
      }
    }
    // "handed over 700 kg of medicine", "a shipment of weapons": what a measure holds is the object; "allowed the
    // return of UN inspectors": so is what comes in
    for (int d : List.copyOf(deps)) {
      String lemma = g.token(d).lemma().toLowerCase(Locale.ROOT);
      if (MEASURES.contains(lemma) || ADMITTED.contains(lemma)) {
        deps.addAll(g.childrenExactly(d, "nmod:of"));
      }
    }
    return deps.stream().anyMatch(c -> want.equals("*") || g.token(c).lemma().equalsIgnoreCase(want)
        || (want.equals(MONEY_WORD) && MONEY.contains(g.token(c).lemma().toLowerCase(Locale.ROOT))));
  }

  /**
   * A noun that is the object of a coded verb (or a compound in it, or what a sum it names is in) was coded with
   * that verb.
   */
  static boolean coveredByVerb(Graph g, int noun, Set<Integer> coded) {
    Optional<Dependency> up = g.parent(noun);
    if (up.isPresent() && up.get().relation().equals("compound")) {
      up = g.parent(up.get().head()); // "violated the ceasefire agreement"
    }
    if (up.isPresent() && up.get().relation().equals("nmod:of")
        && PARTS.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT))) {
      up = g.parent(up.get().head()); // "suspended part of a military aid program"
    }
    if (up.isPresent() && up.get().relation().equals("nmod:in")
        && MONEY.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT))) {
      up = g.parent(up.get().head()); // "approved 1.5 billion euros in aid"
    }
    return up.isPresent() && coded.contains(up.get().head())
        && (up.get().relation().equals("obj") || up.get().relation().equals("nsubj:pass"));
  }

  /**
   * The verb a nominal event is the object of ("held talks", "adopted a package of sanctions", "approved
   * a billion euros in aid", "launched a mediation effort"), else -1. Climbs through at most two quantity
   * nouns or nouns it modifies.
   */
  static int lightVerb(Graph g, int noun) {
    int cur = noun;
    for (int depth = 0; depth < 3; depth++) {
      Optional<Dependency> up = g.parent(cur);
      if (up.isEmpty()) {
        return -1;
      }
      Dependency d = up.get();
      String rel = d.relation();
      boolean objectLike = rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl") || rel.equals("xcomp");
      if (objectLike && g.token(d.head()).isVerb()) {
        return d.head();
      }
      boolean quantity = (rel.equals("nmod:of") || rel.equals("nmod:in")) && g.token(d.head()).isNoun();
      // "launched a mediation effort": the event noun modifies the verb's object
      boolean modifier = rel.equals("compound") && g.token(d.head()).isNoun();
      if (!quantity && !modifier) {
        return -1;
      }
      cur = d.head();
    }
    return -1;
  }

  /**
   * "provided $1.7 billion in assistance to support Syrian refugees": the support or help an act of aid is given
   * for is that act, told again, not an endorsement of its own.
   */
  static boolean helping(Graph g, Trigger t, Map<Integer, String> coded) {
    if (!HELPING.contains(g.token(t.token()).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Optional<Dependency> up = g.parent(t.token());
    if (up.isPresent() && up.get().relation().equals("acl:to")) {
      up = g.parent(up.get().head()).filter(d -> d.relation().equals("obj")); // "provided aid to support ..."
    } else {
      up = up.filter(d -> d.relation().equals("advcl:to") || d.relation().equals("xcomp"));
    }
    return up.isPresent() && "07".equals(coded.get(up.get().head()));
  }

  /** Whether a noun is the subject of a verb of a figure changing ("trade fell", "aid rose to $2 billion"). */
  private static boolean measured(Graph g, int noun) {
    Optional<Dependency> up = g.parent(noun);
    return up.isPresent() && up.get().relation().equals("nsubj")
        && CHANGING.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean inTime(Sentence s, int token) {
    return s.times().stream().anyMatch(tm -> tm.covers(token));
  }

  /** Objects with, for a part ("part of a military aid program", "some of the sanctions"), the whole. */
  static List<Integer> wholes(Graph g, List<Integer> objects) {
    List<Integer> out = new ArrayList<>(objects);
    for (int obj : objects) {
      if (PARTS.contains(g.token(obj).lemma().toLowerCase(Locale.ROOT))) {
        out.addAll(g.childrenExactly(obj, "nmod:of"));
      }
    }
    return out;
  }
}
