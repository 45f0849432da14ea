package org.detente.coding;

import static java.util.Objects.requireNonNull;
import static org.detente.coding.ActorFinder.actorsAt;
import static org.detente.coding.ActorFinder.isPair;
import static org.detente.coding.ActorFinder.prepositional;
import static org.detente.coding.DiscourseReader.APPEALING;
import static org.detente.coding.DiscourseReader.DISAPPROVAL;
import static org.detente.coding.DiscourseReader.HOSTILE_ROOTS;
import static org.detente.coding.DiscourseReader.asking;
import static org.detente.coding.DiscourseReader.dyads;
import static org.detente.coding.DiscourseReader.evaluations;
import static org.detente.coding.DiscourseReader.mainPair;
import static org.detente.coding.DiscourseReader.reportedDemands;
import static org.detente.coding.DiscourseReader.topic;
import static org.detente.coding.PlaceFinder.isCountry;
import static org.detente.coding.PlaceFinder.onlyCountry;
import static org.detente.coding.PlaceFinder.placeCountry;
import static org.detente.coding.PlaceFinder.placeOf;
import static org.detente.coding.PlaceFinder.residents;
import static org.detente.coding.PlaceFinder.setting;
import static org.detente.coding.PlaceFinder.withCountry;
import static org.detente.coding.ReactionFinder.answered;
import static org.detente.coding.ReactionFinder.answerers;
import static org.detente.coding.ReactionFinder.lastOther;
import static org.detente.coding.ReactionFinder.provokers;
import static org.detente.coding.ReactionFinder.reactionTargets;
import static org.detente.coding.ReactionFinder.responding;
import static org.detente.coding.SourceFinder.fromAnother;
import static org.detente.coding.SourceFinder.modifyingCountries;
import static org.detente.coding.SourceFinder.nounSources;
import static org.detente.coding.SourceFinder.parties;
import static org.detente.coding.SourceFinder.subjects;
import static org.detente.coding.SourceFinder.verbSources;
import static org.detente.coding.SourceFinder.withLeaders;
import static org.detente.coding.TargetFinder.VERBAL_ROOTS;
import static org.detente.coding.TargetFinder.complementTargets;
import static org.detente.coding.TargetFinder.disregarding;
import static org.detente.coding.TargetFinder.objectTargets;
import static org.detente.coding.TargetFinder.others;
import static org.detente.coding.TargetFinder.owned;
import static org.detente.coding.TargetFinder.popular;
import static org.detente.coding.TargetFinder.purposeTargets;
import static org.detente.coding.TargetFinder.targets;
import static org.detente.coding.TriggerFinder.coveredByVerb;
import static org.detente.coding.TriggerFinder.helping;
import static org.detente.coding.TriggerFinder.lightVerb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.coding.DiscourseReader.ClaimedAct;
import org.detente.coding.DiscourseReader.Evaluation;
import org.detente.core.ActorCode;
import org.detente.core.ActorMention;
import org.detente.core.Article;
import org.detente.core.CameoCode;
import org.detente.core.CodedArticle;
import org.detente.core.CodedEvent;
import org.detente.core.Dependency;
import org.detente.core.RecognizedArticle;
import org.detente.core.Result;
import org.detente.core.Sentence;
import org.detente.core.Stage;

/**
 * Codes CAMEO events from the dependency graph. For every verb or noun with a trigger pattern, it finds
 * the source (subject, passive agent, possessor or adjective of a nominal event, the subject of a light
 * verb such as "held talks") and the target (object or the pattern's prepositions), spreads coordinated
 * actors ("Russia and Japan met" is one symmetric event), resolves "the two sides" to the article's main
 * pair, and gives each event its own date, mode and location.
 *
 * <p>Consumes a {@link RecognizedArticle}; produces a {@link CodedArticle}. Pure: no I/O, no state
 * between calls. Never rejects.
 *
 * <p>The reading of a sentence is split by stage over package-private classes: {@code TriggerFinder} (triggers and
 * the patterns they fit), {@code SourceFinder} and {@code TargetFinder} (who acts on whom), {@code ActorFinder} and
 * {@code PlaceFinder} (the actors a phrase names, countries and places), {@code DiscourseReader} (the article around
 * a sentence and the acts its speech tells of) and {@code EventMaker} (code, mode, date, place and confidence); this
 * class reads an article sentence by sentence and decides, per trigger, which of their answers to take.
 */
public final class CameoCoder implements Stage<RecognizedArticle, CodedArticle> {
  /**
   * Roots of material acts, whose place may stand for their target: economic cooperation, aid, protest, force,
   * sanctions, coercion, violence.
   */
  private static final Set<String> ON_A_PLACE = Set.of("06", "07", "14", "15", "16", "17", "18", "19", "20");
  /** Roots of force whose doer, when unnamed, is somebody of the country it happened in: coercion, violence. */
  private static final Set<String> UNATTRIBUTED = Set.of("17", "18", "19", "20");
  /** Roots of acts that, naming nobody, answer another's last act: complaints and warnings. */
  private static final Set<String> ANSWERING_ROOTS = Set.of("11", "13");
  /** Punishments that answer another's act: sanctions, embargoes, boycotts. */
  private static final Set<String> PUNITIVE = Set.of("163");
  /** Curfews, states of emergency and martial law. */
  private static final Set<String> EMERGENCY = Set.of("1723", "1724");
  /** Roots of acts whose purpose clause may name their target: aid, protest, force ("opened fire to disperse"). */
  private static final Set<String> PURPOSEFUL = Set.of("07", "14", "17", "18", "19");
  private static final Pattern JUDGEMENT =
      new Pattern(Pattern.Pos.VERB, "(judgement)", "", "", List.of(), new CameoCode("111"), false);
  private static final Pattern CLAIM =
      new Pattern(Pattern.Pos.VERB, "(claimed act)", "", "", List.of(), new CameoCode("015"), false);

  private final PatternBook patterns;
  private final TriggerFinder triggerFinder;
  private final TargetFinder targetFinder;
  private final ReactionFinder reactions;
  private final DiscourseReader discourse;
  private final EventMaker eventMaker;

  public CameoCoder(PatternBook patterns, CameoCodebook codebook) {
    this.patterns = requireNonNull(patterns, "patterns");
    this.eventMaker = new EventMaker(requireNonNull(codebook, "codebook"));
    this.triggerFinder = new TriggerFinder(this.patterns);
    this.targetFinder = new TargetFinder(this.patterns);
    this.reactions = new ReactionFinder(this.patterns);
    this.discourse = new DiscourseReader(this.patterns);
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

  private List<CodedEvent> codeSentence(
      Article article, Graph g, List<ActorMention> mentions, Context ctx, Dating.Timeline timeline) {
    Sentence s = g.sentence();
    List<CodedEvent> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Map<Integer, String> coveredVerbs = new HashMap<>();
    for (Trigger t : triggerFinder.triggers(g)) {
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
      List<Integer> judged = targetFinder.judgedActs(g, t);
      List<Actor> targets = judged.isEmpty() ? targets(g, t.token(), t.pattern(), mentions, ctx)
          : others(judged.stream().flatMap(a -> nounSources(g, a, "", mentions, ctx).stream()).toList(), sources);
      boolean symmetric = t.pattern().symmetric();
      if (targets.isEmpty() && sources.size() == 2 && t.pattern().verb()
          && g.children(t.token(), "nsubj").stream().anyMatch(n -> isPair(g, n))) {
        symmetric = true; // "both sides pledged that ...": an act of the two sides that names nobody is between them
      }
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
        // "the summit was postponed": an act told before is undone by those whose act it was
        Optional<CodedEvent> told = sources.isEmpty()
            ? reactions.toldAct(g, g.childrenExactly(t.token(), "nsubj:pass"), mentions, out, ctx) : Optional.empty();
        if (told.isPresent()) {
          sources = List.of(new Actor(told.get().source().orElseThrow(), told.get().sourceText(), true));
          targets = List.of(new Actor(told.get().target().orElseThrow(), told.get().targetText(), true));
          symmetric = true;
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
        targets = answerers(g, t.token(), sources, mentions, ctx);
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
        targets = reactionTargets(g, t.token(), sources, mentions, ctx);
      }
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric) {
        targets = provokers(g, t.token(), sources, mentions, ctx);
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
      if (targets.isEmpty() && !sources.isEmpty() && ON_A_PLACE.contains(t.pattern().code().rootCode())
          && (!symmetric || (sources.size() == 1 && t.pattern().code().rootCode().equals("06")))) {
        // a material act, or trade and investment by one side, in another country's place is with that country
        targets = others(placeOf(g, t.token(), mentions), sources);
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
        targets = reactions.toldBefore(g, t.token(), sources, mentions, out, ctx);
      }
      // "Seoul lodged a protest the same day", "Abe warned that this is an issue that affects everyone": a complaint
      // or warning that names nobody answers the last act of another country
      if (targets.isEmpty() && !sources.isEmpty() && !symmetric && t.pattern().verb()
          && (responding(g, t.token()) || ANSWERING_ROOTS.contains(t.pattern().code().rootCode()))) {
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
          out.add(eventMaker.event(article, g, t, Optional.of(st[0]), Optional.of(st[1]), timeline));
        }
        if (asking.isPresent() && seen.add(st[0].code() + ">" + st[1].code() + ":" + asking.get().pattern().code())) {
          out.add(eventMaker.event(article, g, asking.get(), Optional.of(st[0]), Optional.of(st[1]), timeline));
        }
      }
      // one-actor events, as GDELT keeps them: the text names no target, or ("three soldiers were killed")
      // who was acted on but not who acted; a noun with only a target ("the war against Iraq") names an
      // event more often than it reports one, and is left out
      if (pairs.isEmpty() && !sources.isEmpty() && seen.add(sources.get(0).code() + ">:" + t.pattern().code())) {
        out.add(eventMaker.event(article, g, t, Optional.of(sources.get(0)), Optional.empty(), timeline));
      } else if (sources.isEmpty() && !targets.isEmpty() && !symmetric && t.pattern().verb()
          && seen.add(">" + targets.get(0).code() + ":" + t.pattern().code())) {
        out.add(eventMaker.event(article, g, t, Optional.empty(), Optional.of(targets.get(0)), timeline));
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
    for (ClaimedAct c : discourse.claimedActs(g)) {
      // "the Houthis claimed that they had attacked the airport of Abha": claiming one's own act (015)
      Trigger t = new Trigger(c.claim(), CLAIM);
      List<Actor> claimers = verbSources(g, c.claim(), mentions, ctx);
      List<Actor> targets = complementTargets(g, c.claim(), claimers, mentions, ctx);
      for (Actor source : claimers) {
        Optional<Actor> target = targets.stream().filter(a -> !a.code().equals(source.code())).findFirst()
            .or(() -> placeOf(g, c.act(), mentions).stream().findFirst());
        if (seen.add(source.code() + ">" + target.map(a -> a.code().value()).orElse("") + ":015")) {
          out.add(eventMaker.event(article, g, t, Optional.of(source), target, timeline));
        }
      }
    }
    if (out.isEmpty()) {
      out.addAll(eventMaker.caption(article, g, mentions, timeline));
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
          out.add(eventMaker.event(article, g, t, Optional.of(source), Optional.of(target), timeline));
        }
      }
    }
  }
}
