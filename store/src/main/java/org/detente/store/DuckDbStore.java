package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.detente.core.ActorCode;
import org.detente.core.ArticleId;
import org.detente.core.CodedArticle;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;

/**
 * The embedded store, one DuckDB file. Documents are written in transactions of whole documents (rows, events,
 * and the removal of an earlier reject), so a run killed at any point leaves every document either fully
 * coded or not at all, and the next run codes only what is missing.
 *
 * <p>One process writes at a time (DuckDB's single-writer model); readers open their own connection. Opening
 * the store imports the batches waiting in its {@link Spool} (left by coding runs for a server that stopped).
 */
public final class DuckDbStore implements CodingTarget, AutoCloseable {
  private static final int SCHEMA_VERSION = 2;

  private final Connection connection;
  private final String coderVersion;
  private final BatchWriter writer;
  // #6: a coding run asks once per document; preparing the query each time cost about 0.7 ms of the reading thread
  private PreparedStatement codedQuery;

  private DuckDbStore(Connection connection, Function<ActorCode, String> actorKey, String coderVersion) {
    this.connection = connection;
    this.coderVersion = coderVersion;
    this.writer = new BatchWriter(connection, actorKey, coderVersion);
  }

  /**
   * Opens (creating if needed) the store at {@code file}.
   *
   * @param actorKey the scoring key of an actor code ("JPNGOV" gives "JPN"), stored with each event
   */
  public static DuckDbStore open(Path file, Function<ActorCode, String> actorKey, String coderVersion) {
    requireNonNull(file, "file");
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    } catch (SQLException e) {
      String hint = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("lock")
          ? " (another detente process has it open: a code or run writing to it, or a serve reading it; wait for"
              + " it or stop it, or use --db to pick another file)"
          : "";
      throw new StoreException("cannot open store " + file + ": " + e.getMessage() + hint, e);
    }
    try {
      DuckDbStore store = new DuckDbStore(c, requireNonNull(actorKey, "actorKey"), requireNonNull(coderVersion, "coderVersion"));
      store.migrate();
      store.writer.prepare();
      // #5: batches a coding run spooled for a server that is gone are imported by the next writer
      SpoolImport.importPending(c, Spool.of(file), false);
      return store;
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException x) {
        e.addSuppressed(x);
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates the tables of a new store, or brings an older store's schema up to {@link #SCHEMA_VERSION}:
   * version 1 had an index {@code events_doc} on {@code events (doc_id)}, which version 2 drops (#6: keeping it
   * up to date was most of the cost of a bulk write; reads by document scan the column instead).
   *
   * @throws StoreException if the store was written by a newer detente (a schema version above ours)
   */
  private void migrate() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
      s.execute("CREATE SEQUENCE IF NOT EXISTS run_ids START 1");
      s.execute("CREATE SEQUENCE IF NOT EXISTS event_ids START 1");
      s.execute("CREATE TABLE IF NOT EXISTS runs (id BIGINT PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP,"
          + " documents_in BIGINT, coded BIGINT, rejected BIGINT, coder_version VARCHAR)");
      s.execute("CREATE TABLE IF NOT EXISTS documents (id VARCHAR PRIMARY KEY, sha256 VARCHAR NOT NULL,"
          + " origin VARCHAR NOT NULL, published DATE, title VARCHAR, source VARCHAR, url VARCHAR,"
          + " text VARCHAR NOT NULL, sentences INTEGER NOT NULL, events INTEGER NOT NULL, run_id BIGINT,"
          + " coder_version VARCHAR, coded_at TIMESTAMP DEFAULT current_timestamp)");
      s.execute("CREATE TABLE IF NOT EXISTS events (id BIGINT PRIMARY KEY, doc_id VARCHAR NOT NULL,"
          + " sentence INTEGER, evidence VARCHAR, start_offset INTEGER, end_offset INTEGER,"
          + " source VARCHAR, source_text VARCHAR, source_key VARCHAR, target VARCHAR, target_text VARCHAR,"
          + " target_key VARCHAR, code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR,"
          + " event_date DATE, date_precision VARCHAR, mode VARCHAR, location VARCHAR, trigger_word VARCHAR,"
          + " confidence DOUBLE, coder_version VARCHAR)");
      s.execute("CREATE TABLE IF NOT EXISTS rejects (origin VARCHAR PRIMARY KEY, doc_id VARCHAR, kind VARCHAR,"
          + " message VARCHAR, run_id BIGINT, rejected_at TIMESTAMP DEFAULT current_timestamp)");
    }
    Optional<Integer> stored = schemaVersion();
    if (stored.isEmpty()) {
      try (PreparedStatement p = connection.prepareStatement("INSERT INTO meta VALUES ('schema_version', ?)")) {
        p.setString(1, Integer.toString(SCHEMA_VERSION));
        p.executeUpdate();
      }
      return;
    }
    int version = stored.get();
    if (version > SCHEMA_VERSION) {
      throw new StoreException("the store has schema version " + version + ", newer than this detente's ("
          + SCHEMA_VERSION + "): open it with the detente that wrote it, or a newer one");
    }
    if (version < 2) {
      Sql.inTransaction(connection, () -> {
        try (Statement s = connection.createStatement()) {
          s.execute("DROP INDEX IF EXISTS events_doc");
          s.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        }
      });
    }
  }

  /** The schema version the store records, if it records one (a new store does not yet). */
  private Optional<Integer> schemaVersion() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      if (!r.next()) {
        return Optional.empty();
      }
      String v = r.getString(1);
      try {
        return Optional.of(Integer.parseInt(v));
      } catch (NumberFormatException e) {
        throw new StoreException("the store's schema version is not a number: '" + v + "'", e);
      }
    }
  }

  /** Starts a run and returns its id. */
  @Override
  public long beginRun() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT nextval('run_ids')")) {
      r.next();
      long id = r.getLong(1);
      try (PreparedStatement p = connection.prepareStatement(
          "INSERT INTO runs (id, started, coder_version) VALUES (?, current_timestamp, ?)")) {
        p.setLong(1, id);
        p.setString(2, coderVersion);
        p.executeUpdate();
      }
      return id;
    } catch (SQLException e) {
      throw new StoreException("cannot start a run: " + e.getMessage(), e);
    }
  }

  @Override
  public void finishRun(long run, long in, long coded, long rejected) {
    try (PreparedStatement p = connection.prepareStatement(
        "UPDATE runs SET finished = current_timestamp, documents_in = ?, coded = ?, rejected = ? WHERE id = ?")) {
      p.setLong(1, in);
      p.setLong(2, coded);
      p.setLong(3, rejected);
      p.setLong(4, run);
      p.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("cannot finish run " + run + ": " + e.getMessage(), e);
    }
  }

  /** Whether this exact document (same id, same content) is already coded. */
  @Override
  public boolean isCoded(ArticleId id, String sha256) {
    try {
      if (codedQuery == null) {
        codedQuery = connection.prepareStatement("SELECT 1 FROM documents WHERE id = ? AND sha256 = ?");
      }
      codedQuery.setString(1, id.value());
      codedQuery.setString(2, sha256);
      try (ResultSet r = codedQuery.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up document " + id + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stores coded documents in one transaction (all or none), each replacing an earlier version of itself
   * (with its events) and clearing an earlier reject of its file. The rows go through DuckDB's appender
   * straight into the store's tables ({@link BatchWriter}): a coding run writes its documents in small batches
   * this way, bulk loads (the API benchmark's synthetic store) in large ones.
   *
   * @throws IllegalArgumentException if two of the documents have the same id
   */
  @Override
  public void saveCodedAll(List<CodedArticle> documents, long run) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (CodedArticle c : documents) {
      if (!ids.add(c.article().id().value())) {
        throw new IllegalArgumentException("document " + c.article().id() + " is given twice in one bulk save");
      }
    }
    inTransaction("store " + documents.size() + " documents", () -> writer.write(documents, run));
  }

  /** Records why a document was not coded (replacing an earlier reason for the same origin). */
  @Override
  public void saveRejected(Rejection r, long run) {
    inTransaction("store reject " + r.origin(), () -> {
      delete("DELETE FROM rejects WHERE origin = ?", r.origin());
      try (PreparedStatement p = connection.prepareStatement(
          "INSERT INTO rejects (origin, doc_id, kind, message, run_id) VALUES (?, ?, ?, ?, ?)")) {
        p.setString(1, r.origin());
        p.setString(2, r.id());
        p.setString(3, r.problem().kind().name());
        p.setString(4, r.problem().message());
        p.setLong(5, run);
        p.executeUpdate();
      }
    });
  }

  /**
   * Removes the rejects of these origins that the given run did not record again (#5, retrying rejects: a
   * document that now codes has lost its reject already; one that is still rejected has a row of this run).
   */
  public void dropRejectsNotFrom(long run, java.util.Collection<String> origins) {
    inTransaction("drop " + origins.size() + " retried rejects", () -> {
      try (PreparedStatement p = connection.prepareStatement("DELETE FROM rejects WHERE origin = ? AND run_id <> ?")) {
        for (String origin : origins) {
          p.setString(1, origin);
          p.setLong(2, run);
          p.executeUpdate();
        }
      }
    });
  }

  /** Where the stored document with this id came from, if one is stored. */
  public Optional<String> documentOrigin(ArticleId id) {
    try (PreparedStatement p = connection.prepareStatement("SELECT origin FROM documents WHERE id = ?")) {
      p.setString(1, id.value());
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up document " + id + ": " + e.getMessage(), e);
    }
  }

  public List<StoredReject> rejects() {
    List<StoredReject> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT origin, doc_id, kind, message FROM rejects ORDER BY origin")) {
      while (r.next()) {
        out.add(new StoredReject(r.getString(1), r.getString(2), ProblemKind.valueOf(r.getString(3)), r.getString(4)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot list rejects: " + e.getMessage(), e);
    }
    return out;
  }

  /** Counts of documents, events and rejects in the store. */
  public record Totals(long documents, long events, long rejects) {}

  public Totals totals() {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),"
            + " (SELECT count(*) FROM rejects)")) {
      r.next();
      return new Totals(r.getLong(1), r.getLong(2), r.getLong(3));
    } catch (SQLException e) {
      throw new StoreException("cannot count the store: " + e.getMessage(), e);
    }
  }

  /** Streams the matching events, oldest first (events without a date last). */
  public void events(EventQuery q, Consumer<StoredEvent> sink) {
    StringBuilder sql = new StringBuilder("SELECT e.*, coalesce(d.url, '') AS doc_url FROM events e JOIN documents d ON d.id = e.doc_id WHERE true");
    List<String> params = new ArrayList<>();
    q.dyad().ifPresent(d -> {
      sql.append(" AND ((source_key = ? AND target_key = ?) OR (source_key = ? AND target_key = ?))");
      params.addAll(List.of(d[0], d[1], d[1], d[0]));
    });
    q.doc().ifPresent(d -> {
      sql.append(" AND doc_id = ?");
      params.add(d);
    });
    sql.append(" ORDER BY event_date NULLS LAST, doc_id, sentence, e.id");
    try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        p.setString(i + 1, params.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          sink.accept(Rows.event(r));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read events: " + e.getMessage(), e);
    }
  }

  private void inTransaction(String what, Sql.Work work) {
    try {
      Sql.inTransaction(connection, work);
    } catch (SQLException e) {
      throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }
  }

  private void delete(String sql, String key) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setString(1, key);
      p.executeUpdate();
    }
  }

  private static void setText(PreparedStatement p, int i, Optional<String> v) throws SQLException {
    if (v.isPresent()) {
      p.setString(i, v.get());
    } else {
      p.setNull(i, Types.VARCHAR);
    }
  }

  private static void setDate(PreparedStatement p, int i, Optional<Date> v) throws SQLException {
    if (v.isPresent()) {
      p.setDate(i, v.get());
    } else {
      p.setNull(i, Types.DATE);
    }
  }

  @Override
  public void close() {
    try {
      if (codedQuery != null) {
        codedQuery.close();
      }
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store: " + e.getMessage(), e);
    }
  }
}
