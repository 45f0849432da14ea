package org.detente.coding;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.detente.core.DatePrecision;
import org.detente.core.Dependency;
import org.detente.core.EventDate;
import org.detente.core.Sentence;
import org.detente.core.TimeMention;
import org.detente.core.Token;

/** Gives each event its own date: from its clause, the clauses above it, or the text around it. */
final class Dating {
  /** Parts of speech of a verb with a tense of its own. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private Dating() {}

  /**
   * What a time expression is read against: publication, whether the event is planned or told in a past tense,
   * the text's last day.
   */
  record When(Optional<LocalDate> published, boolean future, boolean past, Optional<LocalDate> lastDay) {
    Optional<EventDate> date(Sentence s, TimeMention tm) {
      return EventDater.date(tm, phrase(s, tm), published, future, past, lastDay);
    }
  }

  /**
   * The dates the text has named so far: the last day (what "the same day" or "two days later" refer
   * to) and the last date of any precision (the time frame a past event without a date of its own is told in,
   * across paragraphs: a new paragraph of a news story mostly goes on with the same days).
   */
  record Timeline(Optional<LocalDate> lastDay, Optional<EventDate> frame) {
    static final Timeline START = new Timeline(Optional.empty(), Optional.empty());

    Timeline after(Graph g, Optional<LocalDate> published) {
      Sentence s = g.sentence();
      Optional<LocalDate> day = lastDay;
      Optional<EventDate> frame = this.frame;
      for (TimeMention tm : s.times()) {
        // "they met in March", told in September: last March, as the event itself
        boolean past = finitePast(g, tm.start());
        Optional<EventDate> d = EventDater.date(tm, phrase(s, tm), published, false, past, day);
        if (d.isPresent()) {
          frame = d;
          if (d.get().precision() == DatePrecision.DAY) {
            day = Optional.of(d.get().value());
          }
        }
      }
      return new Timeline(day, frame);
    }
  }

  /** A time expression with the neighbouring words that make it relative ("that day", "two days later"). */
  static String phrase(Sentence s, TimeMention tm) {
    List<Token> tokens = s.tokens();
    String text = tm.text();
    if (tm.start() > 0) {
      String before = tokens.get(tm.start() - 1).word().toLowerCase(Locale.ROOT);
      if (before.equals("that") || before.equals("same") || before.equals("the")) {
        text = before + " " + text;
      }
    }
    if (tm.end() < tokens.size()) {
      String after = tokens.get(tm.end()).word().toLowerCase(Locale.ROOT);
      if (Set.of("later", "after", "earlier", "before").contains(after)) {
        text = text + " " + after;
      }
    }
    return text;
  }

  /**
   * The date of the nearest time expression in the trigger's clause, or of a named period it is dated by ("at the
   * end of World War II"); else of one the parser left outside every clause (nearest in the text); else of a report
   * set beside the trigger's clause; else of the clauses above the trigger.
   */
  static Optional<EventDate> date(Graph g, int trigger, When when) {
    if (g.sentence().times().isEmpty()) {
      // #6: most sentences name no time; their clauses need not be walked
      return Periods.date(g, trigger).or(() -> whenClause(g, trigger, when));
    }
    Optional<EventDate> own = firstDate(g, g.clause(trigger), when).or(() -> Periods.date(g, trigger));
    if (own.isPresent()) {
      return own;
    }
    Optional<EventDate> orphan = orphanDate(g, trigger, when);
    if (orphan.isPresent()) {
      return orphan;
    }
    for (int participle : g.children(trigger, "advcl")) {
      // "seeing Japan in distress after the disaster of March 11, 2011, Russia was beckoning": a participle
      // without a subject of its own tells the same time as the clause it modifies
      if (g.token(participle).pos().matches("VB[GN]") && g.children(participle, "nsubj").isEmpty()) {
        Optional<EventDate> d = firstDate(g, g.clause(participle), when);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (int told : g.children(trigger, "parataxis")) {
      // "Pyongyang rejected the offer, its state media said on Friday": told when the report says
      if (ModeReader.reporting(g.token(told))) {
        Optional<EventDate> d = firstDate(g, g.clause(told), when);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    int head = trigger;
    for (int depth = 0; depth < 3; depth++) {
      Optional<Dependency> up = g.parent(head);
      if (up.isPresent() && up.get().relation().startsWith("acl:relcl")) {
        return whenClause(g, head, when);
      }
      if (up.isEmpty()) {
        break;
      }
      head = up.get().head();
      Optional<EventDate> d = firstDate(g, g.clause(head), when);
      if (d.isPresent()) {
        return d;
      }
    }
    return citation(g.sentence(), when);
  }

  /**
   * "... will include a discussion of the islands (RIA Novosti, January 31).": the date of the report a sentence
   * cites at its end, which tells what the sentence reports no later than that day.
   */
  private static Optional<EventDate> citation(Sentence s, When when) {
    List<Token> tokens = s.tokens();
    for (TimeMention tm : s.times()) {
      int after = tm.end();
      boolean closes = after < tokens.size() && tokens.get(after).word().equals(")")
          && (after + 1 == tokens.size() || (after + 2 == tokens.size() && tokens.get(after + 1).word().equals(".")));
      boolean named = tm.start() > 0 && tokens.get(tm.start() - 1).word().equals(",");
      boolean opened = false;
      for (int k = tm.start() - 1; k >= 0 && !opened; k--) {
        opened = tokens.get(k).word().equals("(");
      }
      if (closes && named && opened) {
        return when.date(s, tm);
      }
    }
    return Optional.empty();
  }

  /**
   * "at the end of World War II, when Soviet troops seized the islands", "in 2004, when Putin visited China": a
   * "when" clause is dated by the time it describes; other relative clauses by nothing of their noun's.
   */
  private static Optional<EventDate> whenClause(Graph g, int clause, When when) {
    Optional<Dependency> up = g.parent(clause).filter(d -> d.relation().startsWith("acl:relcl"));
    boolean whenWord = g.children(clause, "advmod").stream().anyMatch(a -> g.token(a).word().equalsIgnoreCase("when"));
    if (up.isEmpty() || !whenWord) {
      return Optional.empty();
    }
    int noun = up.get().head();
    for (TimeMention tm : g.sentence().times()) {
      if (tm.covers(noun)) {
        return when.date(g.sentence(), tm);
      }
    }
    return g.parent(noun).flatMap(d -> Periods.phraseDate(g, d));
  }

  private static Optional<EventDate> firstDate(Graph g, List<Integer> clause, When when) {
    for (int tok : clause) {
      for (TimeMention tm : g.sentence().times()) {
        if (tm.covers(tok) && !participant(g, tm)) {
          Optional<EventDate> d = when.date(g.sentence(), tm);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A time expression that is something talked about rather than when: a subject or the object of "despite" or
   * "about" ("despite the day being Northern Territories Day", "the year was difficult").
   */
  private static boolean participant(Graph g, TimeMention tm) {
    for (int k = tm.start(); k < tm.end(); k++) {
      Optional<Dependency> up = g.parent(k);
      if (up.isPresent() && (up.get().head() < tm.start() || up.get().head() >= tm.end())) {
        String r = up.get().relation();
        return r.startsWith("nsubj") || r.endsWith(":despite") || r.endsWith(":about");
      }
    }
    return false;
  }

  /** A time expression in no verb's clause (a parse that lost its attachment), nearest to the trigger. */
  private static Optional<EventDate> orphanDate(Graph g, int trigger, When when) {
    Set<Integer> owned = new HashSet<>();
    for (Token t : g.sentence().tokens()) {
      if (t.isVerb()) {
        owned.addAll(g.clause(t.index()));
      }
    }
    Optional<EventDate> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (TimeMention tm : g.sentence().times()) {
      if (owned.contains(tm.start())) {
        continue;
      }
      int distance = Math.abs(tm.start() - trigger);
      Optional<EventDate> d = when.date(g.sentence(), tm);
      if (d.isPresent() && distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Whether the trigger's clause is in a past tense (for a nominal event or an infinitive, the verb that governs
   * it: "his agreement to suspend Russia served as a setback").
   */
  static boolean past(Graph g, int trigger) {
    int head = trigger;
    for (int depth = 0; depth < 4 && (!g.token(head).isVerb() || infinitive(g, head)); depth++) {
      List<Integer> copula = g.children(head, "cop");
      if (!copula.isEmpty()) {
        return g.token(copula.get(0)).pos().equals("VBD"); // "were close to an agreement in March"
      }
      Optional<Dependency> up = g.parent(head);
      if (up.isEmpty()) {
        return g.token(head).isVerb() && strandedVerb(g, head).map(v -> past(g, v)).orElse(false);
      }
      head = up.get().head();
    }
    String pos = g.token(head).pos();
    if (pos.equals("VBD")) {
      return true;
    }
    if (pos.equals("VBG")) {
      // "Russia was beckoning": a past progressive
      return g.children(head, "aux").stream().anyMatch(a -> g.token(a).pos().equals("VBD"));
    }
    if (!pos.equals("VBN")) {
      return false;
    }
    for (int aux : g.children(head, "aux")) {
      String w = g.token(aux).word().toLowerCase(Locale.ROOT);
      if (w.equals("has") || w.equals("have")) {
        return false; // present perfect: told as news of now
      }
    }
    return true;
  }

  /**
   * Whether the trigger's own clause is told in a past tense, an infinitive's never: "dismissed the request not to
   * meet in May" tells of a meeting still to come.
   */
  static boolean finitePast(Graph g, int trigger) {
    int head = trigger;
    for (int depth = 0; depth < 4 && !g.token(head).isVerb(); depth++) {
      if (!g.children(head, "cop").isEmpty()) {
        return past(g, head);
      }
      Optional<Dependency> up = g.parent(head);
      if (up.isEmpty()) {
        return false;
      }
      head = up.get().head();
    }
    return !infinitive(g, head) && past(g, head);
  }

  /**
   * "his agreement to suspend Russia ... served as a setback", parsed with the infinitive as the root and the noun
   * as its subject: the sentence's verb is the first finite one after the infinitive left without a subject.
   */
  private static Optional<Integer> strandedVerb(Graph g, int infinitive) {
    if (!infinitive(g, infinitive) || g.childrenExactly(infinitive, "nsubj").isEmpty()) {
      return Optional.empty();
    }
    for (int k = infinitive + 1; k < g.sentence().tokens().size(); k++) {
      Token t = g.token(k);
      boolean auxiliary = g.parent(k).filter(d -> d.relation().startsWith("aux") || d.relation().equals("cop"))
          .isPresent();
      if (FINITE.contains(t.pos()) && !auxiliary && g.children(k, "nsubj").isEmpty()
          && g.children(k, "expl").isEmpty()) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static boolean infinitive(Graph g, int verb) {
    return g.token(verb).pos().equals("VB")
        && g.children(verb, "mark").stream().anyMatch(m -> g.token(m).word().equalsIgnoreCase("to"));
  }
}
