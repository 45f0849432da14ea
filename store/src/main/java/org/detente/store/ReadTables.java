package org.detente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The in-memory tables a {@link StoreReader} queries, built from the store attached as {@code store}:
 * {@code pairs} (a number for each pair of actor keys), {@code ev} (filter and count columns, sorted by pair then date), {@code timeline} (the same sorted by date,
 * with the evidence in lower case), {@code dyads}, {@code actor_words} and {@code actors} (totals).
 */
final class ReadTables {
  private ReadTables() {}

  /**
   * Builds the in-memory tables, or rebuilds them after the store changed, in one transaction (queries on
   * other connections see the old tables until it commits), and returns the pair numbers ("JPN RUS" to its
   * number). A pair keeps its number across rebuilds, so a number read before a rebuild still selects the
   * same pair after it.
   */
  static Map<String, Integer> build(Connection c) throws SQLException {
    Sql.inTransaction(c, () -> rebuild(c));
    Map<String, Integer> pairs = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT ka, kb, pair FROM pairs")) {
      while (r.next()) {
        pairs.put(r.getString(1) + " " + r.getString(2), r.getInt(3));
      }
    }
    return pairs;
  }

  private static void rebuild(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      // #4: a dyad is a number here: comparing integers is several times faster than comparing two keys
      s.execute("CREATE TABLE IF NOT EXISTS pairs (ka VARCHAR, kb VARCHAR, pair INTEGER)");
      s.execute("INSERT INTO pairs SELECT ka, kb, (SELECT coalesce(max(pair), 0) FROM pairs)"
          + " + row_number() OVER (ORDER BY ka, kb) FROM (SELECT DISTINCT least(source_key, target_key) AS ka,"
          + " greatest(source_key, target_key) AS kb FROM store.events EXCEPT SELECT ka, kb FROM pairs)");
      s.execute("CREATE OR REPLACE TABLE ev AS SELECT p.pair, e.* FROM (SELECT id,"
          + " least(source_key, target_key) AS ka, greatest(source_key, target_key) AS kb, event_date, date_precision,"
          + " quad_class, goldstein, source_key, target_key, source, target, code, root, mode FROM store.events) e"
          + " JOIN pairs p ON p.ka IS NOT DISTINCT FROM e.ka AND p.kb IS NOT DISTINCT FROM e.kb ORDER BY p.pair, e.event_date NULLS LAST, e.id");
      s.execute("CREATE OR REPLACE TABLE timeline AS SELECT ev.*, lower(e.evidence) AS words FROM ev"
          + " JOIN store.events e ON e.id = ev.id ORDER BY ev.event_date NULLS LAST, ev.id");
      s.execute("CREATE OR REPLACE TABLE dyads AS SELECT ka AS a, kb AS b, count(*) AS n,"
          + " count(*) FILTER (WHERE quad_class <= 2) AS coop, count(*) FILTER (WHERE quad_class >= 3) AS conf,"
          + " avg(goldstein) AS g FROM ev WHERE ka <> kb GROUP BY ka, kb");
      // an event within one actor counts once for it
      s.execute("CREATE OR REPLACE TABLE actor_words AS SELECT k, t, count(*) AS n FROM (SELECT source_key AS k,"
          + " source_text AS t FROM store.events UNION ALL SELECT target_key, target_text FROM store.events"
          + " WHERE target_key <> source_key) GROUP BY k, t");
      s.execute("CREATE OR REPLACE TABLE actors AS SELECT k, sum(n) AS n FROM actor_words GROUP BY k");
    }
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
