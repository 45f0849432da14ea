package org.detente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.detente.core.ActorCode;
import org.detente.core.Article;
import org.detente.core.CodedArticle;
import org.detente.core.CodedEvent;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a batch of coded documents into the store's tables, inside the caller's open transaction: earlier
 * versions of the documents (with their events) and rejects of their origins are removed, then the rows go
 * through DuckDB's appender straight into {@code documents} and {@code events}. Rows an appender adds belong to
 * the connection's transaction, so a rollback discards them with the rest.
 *
 * <p>#6: appending into the real tables, rather than into session tables copied over with INSERT ... SELECT,
 * writes each row once; event ids are taken from the sequence once per batch, and the removals that scan
 * {@code events} run only when a document of the batch is already stored.
 */
final class BatchWriter {
  private final Connection connection;
  private final Function<ActorCode, String> actorKey;
  private final String coderVersion;

  BatchWriter(Connection connection, Function<ActorCode, String> actorKey, String coderVersion) {
    this.connection = connection;
    this.actorKey = actorKey;
    this.coderVersion = coderVersion;
  }

  /**
   * Creates this connection's session table of the batch's keys; outside a transaction, so that a batch
   * rolled back does not take the table with it.
   */
  void prepare() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TEMP TABLE IF NOT EXISTS batch_keys (id VARCHAR, origin VARCHAR)");
    }
  }

  /** Writes {@code documents} (distinct ids) for {@code run}; the caller commits or rolls back. */
  void write(List<CodedArticle> documents, long run) throws SQLException {
    DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM batch_keys");
    }
    try (DuckDBAppender k = duck.createAppender("temp", "main", "batch_keys")) {
      for (CodedArticle c : documents) {
        k.beginRow().append(c.article().id().value()).append(c.article().origin()).endRow();
      }
    }
    try (Statement s = connection.createStatement()) {
      s.execute("DELETE FROM rejects WHERE origin IN (SELECT origin FROM batch_keys)");
      if (deletedEarlierVersions(s)) {
        // without an index on events.doc_id this scans the table's doc_id column: only for documents coded again
        s.execute("DELETE FROM events WHERE doc_id IN (SELECT id FROM batch_keys)");
      }
    }
    int events = 0;
    for (CodedArticle c : documents) {
      events += c.events().size();
    }
    long[] ids = new long[events];
    LocalDateTime now = reserveIds(ids);
    try (DuckDBAppender d = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "documents");
        DuckDBAppender e = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events")) {
      int next = 0;
      for (CodedArticle coded : documents) {
        appendDocument(d, coded, run, now);
        for (CodedEvent x : coded.events()) {
          appendEvent(e, ids[next++], x);
        }
      }
    }
  }

  /** Removes the stored versions of the batch's documents, and tells whether there were any. */
  private static boolean deletedEarlierVersions(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("DELETE FROM documents WHERE id IN (SELECT id FROM batch_keys) RETURNING id")) {
      return r.next();
    }
  }

  /**
   * Fills {@code ids} with new event ids from the store's sequence, in one statement, and returns the
   * transaction's start time (what the column default {@code current_timestamp} of an INSERT gives).
   */
  private LocalDateTime reserveIds(long[] ids) throws SQLException {
    String now = "SELECT CAST(current_timestamp AS TIMESTAMP)";
    try (PreparedStatement p = connection.prepareStatement(ids.length == 0 ? now + ", NULL"
        : now + ", nextval('event_ids') FROM range(?)")) {
      if (ids.length > 0) {
        p.setLong(1, ids.length);
      }
      LocalDateTime time = null;
      int rows = 0;
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          time = r.getObject(1, LocalDateTime.class);
          if (rows < ids.length) {
            ids[rows] = r.getLong(2);
          }
          rows++;
        }
      }
      if (time == null || rows != Math.max(ids.length, 1)) {
        throw new IllegalStateException("asked the sequence event_ids for " + ids.length + " ids, got " + rows + " rows");
      }
      return time;
    }
  }

  private void appendDocument(DuckDBAppender d, CodedArticle coded, long run, LocalDateTime now) throws SQLException {
    Article a = coded.article();
    d.beginRow().append(a.id().value()).append(a.sha256()).append(a.origin());
    appendDate(d, a.published());
    appendText(d, a.title());
    appendText(d, a.source());
    appendText(d, a.url());
    d.append(a.text()).append(coded.sentences()).append(coded.events().size()).append(run).append(coderVersion)
        .append(now).endRow();
  }

  private void appendEvent(DuckDBAppender e, long id, CodedEvent x) throws SQLException {
    e.beginRow().append(id).append(x.doc().value()).append(x.sentence()).append(x.evidence()).append(x.start())
        .append(x.end());
    appendText(e, x.source().map(ActorCode::value));
    appendText(e, x.source().map(s -> x.sourceText()));
    appendText(e, x.source().map(actorKey));
    appendText(e, x.target().map(ActorCode::value));
    appendText(e, x.target().map(t -> x.targetText()));
    appendText(e, x.target().map(actorKey));
    e.append(x.code().value()).append(x.code().rootCode()).append(x.quadClass().number()).append(x.goldstein())
        .append(x.plover());
    appendDate(e, x.date().map(t -> t.value()));
    appendText(e, x.date().map(t -> t.precision().label()));
    e.append(x.mode().label());
    appendText(e, x.location());
    e.append(x.trigger()).append(x.confidence()).append(coderVersion).endRow();
  }

  private static void appendText(DuckDBAppender a, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      a.append(v.get());
    } else {
      a.appendNull();
    }
  }

  private static void appendDate(DuckDBAppender a, Optional<LocalDate> v) throws SQLException {
    if (v.isPresent()) {
      a.append(v.get());
    } else {
      a.appendNull();
    }
  }
}
