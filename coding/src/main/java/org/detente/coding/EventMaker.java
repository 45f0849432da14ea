package org.detente.coding;

import static java.util.Objects.requireNonNull;
import static org.detente.coding.ActorFinder.actorsAt;
import static org.detente.coding.ActorFinder.prepositional;
import static org.detente.coding.DiscourseReader.CONFLICT_ROOTS;
import static org.detente.coding.DiscourseReader.dyads;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.detente.core.ActorMention;
import org.detente.core.Article;
import org.detente.core.CameoCode;
import org.detente.core.CodedEvent;
import org.detente.core.DatePrecision;
import org.detente.core.Dependency;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.detente.core.Sentence;
import org.detente.core.Token;

/**
 * Makes the {@link CodedEvent} of a trigger and its actors: refines the code (bombings, peacekeeping; a conditional
 * act is a threat, an announced one an intent, a refusal a rejection) by the event's mode, dates it, names the place
 * it happened in and says how sure the coder is.
 */
final class EventMaker {
  private static final double INFERRED_ACTOR_PENALTY = 0.15;
  private static final double ONE_ACTOR_PENALTY = 0.2;
  private static final double STATEMENT_PENALTY = 0.2;
  private static final int LONG_SENTENCE_TOKENS = 40;
  private static final Set<String> BOMBS = Set.of("bomb", "bombing", "bomber", "explosion", "blast", "device", "explosive");
  private static final Pattern CAPTION =
      new Pattern(Pattern.Pos.NOUN, "(caption)", "", "", List.of(), new CameoCode("040"), true);
  private static final int MAX_CAPTION_TOKENS = 25;
  /** Where a caption puts a person in the picture: "Abe, left, and Putin, right". */
  private static final Set<String> IN_PICTURE = Set.of("left", "right", "center", "centre", "top", "bottom");

  private final CameoCodebook codebook;

  EventMaker(CameoCodebook codebook) {
    this.codebook = requireNonNull(codebook, "codebook");
  }

  /**
   * A photo caption: a line without a verb naming leaders of two countries ("A and B in Sochi, February
   * 8"), or one placing people of two countries in the picture ("A, left, hands B, right, a letter"), shows them
   * meeting.
   */
  List<CodedEvent> caption(Article article, Graph g, List<ActorMention> mentions, Dating.Timeline timeline) {
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

  CodedEvent event(
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
    // "Putin had suggested that Russia could seek a compromise": a possibility told in the past is dated when told
    boolean toldInPast = mode == Mode.HYPOTHETICAL
        && g.parent(dating).filter(d -> d.relation().equals("ccomp") && Dating.past(g, d.head())).isPresent();
    if (date.isEmpty() && ((mode == Mode.ASSERTED && Dating.past(g, dating)) || toldInPast)) {
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
