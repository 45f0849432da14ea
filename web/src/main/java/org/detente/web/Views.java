package org.detente.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.detente.analysis.DyadBalance;
import org.detente.analysis.Highlight;
import org.detente.core.CodedEvent;
import org.detente.core.QuadClass;
import org.detente.store.ActorCount;
import org.detente.store.DyadCount;
import org.detente.store.Interval;
import org.detente.store.PeriodCount;
import org.detente.store.StoredDocument;
import org.detente.store.StoredEvent;

/**
 * The JSON the API writes (records serialised by Jackson; {@code Optional} empty is null), and the
 * conversions from store records. Field names are the API's contract, documented in openapi.json.
 */
final class Views {
  private Views() {}

  record Error(int status, String error) {}

  record Actor(String key, Optional<String> name) {}

  record DyadView(Actor a, Actor b, long events, long cooperation, long conflict, double balance, double meanGoldstein) {}

  record Dyads(List<DyadView> dyads) {}

  record Period(
      LocalDate start,
      LocalDate end,
      String label,
      long events,
      long verbalCooperation,
      long materialCooperation,
      long verbalConflict,
      long materialConflict,
      double meanGoldstein,
      double netCooperation,
      long imprecise) {}

  record SeriesView(
      Actor a, Actor b, String interval, Optional<LocalDate> from, Optional<LocalDate> to, long undated,
      List<Period> periods) {}

  record Side(String code, String key, String text, Optional<String> name) {}

  record Mark(String kind, int start, int end) {}

  record Event(
      long id,
      String doc,
      int sentence,
      String evidence,
      int start,
      int end,
      Side source,
      Side target,
      String code,
      String codeName,
      String root,
      int quadClass,
      String quadName,
      double goldstein,
      String plover,
      Optional<String> date,
      Optional<String> datePrecision,
      String mode,
      Optional<String> location,
      String trigger,
      double confidence,
      String url,
      List<Mark> highlights) {}

  record Events(List<Event> events, int limit, Optional<String> next) {}

  record Document(
      String id,
      Optional<String> title,
      Optional<String> source,
      Optional<String> url,
      Optional<LocalDate> published,
      String text,
      List<Event> events) {}

  record ActorView(String key, Optional<String> name, long events, List<String> mentions) {}

  record Actors(List<ActorView> actors) {}

  static Actor actor(String key, Labels labels) {
    return new Actor(key, labels.actorName(key));
  }

  static DyadView dyad(DyadCount d, Labels labels) {
    DyadBalance b = new DyadBalance(d.a(), d.b(), Math.toIntExact(d.events()), Math.toIntExact(d.cooperation()),
        Math.toIntExact(d.conflict()), d.meanGoldstein());
    return new DyadView(actor(d.a(), labels), actor(d.b(), labels), d.events(), d.cooperation(), d.conflict(),
        round(b.balance()), round(d.meanGoldstein()));
  }

  static Period period(PeriodCount p, Interval interval) {
    long coop = p.verbalCooperation() + p.materialCooperation();
    long conflict = p.verbalConflict() + p.materialConflict();
    return new Period(p.start(), end(p.start(), interval), label(p.start(), interval), p.events(), p.verbalCooperation(),
        p.materialCooperation(), p.verbalConflict(), p.materialConflict(), round(p.meanGoldstein()),
        round(p.events() == 0 ? 0 : (double) (coop - conflict) / p.events()), p.imprecise());
  }

  /** The last day of the period starting at {@code start}. */
  static LocalDate end(LocalDate start, Interval interval) {
    if (interval == Interval.WEEK) {
      return start.plusDays(6);
    }
    if (interval == Interval.MONTH) {
      return start.plusMonths(1).minusDays(1);
    }
    if (interval == Interval.YEAR) {
      return start.plusYears(1).minusDays(1);
    }
    throw new AssertionError(interval);
  }

  /** {@code 2015-09-07} (a week, by its Monday), {@code 2015-09} or {@code 2015}. */
  static String label(LocalDate start, Interval interval) {
    if (interval == Interval.WEEK) {
      return start.toString();
    }
    if (interval == Interval.MONTH) {
      return start.toString().substring(0, 7);
    }
    if (interval == Interval.YEAR) {
      return Integer.toString(start.getYear());
    }
    throw new AssertionError(interval);
  }

  static Event event(StoredEvent s, Labels labels) {
    CodedEvent e = s.event();
    List<Mark> marks = new ArrayList<>();
    for (Highlight h : Highlight.of(e)) {
      marks.add(new Mark(h.kind().label(), h.start(), h.end()));
    }
    return new Event(s.id(), e.doc().value(), e.sentence(), e.evidence(), e.start(), e.end(),
        // a one-actor event has an empty side
        new Side(e.source().map(t -> t.value()).orElse(""), s.sourceKey(), e.sourceText(), labels.actorName(s.sourceKey())),
        new Side(e.target().map(t -> t.value()).orElse(""), s.targetKey(), e.targetText(), labels.actorName(s.targetKey())),
        e.code().value(), labels.codeName(e.code()), e.code().rootCode(), e.quadClass().number(), quadName(e.quadClass()),
        e.goldstein(), e.plover(), e.date().map(d -> d.text()), e.date().map(d -> d.precision().label()), e.mode().label(),
        e.location(), e.trigger(), e.confidence(), s.url(), marks);
  }

  static String quadName(QuadClass q) {
    return q.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static Document document(StoredDocument d, List<StoredEvent> events, Labels labels) {
    List<Event> views = new ArrayList<>();
    for (StoredEvent e : events) {
      views.add(event(e, labels));
    }
    return new Document(d.id(), d.title(), d.source(), d.url(), d.published(), d.text(), views);
  }

  static ActorView actor(ActorCount a, Labels labels) {
    return new ActorView(a.key(), labels.actorName(a.key()), a.events(), a.mentions());
  }

  /** Three decimals: enough for a chart, and stable in tests. */
  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
