package org.detente.web;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.detente.analysis.EventTable;
import org.detente.store.ActorCount;
import org.detente.store.DyadCount;
import org.detente.store.Dyad;
import org.detente.store.EventCursor;
import org.detente.store.EventFilter;
import org.detente.store.EventPage;
import org.detente.store.Interval;
import org.detente.store.PeriodCount;
import org.detente.store.Series;
import org.detente.store.StoreReader;
import org.detente.store.StoredDocument;
import org.detente.store.StoredEvent;

/**
 * The REST API: read-only JSON over a {@link StoreReader}, documented in {@code openapi.json}. Each handler
 * checks its parameters with {@link Params} (400 with a message on any bad one), bounds page sizes, and
 * answers 404 for ids that do not exist.
 */
final class Api {
  static final int MAX_DYADS = 500;
  static final int MAX_EVENTS = 500;
  static final int MAX_ACTORS = 100;
  private static final int DEFAULT_DYADS = 50;
  private static final int DEFAULT_EVENTS = 100;
  private static final int DEFAULT_ACTORS = 20;
  private static final int ACTOR_MENTIONS = 3;

  private static final Set<String> FILTERS = Set.of("dyad", "actor", "root", "code", "mode", "from", "to", "q");

  /** The routes and the query parameters each accepts: the contract openapi.json documents. */
  static final Map<String, Set<String>> ROUTES = routes();

  private static Map<String, Set<String>> routes() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    m.put("/api/dyads", Set.of("actor", "limit"));
    m.put("/api/dyads/{a}-{b}/series", Set.of("interval", "from", "to"));
    m.put("/api/events", union(FILTERS, Set.of("limit", "cursor")));
    m.put("/api/events/{id}", Set.of());
    m.put("/api/documents/{id}", Set.of());
    m.put("/api/actors", Set.of("q", "limit"));
    m.put("/api/export", union(FILTERS, Set.of("format")));
    m.put("/api/openapi.json", Set.of());
    return java.util.Collections.unmodifiableMap(m);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  private final StoreReader store;
  private final Labels labels;

  Api(StoreReader store, Labels labels) {
    this.store = requireNonNull(store, "store");
    this.labels = requireNonNull(labels, "labels");
  }

  void register(RoutesConfig routes) {
    routes.get("/api/dyads", this::dyads);
    routes.get("/api/dyads/{dyad}/series", this::series);
    // the export route before /api/events/{id}, which it would otherwise match
    routes.get("/api/export", this::export);
    routes.get("/api/events", this::events);
    routes.get("/api/events/{id}", this::event);
    routes.get("/api/documents/<id>", this::document);
    routes.get("/api/actors", this::actors);
    routes.get("/api/openapi.json", this::openApi);
  }

  private static Params params(Context ctx, String route) {
    String raw = ctx.queryString();
    if (raw != null) {
      Params.checkRaw(raw);
    }
    return Params.of(route, ctx.queryParamMap(), ROUTES.get(route));
  }

  void dyads(Context ctx) {
    Params p = params(ctx, "/api/dyads");
    Optional<String> actor = p.actor("actor");
    int limit = p.integer("limit", 1, MAX_DYADS, DEFAULT_DYADS);
    List<Views.DyadView> out = new ArrayList<>();
    for (DyadCount d : store.dyads(actor, limit)) {
      out.add(Views.dyad(d, labels));
    }
    ctx.json(new Views.Dyads(out));
  }

  void series(Context ctx) {
    Params p = params(ctx, "/api/dyads/{a}-{b}/series");
    Dyad dyad = Params.dyadOf("path {a}-{b}", ctx.pathParam("dyad"));
    Interval interval = p.interval("interval", Interval.MONTH);
    EventFilter f = p.range(EventFilter.all().withDyad(dyad));
    Series s = store.series(f, interval);
    List<Views.Period> periods = new ArrayList<>();
    for (PeriodCount c : s.periods()) {
      periods.add(Views.period(c, interval));
    }
    ctx.json(new Views.SeriesView(Views.actor(dyad.a(), labels), Views.actor(dyad.b(), labels), interval.label(), f.from(),
        f.to(), s.undated(), periods));
  }

  void events(Context ctx) {
    Params p = params(ctx, "/api/events");
    EventFilter f = p.eventFilter();
    int limit = p.integer("limit", 1, MAX_EVENTS, DEFAULT_EVENTS);
    Optional<EventCursor> after = p.text("cursor").map(Cursors::decode);
    EventPage page = store.events(f, after, limit);
    List<Views.Event> out = new ArrayList<>();
    for (StoredEvent e : page.events()) {
      out.add(Views.event(e, labels));
    }
    ctx.json(new Views.Events(out, limit, page.next().map(Cursors::encode)));
  }

  void event(Context ctx) {
    params(ctx, "/api/events/{id}");
    String raw = ctx.pathParam("id");
    if (!raw.matches("[0-9]{1,18}")) {
      throw ApiException.badRequest("an event id is a whole number (see the id field of /api/events), was '" + raw + "'");
    }
    StoredEvent e = store.event(Long.parseLong(raw))
        .orElseThrow(() -> ApiException.notFound("no event with id " + raw));
    ctx.json(Views.event(e, labels));
  }

  void document(Context ctx) {
    params(ctx, "/api/documents/{id}");
    String id = ctx.pathParam("id");
    if (id.isBlank() || id.length() > Params.MAX_VALUE) {
      throw ApiException.badRequest("a document id has 1-" + Params.MAX_VALUE + " characters, this one has " + id.length());
    }
    // #5: ids are only compared with stored ids, never used as paths; what looks like a way up a folder tree
    // or a control character is refused all the same
    if (id.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.badRequest("a document id has no control characters; this one has");
    }
    for (String segment : id.split("[/\\\\]", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        throw ApiException.badRequest("a document id has no '.' or '..' between slashes; this one has");
      }
    }
    StoredDocument d = store.document(id).orElseThrow(() -> ApiException.notFound("no document with id '" + id + "'"));
    ctx.json(Views.document(d, store.documentEvents(id), labels));
  }

  void actors(Context ctx) {
    Params p = params(ctx, "/api/actors");
    String q = p.search("q").orElse("");
    int limit = p.integer("limit", 1, MAX_ACTORS, DEFAULT_ACTORS);
    List<Views.ActorView> out = new ArrayList<>();
    for (ActorCount a : store.actors(q, labels.keysNamed(q, 50), limit, ACTOR_MENTIONS)) {
      out.add(Views.actor(a, labels));
    }
    ctx.json(new Views.Actors(out));
  }

  /** The selected events as a CSV or JSON Lines file, in the columns of {@code detente export}. */
  void export(Context ctx) {
    Params p = params(ctx, "/api/export");
    String format = p.text("format").orElseThrow(() -> ApiException.badRequest("format is required: csv or jsonl"));
    if (!format.equals("csv") && !format.equals("jsonl")) {
      throw ApiException.badRequest("format must be csv or jsonl, was '" + format + "'");
    }
    EventFilter f = p.eventFilter();
    boolean csv = format.equals("csv");
    String name = "detente-" + f.dyad().map(Dyad::toString).orElse("events") + "." + format;
    ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    try (Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
      if (csv) {
        w.write(EventTable.csvHeader());
        w.write('\n');
      }
      store.forEach(f, e -> {
        try {
          w.write(csv ? EventTable.csv(e.event()) : EventTable.json(e.event()));
          w.write('\n');
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot send the export: " + e.getMessage(), e);
    }
  }

  void openApi(Context ctx) {
    params(ctx, "/api/openapi.json");
    ctx.contentType("application/json").result(Assets.openApi());
  }
}
