package org.detente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.core.ActorCode;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.CameoCode;
import org.detente.core.CodedArticle;
import org.detente.core.CodedEvent;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stores written by an earlier schema are brought up to date when opened, and keep their data. */
class DuckDbStoreMigrationTest {
  @TempDir Path dir;

  /** The tables of schema version 1, as its {@code DuckDbStore} created them, with one document of two events. */
  private static void writeVersion1(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
      s.execute("CREATE SEQUENCE run_ids START 1");
      s.execute("CREATE SEQUENCE event_ids START 1");
      s.execute("CREATE TABLE runs (id BIGINT PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP,"
          + " documents_in BIGINT, coded BIGINT, rejected BIGINT, coder_version VARCHAR)");
      s.execute("CREATE TABLE documents (id VARCHAR PRIMARY KEY, sha256 VARCHAR NOT NULL,"
          + " origin VARCHAR NOT NULL, published DATE, title VARCHAR, source VARCHAR, url VARCHAR,"
          + " text VARCHAR NOT NULL, sentences INTEGER NOT NULL, events INTEGER NOT NULL, run_id BIGINT,"
          + " coder_version VARCHAR, coded_at TIMESTAMP DEFAULT current_timestamp)");
      s.execute("CREATE TABLE events (id BIGINT PRIMARY KEY, doc_id VARCHAR NOT NULL,"
          + " sentence INTEGER, evidence VARCHAR, start_offset INTEGER, end_offset INTEGER,"
          + " source VARCHAR, source_text VARCHAR, source_key VARCHAR, target VARCHAR, target_text VARCHAR,"
          + " target_key VARCHAR, code VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR,"
          + " event_date DATE, date_precision VARCHAR, mode VARCHAR, location VARCHAR, trigger_word VARCHAR,"
          + " confidence DOUBLE, coder_version VARCHAR)");
      s.execute("CREATE INDEX events_doc ON events (doc_id)");
      s.execute("CREATE TABLE rejects (origin VARCHAR PRIMARY KEY, doc_id VARCHAR, kind VARCHAR,"
          + " message VARCHAR, run_id BIGINT, rejected_at TIMESTAMP DEFAULT current_timestamp)");
      s.execute("INSERT INTO meta VALUES ('schema_version', '1')");
      s.execute("INSERT INTO documents (id, sha256, origin, published, text, sentences, events)"
          + " VALUES ('old', 'h0', 'old.txt', DATE '2015-09-26', 'Japan met Russia. Russia met Japan.', 2, 2)");
      for (String[] k : new String[][] {{"JPN", "RUS", "2015-09-21"}, {"RUS", "JPN", "2015-09-22"}}) {
        s.execute("INSERT INTO events (id, doc_id, sentence, evidence, start_offset, end_offset, source, source_text,"
            + " source_key, target, target_text, target_key, code, root, quad_class, goldstein, plover, event_date,"
            + " date_precision, mode, trigger_word, confidence, coder_version) VALUES (nextval('event_ids'), 'old', 0,"
            + " 'Japan met Russia.', 0, 17, '" + k[0] + "', '" + k[0] + "', '" + k[0] + "', '" + k[1] + "', '" + k[1]
            + "', '" + k[1] + "', '040', '04', 1, 1.0, 'CONSULT', DATE '" + k[2] + "', 'day', 'asserted', 'met', 0.9,"
            + " 'v1')");
      }
    }
  }

  private static List<String> indexes(Path file) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT index_name FROM duckdb_indexes() ORDER BY index_name")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static String version(Path file) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
      r.next();
      return r.getString(1);
    }
  }

  private static DuckDbStore open(Path file) {
    return DuckDbStore.open(file, ActorCode::country, "test");
  }

  @Test
  void aVersion1StoreLosesTheDocumentIndexAndKeepsItsEvents() throws SQLException {
    Path file = dir.resolve("v1.duckdb");
    writeVersion1(file);
    assertThat(indexes(file)).contains("events_doc");

    try (DuckDbStore s = open(file)) {
      assertThat(s.totals()).isEqualTo(new DuckDbStore.Totals(1, 2, 0));
      List<StoredEvent> got = new ArrayList<>();
      s.events(new EventQuery(Optional.empty(), Optional.of("old")), got::add);
      assertThat(got).extracting(StoredEvent::sourceKey).containsExactly("JPN", "RUS");
      // new events take ids after the old ones, and a document coded again replaces the old version
      CodedEvent e = new CodedEvent(new ArticleId("old"), 0, "Japan met Russia.", 0, 17, Optional.of(new ActorCode("JPN")), "Japan",
          Optional.of(new ActorCode("CHN")), "China", new CameoCode("040"), 1.0, "CONSULT",
          Optional.of(new EventDate(LocalDate.of(2015, 9, 23), DatePrecision.DAY)), Mode.ASSERTED, Optional.empty(),
          "met", 0.9);
      Article a = new Article(new ArticleId("old"), "Japan met China.", "old.txt", "h1", Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty());
      s.saveCodedAll(List.of(new CodedArticle(a, 1, List.of(e))), s.beginRun());
      got.clear();
      s.events(EventQuery.all(), got::add);
      assertThat(got).extracting(StoredEvent::targetKey).containsExactly("CHN");
      assertThat(got.get(0).id()).isGreaterThan(2);
    }
    assertThat(indexes(file)).doesNotContain("events_doc");
    assertThat(version(file)).isEqualTo("2");

    try (DuckDbStore s = open(file)) {
      assertThat(s.totals()).isEqualTo(new DuckDbStore.Totals(1, 1, 0));
    }
    assertThat(version(file)).isEqualTo("2");
  }

  @Test
  void aNewStoreRecordsTheCurrentVersionAndHasNoDocumentIndex() throws SQLException {
    Path file = dir.resolve("new.duckdb");
    try (DuckDbStore s = open(file)) {
      assertThat(s.totals()).isEqualTo(new DuckDbStore.Totals(0, 0, 0));
    }
    assertThat(version(file)).isEqualTo("2");
    assertThat(indexes(file)).doesNotContain("events_doc");
  }

  @Test
  void aStoreOfANewerSchemaIsRefusedWithBothVersions() throws SQLException {
    Path file = dir.resolve("future.duckdb");
    try (DuckDbStore s = open(file)) {
      assertThat(s.totals().events()).isZero();
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
      s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    }
    assertThatThrownBy(() -> open(file)).isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99").hasMessageContaining("(2)");
  }
}
