package org.detente.coding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.detente.core.ActorCode;
import org.detente.core.ActorMention;
import org.detente.core.Article;
import org.detente.core.CameoCode;
import org.detente.core.CodedArticle;
import org.detente.core.CodedEvent;
import org.detente.core.DatePrecision;
import org.detente.core.Dependency;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.detente.core.RecognizedArticle;
import org.detente.core.Result;
import org.detente.core.Sentence;
import org.detente.core.Stage;
import org.detente.core.Token;

/**
 * Codes CAMEO events from the dependency graph. For every verb or noun with a trigger pattern, it finds
 * the source (subject, passive agent, possessor or adjective of a nominal event, the subject of a light
 * verb such as "held talks") and the target (object or the pattern's prepositions), spreads coordinated
 * actors ("Russia and Japan met" is one symmetric event), resolves "the two sides" to the article's main
 * pair, and gives each event its own date, mode and location.
 *
 * <p>Consumes a {@link RecognizedArticle}; produces a {@link CodedArticle}. Pure: no I/O, no state
 * between calls. Never rejects.
 */
public final class CameoCoder implements Stage<RecognizedArticle, CodedArticle> {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her", "him");
  private static final Set<String> THING_PRONOUNS = Set.of("it", "its");
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them");
  /**
   * Nouns whose owner names the other side of a relation, not the actor: "an ally of the United States", "China's
   * partner Russia".
   */
  private static final Set<String> RELATIONAL = Set.of("ally", "partner", "neighbor", "neighbour", "friend", "enemy",
      "rival", "foe", "adversary", "opponent", "critic", "supporter", "backer", "client", "proxy");
  /** Nouns that measure or hold what they are "of" ("tons of food", "a shipment of arms"). */
  private static final Set<String> MEASURES = Set.of("kg", "kilogram", "kilo", "ton", "tonne", "pound", "litre",
      "liter", "gallon", "barrel", "dose", "shipment", "consignment", "batch", "load", "cargo", "package", "quantity",
      "amount", "truckload", "planeload", "crate", "box", "bag", "lot", "convoy");
  /** Nouns of coming in, whose "of" phrase says who or what comes: "the return of UN inspectors". */
  private static final Set<String> ADMITTED =
      Set.of("return", "entry", "deployment", "arrival", "presence", "passage", "delivery");
  private static final Set<String> PAIR_WORDS = Set.of("sides", "countries", "nations", "leaders", "governments", "states");
  private static final double INFERRED_ACTOR_PENALTY = 0.15;
  private static final double ONE_ACTOR_PENALTY = 0.2;
  private static final double STATEMENT_PENALTY = 0.2;
  private static final int LONG_SENTENCE_TOKENS = 40;
  private static final int MAX_CAPTION_TOKENS = 25;
  /** Where a caption puts a person in the picture: "Abe, left, and Putin, right". */
  private static final Set<String> IN_PICTURE = Set.of("left", "right", "center", "centre", "top", "bottom");
  private static final Set<String> LOCATIVE =
      Set.of("obl:in", "nmod:in", "obl:near", "nmod:near", "obl:across", "nmod:across", "obl:inside", "nmod:inside");
  /** Three-letter codes that are organisation families, not countries. */
  private static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "MNC", "IMG", "UNO");
  /** Sectors of the state: officials, forces, courts and parliaments. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
  private static final Set<String> REPORTING_VERBS =
      Set.of("say", "declare", "insist", "reiterate", "state", "stress", "conclude", "tell", "repeat", "announce");
  /** The object word of patterns.tsv that stands for a sum of money ("gave $2 million", "pledged funds"). */
  private static final String MONEY_WORD = "$money";
  private static final Set<String> MONEY =
      Set.of("$", "€", "£", "¥", "us$", "dollar", "euro", "pound", "yen", "yuan", "rupee", "million", "billion", "money",
          "fund", "cash");
  private static final Set<String> BOMBS = Set.of("bomb", "bombing", "bomber", "explosion", "blast", "device", "explosive");
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
  /** Roots of material acts, whose place may stand for their target: aid, protest, force, sanctions, coercion, violence. */
  private static final Set<String> ON_A_PLACE = Set.of("07", "14", "15", "16", "17", "18", "19", "20");
  /** How many sentences back "the offer" or "the accusation" may have been told. */
  private static final int TOLD_BEFORE = 3;
  /** Punishments that answer another's act: sanctions, embargoes, boycotts. */
  private static final Set<String> PUNITIVE = Set.of("163");
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");
  /** Roots of force whose doer, when unnamed, is somebody of the country it happened in: coercion, violence. */
  private static final Set<String> UNATTRIBUTED = Set.of("17", "18", "19", "20");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "near", "outside", "outside_of", "inside", "across", "around", "throughout", "within");
  /** How a place's name hangs on the words for it: "the town of Samarra", "Iraqi city", "Mansiysk (Siberia)". */
  private static final Set<String> NAMING_A_PLACE = Set.of("nmod:of", "appos", "amod", "compound", "nmod:poss");
  private static final List<String> OBJECT_TARGET_PREPOSITIONS =
      List.of("against", "on", "to", "toward", "towards", "with", "for", "over", "between", "among");
  private static final Set<String> OBLIGATION = Set.of("must", "should");
  private static final Pattern REPORTED_DEMAND =
      new Pattern(Pattern.Pos.VERB, "(reported demand)", "", "", List.of(), new CameoCode("100"), false);
  private static final Pattern DISAPPROVAL =
      new Pattern(Pattern.Pos.VERB, "(asked for hostility)", "", "", List.of(), new CameoCode("110"), false);
  /** Appeals for the acts of cooperation asked for: to meet, for diplomatic or material cooperation, for aid. */
  private static final Map<String, Pattern> APPEALS = Map.of(
      "04", appeal("026"), "05", appeal("0211"), "06", appeal("0212"), "07", appeal("023"));
  private static final Set<String> APPEALING = Set.of("call", "urge", "appeal", "ask", "press", "push", "request");
  /** Roots of acts against somebody: threats, protests, force, sanctions, coercion, violence. */
  private static final Set<String> HOSTILE_ROOTS = Set.of("13", "14", "15", "16", "17", "18", "19", "20");
  /** Verbs of a figure changing. */
  private static final Set<String> CHANGING = Set.of("fall", "rise", "grow", "increase", "decline", "drop",
      "decrease", "double", "triple", "halve", "surge", "shrink", "slump", "plunge", "soar", "total", "amount");
  /** Verbs of answering what another did. */
  private static final Set<String> RESPONDING = Set.of("respond", "react", "retaliate", "reply", "hit");
  /** Verbs of answering an act: who does them is whom the act was aimed at. */
  private static final Set<String> ANSWERING =
      Set.of("respond", "react", "reply", "answer", "accept", "reject", "welcome", "decline", "rebuff", "spurn");
  /** Words that open a clause telling what a reaction answers: "protested after Russia seized ...". */
  private static final Set<String> REACTING = Set.of("after", "when", "because", "as");
  /** Roots of acts done by saying: demands, criticism, rejection, threats, protests. */
  private static final Set<String> VERBAL_ROOTS = Set.of("10", "11", "12", "13", "14");
  /** Head nouns of the names of bodies, which are "it" or "they", never "he" or "she". */
  private static final Set<String> BODIES = Set.of("front", "party", "union", "army", "movement", "council",
      "committee", "organization", "organisation", "association", "league", "alliance", "congress", "force",
      "forces", "brigade", "brigades", "group", "commission", "ministry", "government", "assembly", "parliament",
      "court", "agency", "office", "service", "coalition", "federation", "authority", "bureau", "department");
  /** Nouns of taking a territory into a state, which the "into" phrase names. */
  private static final Set<String> ABSORBING = Set.of("annexation", "incorporation", "absorption");
  /** Curfews, states of emergency and martial law. */
  private static final Set<String> EMERGENCY = Set.of("1723", "1724");
  /** Roots of acts whose purpose clause may name their target: aid, protest, force ("opened fire to disperse"). */
  private static final Set<String> PURPOSEFUL = Set.of("07", "14", "17", "18", "19");
  /** Verbs of helping that tell the purpose of aid again. */
  private static final Set<String> HELPING = Set.of("support", "help", "assist", "aid");
  /** Nouns of a protest's stance: "in protest of", "in defiance of", "in opposition to". */
  private static final Set<String> DEFYING = Set.of("protest", "defiance", "opposition", "response");
  /** Words that make a clause a condition: "unless Israel rescinds", "if the United States goes ahead". */
  private static final Set<String> CONDITIONS = Set.of("unless", "if");
  /** Verbs of disregarding what was aimed at one: "ignored the protests", "brushed aside the warnings". */
  private static final Set<String> DISREGARDING =
      Set.of("ignore", "dismiss", "disregard", "defy", "rebuff", "brush", "shrug", "reject");
  private static final Pattern JUDGEMENT =
      new Pattern(Pattern.Pos.VERB, "(judgement)", "", "", List.of(), new CameoCode("111"), false);
  /** Words that condemn what they are said of: "a misstep", "destabilising", "unacceptable". */
  private static final Set<String> CONDEMNING = Set.of("mistake", "misstep", "error", "blunder", "provocation",
      "provocative", "crime", "criminal", "illegal", "unlawful", "illegitimate", "unacceptable", "irresponsible",
      "reckless", "dangerous", "destabilising", "destabilizing", "aggressive", "hostile", "unfriendly", "absurd",
      "outrageous", "shameful", "disgraceful", "insult", "sham", "farce", "interference", "meddling");
  private static final Set<String> JUDGING = Set.of("say", "state", "declare", "tell", "stress", "insist", "feel",
      "consider", "add", "warn", "note");
  private static final Set<String> NAMING = Set.of("call", "brand", "label", "term", "declare", "deem", "consider");
  private static final Pattern CLAIM =
      new Pattern(Pattern.Pos.VERB, "(claimed act)", "", "", List.of(), new CameoCode("015"), false);
  private static final Set<String> CONFLICT_ROOTS = Set.of("14", "15", "17", "18", "19", "20");
  /**
   * Verbs whose passive has the doer as its subject: "was engaged in", "were involved in", and forces that "were
   * deployed" or "stationed" somewhere act there for their country.
   */
  private static final Set<String> ENGAGED = Set.of("engage", "involve", "deploy", "station");
  private static final Pattern CAPTION =
      new Pattern(Pattern.Pos.NOUN, "(caption)", "", "", List.of(), new CameoCode("040"), true);

  private final PatternBook patterns;
  private final CameoCodebook codebook;

  public CameoCoder(PatternBook patterns, CameoCodebook codebook) {
    this.patterns = requireNonNull(patterns, "patterns");
    this.codebook = requireNonNull(codebook, "codebook");
  }

  private static Pattern appeal(String code) {
    return new Pattern(Pattern.Pos.VERB, "(asked for cooperation)", "", "", List.of(), new CameoCode(code), false);
  }

  @Override
  public Result<CodedArticle> apply(RecognizedArticle input) {
    Article article = input.annotated().article();
    List<ActorCode> pair = mainPair(input.actors());
    List<CodedEvent> events = new ArrayList<>();
    Dating.Timeline timeline = Dating.Timeline.START;
    Optional<Antecedent> antecedent = Optional.empty();
    for (Sentence s : input.annotated().sentences()) {
      Graph g = new Graph(s);
      List<ActorMention> mentions = new ArrayList<>(input.actorsIn(s.index()));
      List<ActorMention> sectors = new ArrayList<>();
      for (ActorMention m : input.sectorsIn(s.index())) {
        // "Bangladeshi peacekeeping troops": a country that modifies the sector's head, beyond the words the
        // recognizer joins, is its own
        List<String> own = modifyingCountries(g, m, mentions);
        if (!own.isEmpty()) {
          // "the foreign ministers of Japan and Russia": one mention for each country
          own.forEach(country -> mentions.add(withCountry(m, country)));
        } else if (!fromAnother(g, m, mentions)) {
          // "a diplomat from the EU delegation" is the EU's, found through the phrase, not the place's
          sectors.add(m);
        }
      }
      Optional<String> place = placeCountry(g, mentions);
      if (place.isPresent()) {
        residents(g, mentions, place.get());
        // "civilians in Gaza", "protesters in Baku": people of the place the sentence is set in
        sectors.forEach(m -> mentions.add(withCountry(m, place.get())));
        sectors = List.of();
      } else {
        Optional<String> only = onlyCountry(mentions);
        if (only.isPresent()) {
          // "President Yoweri Museveni has banned Ugandan opposition candidates", "Islamic fundamentalists
          // demanded the resignation of Algerian President Ben Bella": people of no stated country in a sentence
          // that names one country belong to that country
          sectors.forEach(m -> mentions.add(withCountry(m, only.get())));
          sectors = List.of();
        }
      }
      Optional<Antecedent> subject = topic(g, mentions, Optional.empty());
      events.addAll(
          codeSentence(article, g, mentions, new Context(pair, antecedent, subject, sectors, events), timeline));
      timeline = timeline.after(g, article.published());
      antecedent = subject.isPresent() ? subject : topic(g, mentions, antecedent);
    }
    return Result.ok(new CodedArticle(article, input.annotated().sentences().size(), events));
  }

  /**
   * The country a sentence is set in: a country's (or its place's) mention in an "in", "near" or "across"
   * phrase, or modifying the head of one ("in Myanmar's Rakhine State"). Organisations set no place.
   */
  private static Optional<String> placeCountry(Graph g, List<ActorMention> mentions) {
    for (ActorMention m : mentions) {
      int h = m.head();
      Optional<Dependency> up = g.parent(h);
      if (up.isPresent() && (up.get().relation().equals("nmod:poss") || up.get().relation().equals("compound")
          || up.get().relation().equals("amod"))) {
        up = g.parent(up.get().head());
      }
      if (up.isPresent() && LOCATIVE.contains(up.get().relation()) && isCountry(m.code())) {
        return Optional.of(m.code().country());
      }
    }
    return Optional.empty();
  }

  /**
   * The countries of the country mentions that modify a mention's head ("Bangladeshi" in "Bangladeshi peacekeeping
   * troops") or name what it is from or of ("the deputy governor of the Tyumen region", "the ministers of Japan
   * and Russia").
   */
  private static List<String> modifyingCountries(Graph g, ActorMention sector, List<ActorMention> mentions) {
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
  private static boolean fromAnother(Graph g, ActorMention sector, List<ActorMention> mentions) {
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

  /**
   * An ethnic group named after another country stands for the country it lives in, the one the sentence is set in
   * (CAMEO's convention): "Serb forces killed three ethnic Albanians in southeastern Serbia" is SRB against SRB.
   */
  private static void residents(Graph g, List<ActorMention> mentions, String place) {
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
  private static Optional<String> onlyCountry(List<ActorMention> mentions) {
    Set<String> countries = new HashSet<>();
    for (ActorMention m : mentions) {
      if (!isCountry(m.code())) {
        return Optional.empty();
      }
      countries.add(m.code().country());
    }
    return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
  }

  private static boolean isCountry(ActorCode code) {
    String c = code.country();
    return c.length() == 3 && !NOT_COUNTRIES.contains(c) && c.chars().allMatch(Character::isLetter);
  }

  /** A sector mention ("protesters", OPP) as the sector of {@code country} (AZEOPP). */
  private static ActorMention withCountry(ActorMention sector, String country) {
    return new ActorMention(sector.sentence(), sector.start(), sector.end(), sector.head(),
        new ActorCode(country + sector.code().value()), sector.text());
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
   * What the coder knows of the article around a sentence: the main pair ("the two sides"), the actor
   * the previous sentence was about and this sentence's subject actor (what "he" or "its" refer to).
   */
  /**
   * What a sentence is read with: the article's two main countries, the antecedents of its pronouns, the sectors
   * of no named country, and the events of the sentences before it (what "the offer" or "the accusation" was).
   */
  private record Context(List<ActorCode> pair, Optional<Antecedent> previous, Optional<Antecedent> own,
      List<ActorMention> sectors, List<CodedEvent> told) {
    static final Context NONE = new Context(List.of(), Optional.empty(), Optional.empty(), List.of(), List.of());

    /**
     * The antecedent for a pronoun: this sentence's subject actor when it comes before the pronoun
     * ("Abe made ..., leading to his visit"), else the previous sentence's. "he"/"his"/"she"/"her" take a
     * person's office (a code with a sector), "it"/"its" a country or organisation, "they"/"their" a
     * plural ("Palestinian leaders said they would ...").
     */
    List<Actor> pronoun(Token t) {
      if (!t.pos().startsWith("PRP")) {
        return List.of();
      }
      Optional<Antecedent> before = own.filter(m -> m.end() <= t.index());
      Optional<Antecedent> antecedent = before.or(() -> previous);
      if (antecedent.isEmpty()) {
        return List.of();
      }
      String w = t.word().toLowerCase(Locale.ROOT);
      // "the FARC said they will lay down arms": in its own sentence an organisation is "it" or, as its people, "they"
      boolean fits = antecedent.get().plural() ? PLURAL_PRONOUNS.contains(w)
          : antecedent.get().person() ? PERSON_PRONOUNS.contains(w)
          : THING_PRONOUNS.contains(w) || (before.isPresent() && PLURAL_PRONOUNS.contains(w));
      return fits ? antecedent.get().mentions().stream().map(a -> new Actor(a.code(), a.text(), true)).toList()
          : List.of();
    }
  }

  /**
   * What the next sentence's pronouns refer to: the actor that is the subject of this sentence's main
   * verb; the same as before when the subject is itself a pronoun; none when someone else is the subject.
   */
  private static Optional<Antecedent> topic(Graph g, List<ActorMention> mentions, Optional<Antecedent> before) {
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
   * The actors a pronoun may refer to: a subject (or coordinated subjects, "Russia and Japan", referred to by
   * "they"), whether its head noun is plural ("leaders") and whether it names a person (a proper noun with an
   * office: "President Putin", not "the government").
   */
  private record Antecedent(List<ActorMention> mentions, boolean plural, boolean person) {
    /** Where the antecedent ends: a pronoun after it may refer to it. */
    int end() {
      return mentions.get(mentions.size() - 1).end();
    }
  }

  /** An actor of an event; {@code inferred} when a fallback rather than the grammar found it. */
  private record Actor(ActorCode code, String text, boolean inferred) {}

  private record Trigger(int token, Pattern pattern) {}

  /**
   * The verb of whoever judges, the head of what is judged, and the word that tells the judgement (its mode and
   * date): the predicate of a clause of its own ("said [Abe's visit] was a misstep"), else the verb of naming
   * ("called [the plans] destabilising").
   */
  private record Evaluation(int judge, int judged, int told) {}

  /** A verb of claiming and the act its clause claims. */
  private record ClaimedAct(int claim, int act) {}

  private List<CodedEvent> codeSentence(
      Article article, Graph g, List<ActorMention> mentions, Context ctx, Dating.Timeline timeline) {
    Sentence s = g.sentence();
    List<CodedEvent> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<Integer, String> coveredVerbs = new HashMap<>();
    for (Trigger t : triggers(g)) {
      if (!t.pattern().verb() && coveredByVerb(g, t.token(), coveredVerbs.keySet())) {
        continue;
      }
      if (t.pattern().verb()) {
        if (helping(g, t, coveredVerbs)) {
          continue;
        }
        coveredVerbs.put(t.token(), t.pattern().code().rootCode());
      }
      // "a military operation", "joint exercises": the modifier a row asks for names the act, not its actor
      String naming = t.pattern().requireRelation().equals("mod") ? t.pattern().requireWord() : "";
      List<Actor> sources = t.pattern().verb() ? verbSources(g, t.token(), mentions, ctx)
          : nounSources(g, t.token(), naming, mentions, ctx);
      // "joined the sanctions regime led by the United States": who leads the act joined does it too (talks "led
      // by" somebody are chaired, not held, by them)
      for (int act : t.pattern().symmetric() ? List.<Integer>of()
          : t.pattern().verb() ? g.childrenExactly(t.token(), "obj") : List.of(t.token())) {
        sources = withLeaders(sources, g, act, mentions, ctx);
      }
      List<Integer> judged = judgedActs(g, t);
      List<Actor> targets = judged.isEmpty() ? targets(g, t.token(), t.pattern(), mentions, ctx)
          : others(judged.stream().flatMap(a -> nounSources(g, a, "", mentions, ctx).stream()).toList(), sources);
      boolean symmetric = t.pattern().symmetric();
      if (sources.isEmpty() && t.pattern().verb()) {
        // "talks between Russia and Japan were suspended": the parties of a nominal argument
        sources = parties(g, t.token(), mentions, ctx);
        symmetric = symmetric || !sources.isEmpty();
      }
      if (sources.isEmpty() && t.pattern().verb() && g.isPassive(t.token())) {
        // "UN sanctions against Iran were lifted": an act undone by whose it was
        for (int act : g.childrenExactly(t.token(), "nsubj:pass")) {
          if (!patterns.nouns(g.token(act).lemma().toLowerCase(Locale.ROOT)).isEmpty()) {
            sources = nounSources(g, act, "", mentions, ctx);
          }
        }
        if (sources.isEmpty()) {
          // "the summit was postponed": an act told before is undone by those whose act it was
          Optional<CodedEvent> told = toldAct(g, g.childrenExactly(t.token(), "nsubj:pass"), mentions, out, ctx);
          if (told.isPresent()) {
            sources = List.of(new Actor(told.get().source().orElseThrow(), told.get().sourceText(), true));
            targets = List.of(new Actor(told.get().target().orElseThrow(), told.get().targetText(), true));
            symmetric = true;
          }
        }
      }
      if (!t.pattern().verb() && targets.isEmpty()) {
        int head = lightVerb(g, t.token());
        if (head >= 0) {
          targets = targets(g, head, t.pattern(), mentions, ctx);
        }
      }
      if (!t.pattern().verb() && targets.isEmpty() && !sources.isEmpty() && !symmetric) {
        targets = disregarding(g, t.token(), sources, mentions, ctx);
      }
      if (!t.pattern().verb() && targets.isEmpty() && !sources.isEmpty() && !symmetric) {
        // "made overtures, to which Japan's leaders responded": who answers an act is whom it was aimed at
        for (int clause : g.childrenExactly(t.token(), "acl:relcl")) {
          if (ANSWERING.contains(g.token(clause).lemma().toLowerCase(Locale.ROOT))) {
            targets = others(subjects(g, clause, mentions, ctx), sources);
          }
        }
      }
      if (!t.pattern().verb() && !symmetric && owned(g, t.token())) {
        // "insisted on its demands that Burundi's government grant ...": an act of the noun's owner, who is no
        // target of it, aimed at whom its clause names
        targets = others(targets, sources);
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && t.pattern().code().rootCode().equals("10")) {
        // "demanding a UN military presence": a demand of whoever is to give what is demanded
        List<Integer> givers = new ArrayList<>();
        for (int obj : g.childrenExactly(t.token(), "obj")) {
          givers.addAll(g.childrenExactly(obj, "compound"));
          givers.addAll(g.childrenExactly(obj, "amod"));
        }
        targets = others(actorsAt(g, givers, mentions, ctx), sources);
      }
      if (targets.isEmpty() && !t.pattern().targets().isEmpty() && !symmetric
          && (t.pattern().verb() || owned(g, t.token()))) {
        targets = complementTargets(g, t.token(), sources, mentions, ctx);
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric
          && (VERBAL_ROOTS.contains(t.pattern().code().rootCode()) || t.pattern().code().rootCode().equals("15"))) {
        // "Japan protested after a Russian patrol boat seized a fishing vessel", "Japan scrambled jets as Russian
        // bombers approached": a reaction to what another did
        for (int cause : g.children(t.token(), "advcl")) {
          if (g.children(cause, "mark").stream()
              .anyMatch(m -> REACTING.contains(g.token(m).lemma().toLowerCase(Locale.ROOT)))) {
            targets = others(subjects(g, cause, mentions, ctx), sources);
          }
        }
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && t.pattern().code().rootCode().equals("12")) {
        // "declined to resign despite pressure by the anti-corruption commission": a refusal of whom it defies
        targets = others(actorsAt(g, prepositional(g, t.token(), "despite"), mentions, ctx), sources);
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && PURPOSEFUL.contains(t.pattern().code().rootCode())) {
        targets = purposeTargets(g, t.token(), mentions, ctx);
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && isCountry(sources.get(0).code())
          && !ctx.sectors().isEmpty()) {
        // "police dispersed demonstrators": people of no named country, at home with the one acting on them
        String home = sources.get(0).code().country();
        List<ActorMention> domestic = ctx.sectors().stream()
            .filter(m -> !m.code().value().equals("GOV"))
            .map(m -> withCountry(m, home)).toList();
        targets = targets(g, t.token(), t.pattern(), domestic, Context.NONE).stream()
            .map(a -> new Actor(a.code(), a.text(), true)).toList();
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && t.pattern().code().rootCode().equals("15")) {
        // "mobilized reservists for a possible war against Iraq": force readied for an act against somebody
        targets = actorsAt(g, objectTargets(g, prepositional(g, t.token(), "for")), mentions, ctx);
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && ON_A_PLACE.contains(t.pattern().code().rootCode())) {
        targets = placeOf(g, t.token(), mentions);
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && t.pattern().code().rootCode().equals("13")) {
        // "threatened to resume attacks in Israel": the place of the act threatened
        for (int act : g.childrenExactly(t.token(), "xcomp")) {
          targets = targets.isEmpty() ? placeOf(g, act, mentions) : targets;
        }
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && EMERGENCY.contains(t.pattern().code().value())
          && isCountry(sources.get(0).code())) {
        // "the government is prepared to impose martial law": a curfew or emergency named nowhere else is at home
        targets = List.of(new Actor(new ActorCode(sources.get(0).code().country()), "", true));
      }
      // "Nigerians converged for a rally in Lagos": a protest at home, by the country's people, is at its rulers
      String home = sources.isEmpty() ? "" : sources.get(0).code().country();
      boolean atHome = targets.stream().allMatch(a -> a.code().value().equals(home));
      if (atHome && !sources.isEmpty() && !symmetric && t.pattern().code().rootCode().equals("14")
          && popular(sources.get(0).code(), g.token(t.token()).lemma())) {
        // "Egyptian demonstrators rioted": a protest that names no target is aimed at the country's rulers
        targets = List.of(new Actor(new ActorCode(sources.get(0).code().country() + "GOV"), "", true));
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && t.pattern().verb()) {
        targets = toldBefore(g, t.token(), sources, mentions, out, ctx);
      }
      // "Seoul lodged a protest the same day": a complaint that names nobody answers the last act of another country
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && t.pattern().verb()
          && (responding(g, t.token()) || t.pattern().code().rootCode().equals("11"))) {
        targets = answered(g, sources, out, ctx);
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && PUNITIVE.contains(t.pattern().code().value())) {
        // "Japan joined the sanctions regime" after Russia annexed Crimea: sanctions that name nobody punish the
        // other country whose act of force was told last
        targets = lastOther(g, sources, out, ctx, UNATTRIBUTED::contains);
      }
      if (sources.isEmpty() && !targets.isEmpty() && !symmetric && t.pattern().verb()
          && UNATTRIBUTED.contains(t.pattern().code().rootCode())) {
        // "a roadside bomb near Samarra killed a US soldier", "a missionary was arrested in Lebanon": force by
        // nobody named is by the country it happened in: CAMEO's unidentified armed forces (UAF) of the country, or
        // its government for coercion
        String unnamed = t.pattern().code().rootCode().equals("17") ? "GOV" : "UAF";
        sources = setting(g, mentions, targets).stream()
            .map(a -> new Actor(new ActorCode(a.code().value() + unnamed), a.text(), true)).toList();
      }
      List<Actor[]> pairs = dyads(sources, targets, symmetric);
      Optional<Trigger> asking = t.pattern().verb() ? Optional.empty() : asking(g, t);
      if (t.pattern().verb() && HOSTILE_ROOTS.contains(t.pattern().code().rootCode())) {
        // "called on Arabs to mobilize against Sharon": asking others for an act of conflict disapproves of its target
        Optional<Integer> asker = g.parent(t.token())
            .filter(d -> d.relation().equals("xcomp") || d.relation().startsWith("advcl:to"))
            .map(Dependency::head)
            .filter(v -> APPEALING.contains(g.token(v).lemma().toLowerCase(Locale.ROOT)));
        if (asker.isPresent()) {
          addAcross(out, seen, article, g, new Trigger(asker.get(), DISAPPROVAL),
              verbSources(g, asker.get(), mentions, ctx), targets, timeline);
        }
      }
      for (Actor[] st : pairs) {
        String key = st[0].code() + ">" + st[1].code() + ":" + t.pattern().code();
        if (seen.add(key)) {
          out.add(event(article, g, t, Optional.of(st[0]), Optional.of(st[1]), timeline));
        }
        if (asking.isPresent() && seen.add(st[0].code() + ">" + st[1].code() + ":" + asking.get().pattern().code())) {
          out.add(event(article, g, asking.get(), Optional.of(st[0]), Optional.of(st[1]), timeline));
        }
      }
      // one-actor events, as GDELT keeps them: the text names no target, or ("three soldiers were killed")
      // who was acted on but not who acted; a noun with only a target ("the war against Iraq") names an
      // event more often than it reports one, and is left out
      if (pairs.isEmpty() && !sources.isEmpty() && seen.add(sources.get(0).code() + ">:" + t.pattern().code())) {
        out.add(event(article, g, t, Optional.of(sources.get(0)), Optional.empty(), timeline));
      } else if (sources.isEmpty() && !targets.isEmpty() && !symmetric && t.pattern().verb()
          && seen.add(">" + targets.get(0).code() + ":" + t.pattern().code())) {
        out.add(event(article, g, t, Optional.empty(), Optional.of(targets.get(0)), timeline));
      }
    }
    for (Trigger t : reportedDemands(g)) {
      addAcross(out, seen, article, g, t, verbSources(g, t.token(), mentions, ctx),
          subjects(g, g.children(t.token(), "ccomp").get(0), mentions, ctx), timeline);
    }
    for (Evaluation e : evaluations(g)) {
      // "Lavrov said Abe's visit was a misstep", "called the plans destabilising": judging another's act is criticism
      addAcross(out, seen, article, g, new Trigger(e.told(), JUDGEMENT), verbSources(g, e.judge(), mentions, ctx),
          actorsAt(g, List.of(e.judged()), mentions, ctx), timeline);
    }
    for (ClaimedAct c : claimedActs(g)) {
      // "the Houthis claimed that they had attacked the airport of Abha": claiming one's own act (015)
      Trigger t = new Trigger(c.claim(), CLAIM);
      List<Actor> claimers = verbSources(g, c.claim(), mentions, ctx);
      List<Actor> targets = complementTargets(g, c.claim(), claimers, mentions, ctx);
      for (Actor source : claimers) {
        Optional<Actor> target = targets.stream().filter(a -> !a.code().equals(source.code())).findFirst()
            .or(() -> placeOf(g, c.act(), mentions).stream().findFirst());
        if (seen.add(source.code() + ">" + target.map(a -> a.code().value()).orElse("") + ":015")) {
          out.add(event(article, g, t, Optional.of(source), target, timeline));
        }
      }
    }
    if (out.isEmpty()) {
      out.addAll(caption(article, g, mentions, timeline));
    }
    return out;
  }

  /** One event of {@code t} for every source and target of different countries not coded yet in the sentence. */
  private void addAcross(List<CodedEvent> out, Set<String> seen, Article article, Graph g, Trigger t,
      List<Actor> sources, List<Actor> targets, Dating.Timeline timeline) {
    for (Actor source : sources) {
      for (Actor target : targets) {
        if (!source.code().country().equals(target.code().country())
            && seen.add(source.code() + ">" + target.code() + ":" + t.pattern().code())) {
          out.add(event(article, g, t, Optional.of(source), Optional.of(target), timeline));
        }
      }
    }
  }

  /**
   * Verbs of claiming ("claimed that they had attacked") whose clause is a material act of conflict (roots 14
   * to 20) by the claimer: a pronoun subject, or none.
   */
  private List<ClaimedAct> claimedActs(Graph g) {
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
  private static List<Evaluation> evaluations(Graph g) {
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
  private static List<Trigger> reportedDemands(Graph g) {
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
   * A photo caption: a line without a verb naming leaders of two countries ("A and B in Sochi, February
   * 8"), or one placing people of two countries in the picture ("A, left, hands B, right, a letter"), shows them
   * meeting.
   */
  private List<CodedEvent> caption(Article article, Graph g, List<ActorMention> mentions, Dating.Timeline timeline) {
    Sentence s = g.sentence();
    List<Actor> placed = new ArrayList<>();
    for (ActorMention m : mentions) {
      int at = m.end();
      if (at + 2 < s.tokens().size() && s.tokens().get(at).word().equals(",")
          && s.tokens().get(at + 2).word().equals(",")
          && IN_PICTURE.contains(s.tokens().get(at + 1).word().toLowerCase(Locale.ROOT))) {
        placed.add(new Actor(m.code(), m.text(), false));
      }
    }
    boolean pictured = placed.size() >= 2;
    if (!pictured && (s.tokens().size() > MAX_CAPTION_TOKENS || s.tokens().stream().anyMatch(Token::isVerb))) {
      return List.of();
    }
    for (Dependency root : s.dependencies()) {
      if (!root.relation().equals("root")) {
        continue;
      }
      List<Actor> people = pictured ? placed : actorsAt(g, List.of(root.dependent()), mentions, Context.NONE);
      List<Actor[]> pairs = dyads(people, List.of(), true);
      if (!pairs.isEmpty()) {
        Trigger t = new Trigger(root.dependent(), CAPTION);
        return List.of(event(article, g, t, Optional.of(pairs.get(0)[0]), Optional.of(pairs.get(0)[1]), timeline));
      }
    }
    return List.of();
  }

  private List<Trigger> triggers(Graph g) {
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
  private static boolean coveredByVerb(Graph g, int noun, Set<Integer> coded) {
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
  private static int lightVerb(Graph g, int noun) {
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

  private List<Actor> verbSources(Graph g, int verb, List<ActorMention> mentions, Context ctx) {
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
  private static boolean reducedPassive(Graph g, int verb) {
    return g.token(verb).pos().equals("VBN") && g.parent(verb)
        .filter(d -> d.relation().startsWith("acl") && !d.relation().startsWith("acl:relcl")).isPresent();
  }

  private List<Actor> subjects(Graph g, int verb, List<ActorMention> mentions, Context ctx) {
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
    return actorsAt(g, heads, mentions, ctx);
  }

  /**
   * The subject of the verb that governs a subjectless complement: "Putin accepted an invitation to visit
   * Tokyo" makes Putin the visitor, "Russia criticised the deal, accusing Brussels" makes Russia the
   * accuser. Climbs complement, participle and object links, at most three.
   */
  private List<Actor> controller(Graph g, int verb, List<ActorMention> mentions, Context ctx) {
    int cur = verb;
    for (int depth = 0; depth < 3; depth++) {
      Optional<Dependency> up = g.parent(cur);
      if (up.isEmpty()) {
        break;
      }
      String rel = up.get().relation();
      // "criticised the deal, accusing Brussels", "Having annexed Crimea, Russia ..."
      boolean perfect = g.children(cur, "aux").stream().anyMatch(a -> g.token(a).word().equalsIgnoreCase("having"));
      boolean participle = (g.token(cur).pos().equals("VBG") || perfect) && (rel.startsWith("advcl") || rel.equals("dep"));
      boolean reducedPassive = rel.startsWith("acl") && g.token(cur).pos().equals("VBN");
      boolean complement = rel.equals("xcomp") || (rel.startsWith("acl") && !rel.equals("acl:relcl") && !reducedPassive)
          || participle
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
  private List<Actor> parties(Graph g, int verb, List<ActorMention> mentions, Context ctx) {
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
   * The actors of a nominal event: its owner or modifier other than the word {@code naming} that is part of its
   * name, its "by"/"between"/"among" phrase, else the subject of the verb it is the object of.
   */
  private List<Actor> nounSources(Graph g, int noun, String naming, List<ActorMention> mentions, Context ctx) {
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
      return actorsAt(g, List.of(up.get().head()), mentions, ctx);
    }
    return out;
  }

  private List<Actor> targets(Graph g, int head, Pattern p, List<ActorMention> mentions, Context ctx) {
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

  /**
   * Whether a protest is the people's: its actor is a country's non-state sector ("Egyptian demonstrators"),
   * or a country named for its people ("thousands of Nigerians rallied") in a demonstration, strike,
   * blockade or riot; a country that "protested" is a government complaining.
   */
  private static boolean popular(ActorCode source, String triggerLemma) {
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
   * The country where a material act with no named target happened, as its target: "tanks fired at
   * targets in Jericho", "students demonstrated in Jakarta" (a protest at home is aimed at the country's
   * own rulers). A country or place mention in a locative phrase of the trigger, of its object or of
   * one of its prepositional phrases ("fired at positions in Niger").
   */
  private static List<Actor> placeOf(Graph g, int trigger, List<ActorMention> mentions) {
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    for (Dependency d : g.children(trigger)) {
      if (d.relation().equals("obj") || (d.relation().startsWith("obl:") && !LOCATIVE.contains(d.relation()))) {
        heads.add(d.dependent());
      }
    }
    for (int h : heads) {
      for (Dependency d : g.children(h)) {
        if (!LOCATIVE.contains(d.relation()) && !d.relation().endsWith(":throughout")) {
          continue;
        }
        for (Actor a : mentionsOn(d.dependent(), mentions)) {
          if (isCountry(a.code())) {
            return List.of(new Actor(new ActorCode(a.code().country()), a.text(), true));
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "India accused Pakistan ... Islamabad rejected the accusation", "Seoul offered rice ... Pyongyang rejected the
   * offer", "Russia held drills ... Japan expressed regret over the drills": a verb whose object (or "over",
   * "about", "at", "against" phrase) is a definite act named by no actor of its own is aimed at who did that act, as
   * the last of the sentence or of the {@link #TOLD_BEFORE} sentences before it with the act's root tells it.
   */
  private List<Actor> toldBefore(
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
      Token o = g.token(obj);
      boolean definite = g.children(obj, "det").stream()
          .anyMatch(d -> DEFINITE.contains(g.token(d).word().toLowerCase(Locale.ROOT)));
      // "the US offer", "Japan's proposal", "the offer by Seoul" say whose act it is
      boolean owned = g.children(obj).stream().anyMatch(d -> mentions.stream().anyMatch(m -> m.covers(d.dependent())));
      if (!o.isNoun() || !definite || owned) {
        continue;
      }
      Set<String> roots = new HashSet<>();
      patterns.nouns(o.lemma().toLowerCase(Locale.ROOT)).forEach(p -> roots.add(p.code().rootCode()));
      List<Actor> doer = lastOther(g, sources, sentence, ctx, roots::contains);
      if (!doer.isEmpty()) {
        return doer;
      }
    }
    return List.of();
  }

  /**
   * The event a definite act noun among {@code nouns} refers back to ("the summit", "the talks"): the last one of
   * its roots with a source and a target in this sentence or the {@link #TOLD_BEFORE} before it. A noun that says
   * whose act it is ("Japan's offer") refers to none.
   */
  private Optional<CodedEvent> toldAct(
      Graph g, List<Integer> nouns, List<ActorMention> mentions, List<CodedEvent> sentence, Context ctx) {
    for (int noun : nouns) {
      boolean definite = g.children(noun, "det").stream()
          .anyMatch(d -> DEFINITE.contains(g.token(d).word().toLowerCase(Locale.ROOT)));
      boolean owned = g.children(noun).stream().anyMatch(d -> mentions.stream().anyMatch(m -> m.covers(d.dependent())));
      if (!g.token(noun).isNoun() || !definite || owned) {
        continue;
      }
      Set<String> roots = new HashSet<>();
      patterns.nouns(g.token(noun).lemma().toLowerCase(Locale.ROOT)).forEach(p -> roots.add(p.code().rootCode()));
      int told = ctx.told().size();
      for (int k = sentence.size() + told - 1; k >= 0; k--) {
        CodedEvent e = k >= told ? sentence.get(k - told) : ctx.told().get(k);
        if (g.sentence().index() - e.sentence() > TOLD_BEFORE) {
          break;
        }
        if (roots.contains(e.code().rootCode()) && e.source().isPresent() && e.target().isPresent()) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code sources} and those who lead the act a noun names ("the sanctions regime led by the United States and
   * the European Union"): who leads a collective act does it too, besides those who joined it.
   */
  private List<Actor> withLeaders(List<Actor> sources, Graph g, int noun, List<ActorMention> mentions, Context ctx) {
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
   * What asking for a nominal act is, coded besides the act itself (which is asked for, not done): "called for
   * sanctions against Turkey" disapproves of Turkey (110); "called for talks with Chile" appeals to Chile to
   * meet (026), and so for cooperation and aid. Only verbs of asking count: "discussed talks" asks nothing.
   */
  private static Optional<Trigger> asking(Graph g, Trigger t) {
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

  /**
   * "condemned Russia's annexation of Crimea", "criticized the incorporation of the islands into Chile": criticism
   * of an act is aimed at who did it, not at whom it was done to; the acts a verb of criticism has as objects.
   */
  private List<Integer> judgedActs(Graph g, Trigger t) {
    if (!t.pattern().verb() || !t.pattern().code().rootCode().equals("11")) {
      return List.of();
    }
    // "lodged a protest with Albania": a verbal act as object is the verb's own act, told by it
    return g.childrenExactly(t.token(), "obj").stream()
        .filter(o -> g.token(o).isNoun() && patterns.nouns(g.token(o).lemma().toLowerCase(Locale.ROOT)).stream()
            .anyMatch(p -> !VERBAL_ROOTS.contains(p.code().rootCode())))
        .toList();
  }

  /** "responded by threatening retaliation", "retaliated": an act told as an answer. */
  private static boolean responding(Graph g, int verb) {
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
  private static List<Actor> answered(Graph g, List<Actor> sources, List<CodedEvent> sentence, Context ctx) {
    return lastOther(g, sources, sentence, ctx, root -> true);
  }

  /**
   * The source of the last event of a root {@code rooted} accepts, by a country none of {@code sources} is of, in
   * this sentence or the {@link #TOLD_BEFORE} before it.
   */
  private static List<Actor> lastOther(Graph g, List<Actor> sources, List<CodedEvent> sentence, Context ctx,
      Predicate<String> rooted) {
    // newest first: this sentence's events, then the article's, without copying either (#6)
    int told = ctx.told().size();
    for (int k = sentence.size() + told - 1; k >= 0; k--) {
      CodedEvent e = k >= told ? sentence.get(k - told) : ctx.told().get(k);
      if (g.sentence().index() - e.sentence() > TOLD_BEFORE) {
        break;
      }
      if (rooted.test(e.code().rootCode()) && e.source().isPresent()
          && sources.stream().noneMatch(a -> a.code().country().equals(e.source().get().country()))) {
        return List.of(new Actor(e.source().get(), e.sourceText(), true));
      }
    }
    return List.of();
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

  /**
   * The one country whose places or name the sentence sets its events in ("near the town of Samarra", "in
   * Khanty-Mansiysk (Siberia)"), as an inferred actor; none when the places are of several countries. Mentions
   * of {@code targets} do not count.
   */
  private static List<Actor> setting(Graph g, List<ActorMention> mentions, List<Actor> targets) {
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
  private static boolean isPlace(Graph g, int token) {
    Optional<Dependency> up = g.parent(token);
    while (up.isPresent() && NAMING_A_PLACE.contains(up.get().relation())) {
      up = g.parent(up.get().head());
    }
    if (up.isEmpty()) {
      return false;
    }
    String relation = up.get().relation();
    int colon = relation.indexOf(':');
    return colon > 0 && (relation.startsWith("obl") || relation.startsWith("nmod"))
        && PLACE_PREPOSITIONS.contains(relation.substring(colon + 1));
  }

  /** Objects with, for a part ("part of a military aid program", "some of the sanctions"), the whole. */
  private static List<Integer> wholes(Graph g, List<Integer> objects) {
    List<Integer> out = new ArrayList<>(objects);
    for (int obj : objects) {
      if (PARTS.contains(g.token(obj).lemma().toLowerCase(Locale.ROOT))) {
        out.addAll(g.childrenExactly(obj, "nmod:of"));
      }
    }
    return out;
  }

  /** The doers of the acts nouns name: "crimes committed by X", "attacks by X". */
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
    }
    return out;
  }

  /** Phrases that give the target of an object noun: "action against X", "aid to X", "talks with X". */
  private static List<Integer> objectTargets(Graph g, List<Integer> objects) {
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

  /**
   * For a verb or noun of intent, threat, demand or refusal whose own arguments name no target, the target
   * of its complement: "threatened to break relations with Japan", "demanded that North Korea stop", "its
   * demand that Israel ease restrictions", "demanded that the ministry be taken from them"; or the agent of
   * the act it asks for: "demanded an admission by Moscow". A clause's subject among {@code sources} ("threatened
   * that it would attack Y") is not the one asked.
   */
  private List<Actor> complementTargets(
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
        List<Actor> asked = others(actorsAt(g, subjects, mentions, ctx), sources);
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
      // "refused to commit to assistance to the war against Iraq", "refused to take part in talks with Japan"
      phrases.addAll(prepositional(g, c, "in"));
      heads.addAll(objectTargets(g, phrases));
    }
    List<Actor> found = actorsAt(g, heads, mentions, ctx);
    if (!found.isEmpty()) {
      return found;
    }
    // "threatened to strike unless Israel rescinded the annexation", "to stop talks if the United States goes
    // ahead": whoever the condition is on
    List<Integer> conditioned = new ArrayList<>();
    List<Integer> conditionals = new ArrayList<>(List.of(verb));
    for (int c : g.children(verb, "xcomp")) {
      conditionals.add(c);
      conditionals.addAll(g.children(c, "xcomp"));
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

  /** The actors that are none of {@code sources}: nobody is the target of their own act. */
  private static List<Actor> others(List<Actor> actors, List<Actor> sources) {
    return actors.stream().filter(a -> sources.stream().noneMatch(x -> x.code().equals(a.code()))).toList();
  }

  /**
   * "provided $1.7 billion in assistance to support Syrian refugees": the support or help an act of aid is given
   * for is that act, told again, not an endorsement of its own.
   */
  private static boolean helping(Graph g, Trigger t, Map<Integer, String> coded) {
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

  /**
   * Whom a protest or an act of aid is aimed at when its own phrases do not say: what its purpose clause is
   * against or for ("blocked a road to show their disapproval of US policies", "rallied to protest Chinese rule",
   * "provided assistance to support Syrian refugees") or what it is "in protest of" or "in defiance of" ("blocked
   * streets in defiance of Chinese authorities").
   */
  private List<Actor> purposeTargets(Graph g, int protest, List<ActorMention> mentions, Context ctx) {
    List<Integer> heads = new ArrayList<>();
    List<Integer> purposes = new ArrayList<>(g.childrenExactly(protest, "advcl:to"));
    purposes.addAll(g.childrenExactly(protest, "xcomp"));
    for (int obj : g.childrenExactly(protest, "obj")) {
      purposes.addAll(g.childrenExactly(obj, "acl:to")); // "provided assistance to support Syrian refugees"
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
  private List<Actor> disregarding(Graph g, int noun, List<Actor> sources, List<ActorMention> mentions, Context ctx) {
    Optional<Dependency> up = g.parent(noun);
    if (up.isEmpty() || !up.get().relation().equals("obj")
        || !DISREGARDING.contains(g.token(up.get().head()).lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    return others(verbSources(g, up.get().head(), mentions, ctx), sources);
  }

  /** A noun with an owner ("its demand", "a demand by Chile"): whose act it is, the text says. */
  private static boolean owned(Graph g, int noun) {
    return !g.childrenExactly(noun, "nmod:poss").isEmpty() || !prepositional(g, noun, "by").isEmpty();
  }

  /** Dependents of {@code head} introduced by preposition {@code prep} (obl:prep or nmod:prep). */
  private static List<Integer> prepositional(Graph g, int head, String prep) {
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
  private List<Actor> actorsAt(Graph g, List<Integer> heads, List<ActorMention> mentions, Context ctx) {
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
        direct.addAll(ctx.pronoun(g.token(h)));
      }
      for (Actor a : direct) {
        if (out.stream().noneMatch(x -> x.code().equals(a.code()))) {
          out.add(a);
        }
      }
    }
    return out;
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

  private static List<Actor> mentionsOn(int token, List<ActorMention> mentions) {
    List<Actor> out = new ArrayList<>();
    for (ActorMention m : mentions) {
      if (m.covers(token)) {
        out.add(new Actor(m.code(), m.text(), false));
      }
    }
    return out;
  }

  /** "the two sides", "both countries". */
  private static boolean isPair(Graph g, int head) {
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

  /** Source-target pairs: every source with every target; for symmetric events, coordinated sources pair up. */
  private static List<Actor[]> dyads(List<Actor> sources, List<Actor> targets, boolean symmetric) {
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

  private CodedEvent event(
      Article article, Graph g, Trigger t, Optional<Actor> source, Optional<Actor> target, Dating.Timeline timeline) {
    Sentence s = g.sentence();
    CameoCode code = t.pattern().code();
    if (code.value().equals("190")) {
      code = bombing(g, t.token()).orElse(code);
    }
    if ((code.rootCode().equals("04") || code.rootCode().equals("15")) && peacekeeping(g, t.token())) {
      code = new CameoCode("074");
    }
    Optional<LocalDate> published = article.published();
    Mode mode = ModeReader.mode(g, t.token());
    // an intent or threat told of an act to come is dated when it was told: by the word that tells it
    int dating = t.token();
    if (mode == Mode.FUTURE && ModeReader.unlessClause(g, t.token())) {
      // "will withdraw its force from Chad unless the president arranges a ceasefire": a conditional act is a threat
      CameoCode told = code.inManualTerms(mode);
      code = told.rootCode().equals("13") ? told : new CameoCode("130");
      mode = Mode.ASSERTED;
    } else if (mode == Mode.FUTURE && ModeReader.expressedIntent(g, t.token())) {
      code = code.inManualTerms(mode);
      mode = Mode.ASSERTED;
      dating = g.parent(t.token()).map(Dependency::head).orElse(dating);
    } else if ((mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL) && CONFLICT_ROOTS.contains(code.rootCode())
        && ModeReader.announcedOwnAct(g, t.token())) {
      // "the farmers said they would blockade Paris": announcing one's own act of force or protest is threatening
      // it; an announced sanction ("said they would expel the diplomats") stays a plan
      code = code.inManualTerms(mode);
      mode = Mode.ASSERTED;
      dating = g.parent(t.token()).map(Dependency::head).orElse(dating);
    } else if (mode == Mode.NEGATED && ModeReader.refusal(g, t.token()) && !code.refused().equals(code)) {
      code = code.refused();
      mode = Mode.ASSERTED;
    }
    CameoCodebook.Definition def = codebook.define(code);
    boolean future = mode == Mode.FUTURE;
    Optional<EventDate> date = Dating.date(g, dating,
        new Dating.When(published, future, !future && Dating.finitePast(g, dating), timeline.lastDay()));
    if (mode == Mode.ASSERTED && date.isPresent() && published.isPresent()
        && date.get().precision() == DatePrecision.DAY && date.get().value().isAfter(published.get())) {
      mode = Mode.FUTURE;
    }
    if (date.isEmpty() && mode == Mode.ASSERTED && Dating.past(g, dating)) {
      date = timeline.frame();
    }
    if (date.isEmpty() && published.isPresent()) {
      date = Optional.of(new EventDate(published.get(), DatePrecision.DOC));
    }
    double confidence = confidence(t, g, source, target, mode, date);
    return new CodedEvent(
        article.id(), s.index(), s.text(), s.begin(), s.end(), source.map(Actor::code), source.map(Actor::text).orElse(""),
        target.map(Actor::code), target.map(Actor::text).orElse(""), def.code(), def.goldstein(), def.plover(), date, mode, location(g, t.token()),
        g.token(t.token()).word(), confidence);
  }

  /**
   * "Chinese peacekeepers arrived in South Sudan", "deployed troops to the peacekeeping mission": arriving
   * or deploying as peacekeepers is providing peacekeeping (074), not a visit or a show of force.
   */
  private static boolean peacekeeping(Graph g, int trigger) {
    for (Dependency d : g.children(trigger)) {
      String r = d.relation();
      if (!r.startsWith("nsubj") && !r.equals("obj") && !r.startsWith("obl")) {
        continue;
      }
      if (g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT).startsWith("peacekeep")) {
        return true;
      }
      for (Dependency m : g.children(d.dependent())) {
        boolean modifier = m.relation().equals("compound") || m.relation().equals("amod");
        if (modifier && g.token(m.dependent()).lemma().toLowerCase(Locale.ROOT).startsWith("peacekeep")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "killed in a suicide car bombing", "a roadside bomb killed": violence done by a bomb rather than in
   * combat is CAMEO's non-military bombing, 183, made specific by "suicide" (1831), "car" (1832) or
   * "roadside" (1833) on the bomb's noun.
   */
  private static Optional<CameoCode> bombing(Graph g, int trigger) {
    for (Dependency d : g.children(trigger)) {
      String r = d.relation();
      boolean argument = r.startsWith("nsubj") || r.startsWith("obl") || r.startsWith("nmod");
      if (!argument || !BOMBS.contains(g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String code = "183";
      for (Dependency m : g.children(d.dependent())) {
        String w = g.token(m.dependent()).lemma().toLowerCase(Locale.ROOT);
        if (w.equals("suicide")) {
          code = "1831";
        } else if (w.equals("car") && !code.equals("1831")) {
          code = "1832";
        } else if (w.equals("roadside")) {
          code = "1833";
        }
      }
      return Optional.of(new CameoCode(code));
    }
    return Optional.empty();
  }

  /**
   * How sure the coder is, from what it had to guess: a verb trigger with both actors in its arguments
   * is surest; nominal triggers and participles describing a noun, captions, actors found by fallbacks ("the two
   * sides", a controlling verb's subject), long sentences (more parse errors), speculation and missing dates
   * lower it.
   */
  private static double confidence(Trigger t, Graph g, Optional<Actor> source, Optional<Actor> target, Mode mode,
      Optional<EventDate> date) {
    Sentence s = g.sentence();
    // "government forces, backed by Russian warplanes, attacked": a participle describing a noun tells its act in
    // passing, as a nominal trigger does
    boolean inPassing = g.parent(t.token())
        .filter(d -> d.relation().startsWith("acl") && !d.relation().startsWith("acl:relcl")).isPresent();
    double c = t.pattern() == CAPTION ? 0.6 : t.pattern().verb() && !inPassing ? 0.9 : 0.75;
    if (t.pattern().code().value().equals("010")) {
      c -= STATEMENT_PENALTY; // "X said": what X said, when it is an event, is the surer and more telling code
    }
    if (source.isEmpty() || target.isEmpty()) {
      c -= ONE_ACTOR_PENALTY;
    }
    if (source.map(Actor::inferred).orElse(false) || target.map(Actor::inferred).orElse(false)) {
      c -= INFERRED_ACTOR_PENALTY;
    }
    if (s.tokens().size() > LONG_SENTENCE_TOKENS) {
      c -= 0.1;
    }
    if (mode == Mode.HYPOTHETICAL) {
      c -= 0.3;
    } else if (mode != Mode.ASSERTED) {
      c -= 0.05;
    }
    if (date.isEmpty() || date.get().precision() == DatePrecision.DOC) {
      c -= 0.05;
    }
    return Math.max(0.05, Math.min(1.0, c));
  }

  /** "in Moscow", "at the summit in Sochi": the first proper-noun place attached with in/at. */
  private static Optional<String> location(Graph g, int trigger) {
    for (String prep : List.of("in", "at")) {
      for (int h : prepositional(g, trigger, prep)) {
        Token t = g.token(h);
        if (t.pos().startsWith("NNP")) {
          StringBuilder name = new StringBuilder();
          for (int c : g.children(h, "compound")) {
            if (c < h) {
              name.append(g.token(c).word()).append(' ');
            }
          }
          return Optional.of(name.append(t.word()).toString());
        }
      }
    }
    return Optional.empty();
  }
}
