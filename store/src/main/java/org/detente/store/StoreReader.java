package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.detente.core.DatePrecision;
import org.duckdb.DuckDBConnection;

/**
 * The read side of the store, for the web API and reports: aggregates, filtered and paged events,
 * documents. Consumes a store file written by {@link DuckDbStore}; produces records; never writes.
 *
 * <p>The file is attached to an in-memory DuckDB database: read-only ({@link #open}), or for a server that owns
 * it ({@link #serve}). DuckDB lets either one process open a file for writing or several open it read-only,
 * so no other process changes the file under a reader; a server learns of new documents only from the
 * batches coding runs spool for it, which {@link #absorb} imports (#5). That is what lets it copy what its
 * queries filter and count on into in-memory tables laid out for them, at open and again after each import
 * (#4: for a million events, 2-3 s and about 0.35 GB): {@code ev}, the filter and count columns sorted by
 * dyad then date, so one dyad's events are contiguous and DuckDB's zone maps skip the rest; {@code
 * timeline}, the same sorted by date, with the evidence in lower case for word search; and per-dyad and
 * per-actor totals. A page is chosen there, by id, and its rows read from the file. The reader keeps a few
 * connections to the one database so that requests can overlap. All SQL that carries a caller's values is
 * parameterised.
 *
 * <p>Failures (a missing or foreign file, a locked file, a database error) are {@link StoreException}s
 * saying which file and what was being read.
 */
public final class StoreReader implements AutoCloseable {
  private static final String ORDER = "event_date NULLS LAST, id";
  private static final long BORROW_SECONDS = 10;

  private final Path file;
  private final List<Connection> connections;
  private final BlockingQueue<Connection> idle;
  /** A server's connection for importing the spool and rebuilding the in-memory tables; none when read-only. */
  private final Optional<Connection> upkeep;
  /** "JPN RUS" (ka kb) to the pair number of the in-memory tables; replaced after a rebuild. */
  private volatile Map<String, Integer> pairs;
  /** The largest event id and the number of events at the last full build of the tables (for {@link #absorb}). */
  private long builtUpTo;
  private long builtRows;

  private StoreReader(Path file, List<Connection> connections, Optional<Connection> upkeep, Map<String, Integer> pairs) {
    this.file = file;
    this.pairs = Map.copyOf(pairs);
    this.connections = List.copyOf(connections);
    this.upkeep = upkeep;
    this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
  }

  /**
   * Opens {@code file} read-only with {@code connections} connections (at least one).
   *
   * @throws StoreException if the file does not exist, is not a detente store, or is locked by a writer
   */
  public static StoreReader open(Path file, int connections) {
    return open(file, connections, false);
  }

  /**
   * Opens {@code file} for a server that owns it (#5): the store is attached for writing, so no other process
   * can open it, and coding runs hand their documents over through its {@link Spool}, which {@link
   * #absorb(Spool)} imports. Nothing else writes: the queries are those of a read-only reader.
   *
   * @throws StoreException if the file does not exist, is not a detente store, or another process has it open
   */
  public static StoreReader serve(Path file, int connections) {
    return open(file, connections, true);
  }

  private static StoreReader open(Path file, int connections, boolean owner) {
    requireNonNull(file, "file");
    if (connections < 1) {
      throw new IllegalArgumentException("connections must be >= 1, was " + connections);
    }
    if (!Files.isRegularFile(file)) {
      throw new StoreException("no store at " + file.toAbsolutePath()
          + ": code some documents into it first (detente code DIR --db " + file + ")");
    }
    List<Connection> opened = new ArrayList<>();
    try {
      DuckDBConnection first = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
      opened.add(first);
      try (Statement s = first.createStatement()) {
        // a path is no value a statement can take as a parameter: it is quoted as an SQL string instead
        s.execute("ATTACH '" + file.toAbsolutePath().toString().replace("'", "''") + "' AS store"
            + (owner ? "" : " (READ_ONLY)"));
      }
      ReadTables.checkSchema(first, file);
      Optional<Connection> upkeep = Optional.empty();
      if (owner) {
        upkeep = Optional.of(first.duplicate());
        opened.add(upkeep.get());
        // the store may have changed while no server ran: the list of stored documents is written afresh
        importSpool(upkeep.get(), Spool.of(file), true);
      }
      Map<String, Integer> pairs = ReadTables.build(first);
      for (int i = 1; i < connections; i++) {
        opened.add(first.duplicate());
      }
      List<Connection> readers = new ArrayList<>(opened);
      upkeep.ifPresent(readers::remove);
      StoreReader reader = new StoreReader(file, readers, upkeep, pairs);
      reader.builtUpTo = ReadTables.lastId(first);
      reader.builtRows = reader.totals().events();
      return reader;
    } catch (SQLException | RuntimeException e) {
      for (Connection c : opened) {
        closeQuietly(c, e);
      }
      if (e instanceof StoreException s) {
        throw s;
      }
      String hint = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("lock")
          ? owner
              ? " (another detente process has it open: a serve, or a code or run writing to it)"
              : " (a detente code or run is writing to it, or a serve owns it: wait for it to finish, or read a copy)"
          : "";
      throw new StoreException("cannot open store " + file + (owner ? "" : " read-only") + ": " + e.getMessage() + hint,
          e);
    }
  }

  /**
   * Imports the batches waiting in {@code spool} (each in one transaction) and brings the in-memory tables up
   * to date: the new events are appended to them when the store only gained events, and the tables are rebuilt
   * when a document was replaced (its old events are gone) or the appended rows reach a tenth of the whole,
   * so that most rows stay in the order that makes queries fast. Queries keep being answered meanwhile, from
   * the tables as they were. For a reader opened with {@link #serve}.
   *
   * @return how many batches were imported
   */
  public synchronized int absorb(Spool spool) {
    Connection c = upkeep.orElseThrow(() -> new IllegalStateException("a read-only reader imports nothing: open it"
        + " with StoreReader.serve"));
    try {
      long lastId = ReadTables.lastId(c);
      int n = importSpool(c, spool, false);
      if (n == 0) {
        return 0;
      }
      if (ReadTables.onlyAdded(c, lastId) && lastId - builtUpTo < builtRows / 10) {
        pairs = Map.copyOf(ReadTables.append(c, lastId));
      } else {
        pairs = Map.copyOf(ReadTables.build(c));
        builtUpTo = ReadTables.lastId(c);
        builtRows = totals().events();
      }
      return n;
    } catch (SQLException e) {
      throw new StoreException("cannot import the spool " + spool.dir() + " into " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Imports on {@code c}, with the store as its default database for the while; the list of stored documents
   * is rewritten after an import, and when {@code listAnyway}.
   */
  private static int importSpool(Connection c, Spool spool, boolean listAnyway) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("USE store");
      try {
        int n = SpoolImport.importPending(c, spool, true);
        if (n == 0 && listAnyway) {
          SpoolImport.writeCoded(c, spool);
        }
        return n;
      } finally {
        s.execute("USE memory");
      }
    }
  }

  /** An event row as {@link Rows#event} reads it, from the file: the event and its document's URL. */
  private static final String FULL = "SELECT e.*, coalesce(d.url, '') AS doc_url FROM store.events e"
      + " LEFT JOIN store.documents d ON d.id = e.doc_id";

  private static void closeQuietly(Connection c, Exception primary) {
    try {
      c.close();
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
  }

  /** The file this reader reads. */
  public Path file() {
    return file;
  }

  /** Counts of documents, events and rejects. */
  public DuckDbStore.Totals totals() {
    return query("count the store", c -> {
      try (PreparedStatement p = c.prepareStatement("SELECT (SELECT count(*) FROM store.documents),"
          + " (SELECT count(*) FROM store.events), (SELECT count(*) FROM store.rejects)");
          ResultSet r = p.executeQuery()) {
        r.next();
        return new DuckDbStore.Totals(r.getLong(1), r.getLong(2), r.getLong(3));
      }
    });
  }

  /**
   * Dyads (events between two different actor keys), most events first.
   *
   * @param actor only dyads with this actor key
   */
  public List<DyadCount> dyads(Optional<String> actor, int limit) {
    requirePositive(limit);
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT a, b, n, coop, conf, g FROM dyads");
    actor.ifPresent(a -> {
      sql.append(" WHERE a = ? OR b = ?");
      params.add(a);
      params.add(a);
    });
    sql.append(" ORDER BY n DESC, a, b LIMIT ?");
    params.add(limit);
    return query("count dyads", c -> {
      List<DyadCount> out = new ArrayList<>();
      try (PreparedStatement p = Sql.prepare(c, sql.toString(), params); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new DyadCount(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getDouble(6)));
        }
      }
      return out;
    });
  }

  /** The selected events counted per period of {@code interval}; events without a date are counted apart. */
  public Series series(EventFilter filter, Interval interval) {
    requireNonNull(filter, "filter");
    requireNonNull(interval, "interval");
    List<Object> params = new ArrayList<>();
    List<String> coarser = new ArrayList<>();
    for (DatePrecision p : DatePrecision.values()) {
      if (interval.coarserThanPeriod(p)) {
        coarser.add(p.label());
      }
    }
    StringBuilder sql = new StringBuilder("SELECT CAST(date_trunc(?, event_date) AS DATE) AS period, count(*),");
    params.add(interval.label());
    for (int q = 1; q <= 4; q++) {
      sql.append(" count(*) FILTER (WHERE quad_class = ?),");
      params.add(q);
    }
    sql.append(" avg(goldstein), count(*) FILTER (WHERE ");
    if (coarser.isEmpty()) {
      sql.append("false");
    } else {
      sql.append("date_precision IN (").append(Sql.placeholders(coarser.size())).append(")");
      params.addAll(coarser);
    }
    String table = filter.text().isPresent() ? "timeline" : "ev";
    sql.append(") FROM ").append(table).append(" WHERE event_date IS NOT NULL");
    where(filter, sql, params, "words");
    sql.append(" GROUP BY period ORDER BY period");

    List<Object> undatedParams = new ArrayList<>();
    StringBuilder undated = new StringBuilder("SELECT count(*) FROM " + table + " WHERE event_date IS NULL");
    where(new EventFilter(filter.dyad(), filter.actor(), filter.root(), filter.code(), filter.mode(), Optional.empty(),
        Optional.empty(), filter.text()), undated, undatedParams, "words");
    return query("count events per " + interval.label(), c -> {
      List<PeriodCount> periods = new ArrayList<>();
      try (PreparedStatement p = Sql.prepare(c, sql.toString(), params); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          periods.add(new PeriodCount(r.getDate(1).toLocalDate(), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
              r.getLong(6), r.getDouble(7), r.getLong(8)));
        }
      }
      long none;
      try (PreparedStatement p = Sql.prepare(c, undated.toString(), undatedParams); ResultSet r = p.executeQuery()) {
        r.next();
        none = r.getLong(1);
      }
      return new Series(periods, none);
    });
  }

  /**
   * One page of the selected events, oldest first (undated last), starting after {@code after}.
   *
   * @param limit at most this many events (the caller bounds it)
   */
  public EventPage events(EventFilter filter, Optional<EventCursor> after, int limit) {
    requireNonNull(filter, "filter");
    requireNonNull(after, "after");
    requirePositive(limit);
    // the page's ids from the narrow in-memory tables (one dyad's events are contiguous in ev), then its
    // rows from the file by key
    String table = filter.dyad().isPresent() && filter.text().isEmpty() ? "ev" : "timeline";
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT id FROM ").append(table).append(" WHERE true");
    where(filter, sql, params, "words");
    after.ifPresent(k -> {
      if (k.date().isPresent()) {
        sql.append(" AND (event_date > ? OR (event_date = ? AND id > ?) OR event_date IS NULL)");
        params.add(k.date().get());
        params.add(k.date().get());
      } else {
        sql.append(" AND event_date IS NULL AND id > ?");
      }
      params.add(k.id());
    });
    sql.append(" ORDER BY ").append(ORDER).append(" LIMIT ?");
    params.add(limit + 1);
    return query("read events", c -> {
      List<Object> ids = new ArrayList<>();
      try (PreparedStatement p = Sql.prepare(c, sql.toString(), params); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
      List<StoredEvent> out = new ArrayList<>();
      if (!ids.isEmpty()) {
        readEvents(c, FULL + " WHERE e.id IN (" + Sql.placeholders(ids.size()) + ") ORDER BY e.event_date NULLS LAST, e.id",
            ids, out);
      }
      if (out.size() <= limit) {
        return new EventPage(out, Optional.empty());
      }
      List<StoredEvent> page = out.subList(0, limit);
      return new EventPage(page, Optional.of(EventCursor.after(page.get(limit - 1))));
    });
  }

  private static void readEvents(Connection c, String sql, List<?> params, List<StoredEvent> out) throws SQLException {
    try (PreparedStatement p = Sql.prepare(c, sql, params); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(Rows.event(r));
      }
    }
  }

  /** Every selected event, in page order, to {@code sink} (for downloads and reports). */
  public void forEach(EventFilter filter, Consumer<StoredEvent> sink) {
    requireNonNull(filter, "filter");
    requireNonNull(sink, "sink");
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT e.*, coalesce(d.url, '') AS doc_url, ev.pair"
        + " FROM store.events e JOIN ev ON ev.id = e.id LEFT JOIN store.documents d ON d.id = e.doc_id) WHERE true");
    where(filter, sql, params, "lower(evidence)");
    sql.append(" ORDER BY ").append(ORDER);
    query("read events", c -> {
      try (PreparedStatement p = Sql.prepare(c, sql.toString(), params); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.accept(Rows.event(r));
        }
      }
      return null;
    });
  }

  /** The event with this store id. */
  public Optional<StoredEvent> event(long id) {
    return query("read event " + id, c -> {
      try (PreparedStatement p = Sql.prepare(c, "SELECT e.*, coalesce(d.url, '') AS doc_url FROM store.events e"
          + " LEFT JOIN store.documents d ON d.id = e.doc_id WHERE e.id = ?", List.of(id));
          ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(Rows.event(r)) : Optional.empty();
      }
    });
  }

  /** The document with this id. */
  public Optional<StoredDocument> document(String id) {
    requireNonNull(id, "id");
    return query("read document " + id, c -> {
      try (PreparedStatement p = Sql.prepare(c, "SELECT id, title, source, url, published, text, sentences, events"
          + " FROM store.documents WHERE id = ?", List.of(id));
          ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        Date published = r.getDate(5);
        return Optional.of(new StoredDocument(r.getString(1), Optional.ofNullable(r.getString(2)),
            Optional.ofNullable(r.getString(3)), Optional.ofNullable(r.getString(4)),
            Optional.ofNullable(published).map(Date::toLocalDate), r.getString(6), r.getInt(7), r.getInt(8)));
      }
    });
  }

  /** The events of one document, in text order. */
  public List<StoredEvent> documentEvents(String id) {
    requireNonNull(id, "id");
    return query("read the events of document " + id, c -> {
      List<StoredEvent> out = new ArrayList<>();
      try (PreparedStatement p = Sql.prepare(c, "SELECT e.*, coalesce(d.url, '') AS doc_url FROM store.events e"
          + " LEFT JOIN store.documents d ON d.id = e.doc_id WHERE e.doc_id = ? ORDER BY e.start_offset, e.id", List.of(id));
          ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(Rows.event(r));
        }
      }
      return out;
    });
  }

  /**
   * Actor keys taking part in events (an event within one actor counts once), most events first: those whose key or words in the texts contain
   * {@code text} (case-insensitive; empty matches all), and those in {@code alsoKeys} (e.g. keys whose
   * dictionary name matched).
   *
   * @param mentions how many of the most frequent words to give with each actor
   */
  public List<ActorCount> actors(String text, Set<String> alsoKeys, int limit, int mentions) {
    requireNonNull(text, "text");
    requireNonNull(alsoKeys, "alsoKeys");
    requirePositive(limit);
    String needle = text.strip().toLowerCase(Locale.ROOT);
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT k, n FROM actors");
    if (!needle.isEmpty()) {
      sql.append(" WHERE contains(lower(k), ?) OR k IN (SELECT k FROM actor_words WHERE contains(lower(t), ?))");
      params.add(needle);
      params.add(needle);
      if (!alsoKeys.isEmpty()) {
        sql.append(" OR k IN (").append(Sql.placeholders(alsoKeys.size())).append(")");
        params.addAll(alsoKeys);
      }
    }
    sql.append(" ORDER BY n DESC, k LIMIT ?");
    params.add(limit);
    return query("search actors", c -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      try (PreparedStatement p = Sql.prepare(c, sql.toString(), params); ResultSet r = p.executeQuery()) {
        while (r.next()) {
          counts.put(r.getString(1), r.getLong(2));
        }
      }
      Map<String, List<String>> words = new LinkedHashMap<>();
      if (!counts.isEmpty() && mentions > 0) {
        List<Object> keys = new ArrayList<>(counts.keySet());
        String top = "SELECT k, t FROM (SELECT k, t, row_number() OVER (PARTITION BY k ORDER BY n DESC, t) AS rank"
            + " FROM actor_words WHERE k IN (" + Sql.placeholders(keys.size()) + ")) WHERE rank <= ? ORDER BY k, rank";
        keys.add(mentions);
        try (PreparedStatement p = Sql.prepare(c, top, keys); ResultSet r = p.executeQuery()) {
          while (r.next()) {
            words.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
          }
        }
      }
      List<ActorCount> out = new ArrayList<>();
      counts.forEach((k, n) -> out.add(new ActorCount(k, n, words.getOrDefault(k, List.of()))));
      return out;
    });
  }

  /**
   * The conditions of {@code f} on a table with the dyad columns {@code ka <= kb}.
   *
   * @param words the evidence in lower case: a column, or an expression
   */
  private void where(EventFilter f, StringBuilder sql, List<Object> params, String words) {
    f.dyad().ifPresent(d -> {
      Optional<Integer> pair = pair(d);
      if (pair.isPresent()) {
        sql.append(" AND pair = ?");
        params.add(pair.get());
      } else {
        sql.append(" AND false");
      }
    });
    f.actor().ifPresent(a -> {
      sql.append(" AND (source_key = ? OR target_key = ? OR starts_with(source, ?) OR starts_with(target, ?))");
      params.addAll(List.of(a, a, a, a));
    });
    f.root().ifPresent(r -> {
      sql.append(" AND root = ?");
      params.add(r);
    });
    f.code().ifPresent(code -> {
      sql.append(" AND starts_with(code, ?)");
      params.add(code);
    });
    f.mode().ifPresent(m -> {
      sql.append(" AND mode = ?");
      params.add(m.label());
    });
    f.from().ifPresent(d -> {
      sql.append(" AND event_date >= ?");
      params.add(d);
    });
    f.to().ifPresent(d -> {
      sql.append(" AND event_date <= ?");
      params.add(d);
    });
    f.text().ifPresent(t -> {
      sql.append(" AND contains(").append(words).append(", ?)");
      params.add(t.toLowerCase(Locale.ROOT));
    });
  }

  /** The pair number of a dyad in the in-memory tables; empty if the store has no event between the two. */
  private Optional<Integer> pair(Dyad d) {
    // ka <= kb as DuckDB orders text (bytes), as Java orders these ASCII keys
    boolean ordered = d.a().compareTo(d.b()) < 0;
    return Optional.ofNullable(pairs.get(ordered ? d.a() + " " + d.b() : d.b() + " " + d.a()));
  }

  private static void requirePositive(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
  }

  private interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private <T> T query(String what, Work<T> work) {
    Connection c;
    try {
      c = idle.poll(BORROW_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting to " + what, e);
    }
    if (c == null) {
      throw new StoreException("cannot " + what + ": all " + connections.size() + " connections to " + file
          + " stayed busy for " + BORROW_SECONDS + " s");
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    } finally {
      idle.add(c);
    }
  }

  @Override
  public void close() {
    StoreException failure = null;
    List<Connection> all = new ArrayList<>(connections);
    upkeep.ifPresent(all::add);
    for (int i = all.size() - 1; i >= 0; i--) {
      try {
        all.get(i).close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = new StoreException("cannot close the store " + file + ": " + e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
