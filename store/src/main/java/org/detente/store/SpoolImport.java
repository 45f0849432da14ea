package org.detente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Imports the spool's batches into the store, on a connection whose default database is the store: each
 * batch in one transaction (its documents replace earlier versions with their events, its rejects replace
 * earlier ones, a finished run gets a run id of the store), then the list of stored documents is rewritten,
 * then the imported files are deleted. A process killed after a commit and before the delete imports the
 * batch again next time, which changes nothing: documents and rejects replace themselves.
 */
final class SpoolImport {
  private SpoolImport() {}

  /**
   * Imports every pending batch.
   *
   * @param writeCoded whether to rewrite the spool's list of stored documents (a server does, for coding
   *     runs that skip what is stored)
   * @return how many batches were imported
   */
  static int importPending(Connection c, Spool spool, boolean writeCoded) throws SQLException {
    for (Path stale : spool.abandoned()) {
      delete(stale);
    }
    List<Path> batches = spool.pending();
    if (batches.isEmpty()) {
      return 0;
    }
    for (Path batch : batches) {
      importBatch(c, batch);
    }
    if (writeCoded) {
      writeCoded(c, spool);
    }
    for (Path batch : batches) {
      delete(batch);
    }
    return batches.size();
  }

  private static void importBatch(Connection c, Path batch) throws SQLException {
    try (Statement s = c.createStatement()) {
      // a path is no value a statement can take as a parameter: it is quoted as an SQL string instead
      s.execute("ATTACH '" + batch.toString().replace("'", "''") + "' AS spooled (READ_ONLY)");
      try {
        Sql.inTransaction(c, () -> {
          s.execute("DELETE FROM events WHERE doc_id IN (SELECT id FROM spooled.documents)");
          s.execute("DELETE FROM rejects WHERE origin IN (SELECT origin FROM spooled.documents)"
              + " OR origin IN (SELECT origin FROM spooled.rejects)");
          s.execute("DELETE FROM documents WHERE id IN (SELECT id FROM spooled.documents)");
          s.execute("INSERT INTO documents SELECT * REPLACE (CAST(NULL AS BIGINT) AS run_id) FROM spooled.documents");
          s.execute("INSERT INTO events SELECT * REPLACE (nextval('event_ids') AS id) FROM spooled.events ORDER BY id");
          s.execute("INSERT INTO rejects SELECT * REPLACE (CAST(NULL AS BIGINT) AS run_id) FROM spooled.rejects");
          s.execute("INSERT INTO runs SELECT * REPLACE (nextval('run_ids') AS id) FROM spooled.runs"
              + " WHERE finished IS NOT NULL");
        });
      } finally {
        s.execute("DETACH spooled");
      }
    } catch (SQLException e) {
      throw new SQLException("cannot import the spooled batch " + batch + ": " + e.getMessage(), e);
    }
  }

  /** Rewrites the spool's list of the documents in the store. */
  static void writeCoded(Connection c, Spool spool) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, sha256 FROM documents")) {
      while (r.next()) {
        keys.add(Spool.key(r.getString(1), r.getString(2)));
      }
    }
    spool.writeCoded(keys);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file + ": " + e.getMessage(), e);
    }
  }
}
