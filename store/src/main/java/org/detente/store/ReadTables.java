package org.detente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-memory tables a {@link StoreReader} queries, built from the store attached as {@code store}:
 * {@code pairs} (a number for each pair of actor keys), {@code ev} (filter and count columns, sorted by pair then date), {@code timeline} (the same sorted by date,
 * with the evidence in lower case), {@code dyads}, {@code actor_words} and {@code actors} (totals).
 */
final class ReadTables {
  private ReadTables() {}

  /** The filter and count columns of an event, with its pair of actor keys as {@code ka <= kb}. */
  private static final String EV_COLUMNS = "id, least(source_key, target_key) AS ka, greatest(source_key, target_key)"
      + " AS kb, event_date, date_precision, quad_class, goldstein, source_key, target_key, source, target, code, root,"
      + " mode";

  private static final String PAIR_JOIN = " JOIN pairs p ON p.ka IS NOT DISTINCT FROM e.ka AND p.kb IS NOT DISTINCT FROM e.kb";

  /**
   * Builds the in-memory tables, or rebuilds them after the store changed, in one transaction (queries on
   * other connections see the old tables until it commits), and returns the pair numbers ("JPN RUS" to its
   * number). A pair keeps its number across rebuilds, so a number read before a rebuild still selects the
   * same pair after it.
   */
  static Map<String, Integer> build(Connection c) throws SQLException {
    Sql.inTransaction(c, () -> {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS pairs (ka VARCHAR, kb VARCHAR, pair INTEGER)");
        addPairs(c, 0);
        // #4: a dyad is a number here: comparing integers is several times faster than comparing two keys
        s.execute("CREATE OR REPLACE TABLE ev AS SELECT p.pair, e.* FROM (SELECT " + EV_COLUMNS + " FROM store.events) e"
            + PAIR_JOIN + " ORDER BY p.pair, e.event_date NULLS LAST, e.id");
        s.execute("CREATE OR REPLACE TABLE timeline AS SELECT ev.*, lower(e.evidence) AS words FROM ev"
            + " JOIN store.events e ON e.id = ev.id ORDER BY ev.event_date NULLS LAST, ev.id");
        s.execute("CREATE OR REPLACE TABLE actor_words AS " + words("true"));
        totals(s);
      }
    });
    return pairs(c);
  }

  /**
   * Adds the events with ids above {@code afterId} to the tables, in one transaction, for a store that only
   * gained events since they were built (#5: a server importing a coding run's batch). The added rows are
   * sorted among themselves, not into the rows already there: queries give the same answers, zone maps skip
   * a little less, until the next {@link #build}.
   */
  static Map<String, Integer> append(Connection c, long afterId) throws SQLException {
    Sql.inTransaction(c, () -> {
      addPairs(c, afterId);
      execute(c, "INSERT INTO ev SELECT p.pair, e.* FROM (SELECT " + EV_COLUMNS + " FROM store.events WHERE id > ?) e"
          + PAIR_JOIN + " ORDER BY p.pair, e.event_date NULLS LAST, e.id", afterId);
      execute(c, "INSERT INTO timeline SELECT ev.*, lower(e.evidence) AS words FROM ev JOIN store.events e ON e.id = ev.id"
          + " WHERE ev.id > ? ORDER BY ev.event_date NULLS LAST, ev.id", afterId);
      execute(c, "INSERT INTO actor_words " + words("id > ?"), afterId, afterId);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE OR REPLACE TABLE actor_words AS SELECT k, t, sum(n) AS n FROM actor_words GROUP BY k, t");
        totals(s);
      }
    });
    return pairs(c);
  }

  /**
   * Whether the store only gained events with ids above {@code afterId} since the tables were built (none
   * removed, as when a document is coded again): then {@link #append} brings them up to date.
   */
  static boolean onlyAdded(Connection c, long afterId) throws SQLException {
    try (PreparedStatement p = Sql.prepare(c, "SELECT (SELECT count(*) FROM store.events) = (SELECT count(*) FROM ev)"
        + " + (SELECT count(*) FROM store.events WHERE id > ?)", List.of(afterId));
        ResultSet r = p.executeQuery()) {
      r.next();
      return r.getBoolean(1);
    }
  }

  /** The largest event id in the tables (0 when there is none). */
  static long lastId(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) FROM ev")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Numbers the pairs of actor keys of the events above {@code afterId} that have none yet. */
  private static void addPairs(Connection c, long afterId) throws SQLException {
    execute(c, "INSERT INTO pairs SELECT ka, kb, (SELECT coalesce(max(pair), 0) FROM pairs)"
        + " + row_number() OVER (ORDER BY ka, kb) FROM (SELECT DISTINCT least(source_key, target_key) AS ka,"
        + " greatest(source_key, target_key) AS kb FROM store.events WHERE id > ? EXCEPT SELECT ka, kb FROM pairs)",
        afterId);
  }

  /** The words naming each actor key in the events that meet {@code condition}, counted; an event within one actor counts once for it. */
  private static String words(String condition) {
    return "SELECT k, t, count(*) AS n FROM (SELECT source_key AS k, source_text AS t FROM store.events WHERE " + condition
        + " AND source_key IS NOT NULL UNION ALL SELECT target_key, target_text FROM store.events WHERE " + condition
        + " AND target_key IS NOT NULL AND target_key IS DISTINCT FROM source_key) GROUP BY k, t";
  }

  /** The per-dyad and per-actor totals, from {@code ev} and {@code actor_words}. */
  private static void totals(Statement s) throws SQLException {
    s.execute("CREATE OR REPLACE TABLE dyads AS SELECT ka AS a, kb AS b, count(*) AS n,"
        + " count(*) FILTER (WHERE quad_class <= 2) AS coop, count(*) FILTER (WHERE quad_class >= 3) AS conf,"
        + " avg(goldstein) AS g FROM ev WHERE ka <> kb GROUP BY ka, kb");
    s.execute("CREATE OR REPLACE TABLE actors AS SELECT k, sum(n) AS n FROM actor_words GROUP BY k");
  }

  private static void execute(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = Sql.prepare(c, sql, List.of(params))) {
      p.execute();
    }
  }

  private static Map<String, Integer> pairs(Connection c) throws SQLException {
    Map<String, Integer> pairs = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT ka, kb, pair FROM pairs")) {
      while (r.next()) {
        pairs.put(r.getString(1) + " " + r.getString(2), r.getInt(3));
      }
    }
    return pairs;
  }

  /** Fails unless the attached file has the tables of a detente store. */
  static void checkSchema(Connection c, Path file) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM information_schema.tables"
        + " WHERE table_catalog = 'store' AND table_name IN ('meta', 'documents', 'events')");
        ResultSet r = p.executeQuery()) {
      r.next();
      if (r.getInt(1) != 3) {
        throw new StoreException(file + " is not a detente store (it lacks the meta, documents or events table)");
      }
    }
  }
}
