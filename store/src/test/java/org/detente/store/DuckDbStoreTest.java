package org.detente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.detente.core.Problem;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbStoreTest {
  @TempDir Path dir;

  private static Article article(String id, String sha) {
    return new Article(new ArticleId(id), "Japan met Russia. Russia accused Japan.", id + ".txt", sha,
        Optional.of(LocalDate.of(2015, 9, 26)), Optional.empty(), Optional.empty(), Optional.of("http://x/" + id));
  }

  private static CodedEvent event(String doc, String source, String target, String code, LocalDate day) {
    return new CodedEvent(new ArticleId(doc), 0, "Japan met Russia.", 0, 17, Optional.of(new ActorCode(source)), source,
        Optional.of(new ActorCode(target)), target, new CameoCode(code), 1.0, "CONSULT",
        Optional.of(new EventDate(day, DatePrecision.DAY)), Mode.ASSERTED, Optional.of("Moscow"), "met", 0.9);
  }

  private static DuckDbStore open(Path file) {
    return DuckDbStore.open(file, c -> c.country(), "test");
  }

  @Test
  void aCodedDocumentIsRecognisedByIdAndContentAndItsEventsReadBackOldestFirst() {
    Path file = dir.resolve("s.duckdb");
    try (DuckDbStore s = open(file)) {
      long run = s.beginRun();
      s.saveCodedAll(List.of(new CodedArticle(article("a", "h1"), 2, List.of(
          event("a", "RUSGOV", "JPN", "112", LocalDate.of(2015, 9, 24)),
          event("a", "JPNGOV", "RUS", "040", LocalDate.of(2015, 9, 21)),
          event("a", "USA", "CHN", "040", LocalDate.of(2015, 9, 1))))), run);
      s.finishRun(run, 1, 1, 0);
    }
    try (DuckDbStore s = open(file)) {
      assertThat(s.isCoded(new ArticleId("a"), "h1")).isTrue();
      assertThat(s.isCoded(new ArticleId("a"), "h2")).isFalse();
      List<StoredEvent> got = new ArrayList<>();
      s.events(EventQuery.dyad("RUS", "JPN"), got::add);
      assertThat(got).extracting(e -> e.event().code().value()).containsExactly("040", "112");
      assertThat(got.get(0).sourceKey()).isEqualTo("JPN");
      assertThat(got.get(0).url()).isEqualTo("http://x/a");
      assertThat(got.get(0).event().date()).contains(EventDate.ofDay(LocalDate.of(2015, 9, 21)));
      assertThat(got.get(0).event().location()).contains("Moscow");
    }
  }

  @Test
  void recodingADocumentReplacesItsEventsAndClearsItsReject() {
    try (DuckDbStore s = open(dir.resolve("r.duckdb"))) {
      long run = s.beginRun();
      s.saveRejected(new Rejection("a.txt", "a", new Problem(ProblemKind.NLP_FAILED, "a.txt: failed")), run);
      assertThat(s.rejects()).hasSize(1);
      s.saveCodedAll(List.of(new CodedArticle(article("a", "h1"), 2, List.of(event("a", "JPN", "RUS", "040", LocalDate.of(2015, 1, 1))))), run);
      s.saveCodedAll(List.of(new CodedArticle(article("a", "h2"), 2, List.of(event("a", "JPN", "RUS", "112", LocalDate.of(2015, 1, 1))))), run);
      assertThat(s.rejects()).isEmpty();
      assertThat(s.totals()).isEqualTo(new DuckDbStore.Totals(1, 1, 0));
      List<StoredEvent> got = new ArrayList<>();
      s.events(EventQuery.all(), got::add);
      assertThat(got).extracting(e -> e.event().code().value()).containsExactly("112");
    }
  }

  @Test
  void aBulkSaveReplacesEarlierVersionsClearsTheirRejectsAndGivesEveryEventItsOwnId() {
    try (DuckDbStore s = open(dir.resolve("bulk.duckdb"))) {
      long run = s.beginRun();
      s.saveRejected(new Rejection("b.txt", "b", new Problem(ProblemKind.NLP_FAILED, "b.txt: failed")), run);
      s.saveCodedAll(List.of(new CodedArticle(article("a", "h1"), 2, List.of(event("a", "JPN", "RUS", "040", LocalDate.of(2015, 1, 1))))), run);
      s.saveCodedAll(List.of(
          new CodedArticle(article("a", "h2"), 2, List.of(event("a", "JPN", "RUS", "112", LocalDate.of(2015, 1, 2)),
              event("a", "RUS", "JPN", "112", LocalDate.of(2015, 1, 3)))),
          new CodedArticle(article("b", "h3"), 2, List.of(event("b", "USA", "CHN", "040", LocalDate.of(2015, 1, 4))))), run);
      assertThat(s.totals()).isEqualTo(new DuckDbStore.Totals(2, 3, 0));
      assertThat(s.isCoded(new ArticleId("a"), "h2")).isTrue();
      List<StoredEvent> got = new ArrayList<>();
      s.events(EventQuery.all(), got::add);
      assertThat(got).extracting(e -> e.event().code().value()).containsExactly("112", "112", "040");
      assertThat(got).extracting(StoredEvent::id).doesNotHaveDuplicates();
      assertThat(got.get(2).event().location()).contains("Moscow");
      assertThat(got.get(2).url()).isEqualTo("http://x/b");
    }
  }

  @Test
  void aBulkSaveRefusesTheSameDocumentTwice() {
    try (DuckDbStore s = open(dir.resolve("twice.duckdb"))) {
      CodedArticle a = new CodedArticle(article("a", "h1"), 1, List.of());
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.saveCodedAll(List.of(a, a), 1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("document a is given twice");
    }
  }

  @Test
  void retryingDropsOnlyTheRejectsTheRetryRunDidNotRecordAgain() {
    try (DuckDbStore s = open(dir.resolve("retry.duckdb"))) {
      long first = s.beginRun();
      s.saveRejected(new Rejection("a.txt", "a", new Problem(ProblemKind.EMPTY, "a.txt: empty")), first);
      s.saveRejected(new Rejection("b.txt", "b", new Problem(ProblemKind.EMPTY, "b.txt: empty")), first);
      s.saveRejected(new Rejection("c.txt", "c", new Problem(ProblemKind.EMPTY, "c.txt: empty")), first);
      long retry = s.beginRun();
      s.saveRejected(new Rejection("b.txt", "b", new Problem(ProblemKind.NOT_TEXT, "b.txt: binary")), retry);
      s.dropRejectsNotFrom(retry, List.of("a.txt", "b.txt"));
      assertThat(s.rejects()).extracting(StoredReject::origin, StoredReject::kind)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("b.txt", ProblemKind.NOT_TEXT),
              org.assertj.core.groups.Tuple.tuple("c.txt", ProblemKind.EMPTY));
      assertThat(s.documentOrigin(new ArticleId("a"))).isEmpty();
      s.saveCodedAll(List.of(new CodedArticle(article("a", "h1"), 1, List.of())), retry);
      assertThat(s.documentOrigin(new ArticleId("a"))).contains("a.txt");
    }
  }

  @Test
  void aBulkSaveThatFailsMidwayLeavesTheStoreAsItWas() {
    // the failure comes after more than one appender chunk (2,048 rows) went into the tables: a rollback
    // must discard appended rows too, and keep what the batch would have replaced or cleared
    java.util.function.Function<ActorCode, String> failing = c -> {
      if (c.value().equals("ZZZ")) {
        throw new IllegalStateException("no scoring key for ZZZ");
      }
      return c.country();
    };
    try (DuckDbStore s = DuckDbStore.open(dir.resolve("fail.duckdb"), failing, "test")) {
      long run = s.beginRun();
      s.saveCodedAll(List.of(new CodedArticle(article("a", "h1"), 2, List.of(event("a", "JPN", "RUS", "040", LocalDate.of(2015, 1, 1))))), run);
      s.saveRejected(new Rejection("b.txt", "b", new Problem(ProblemKind.NLP_FAILED, "b.txt: failed")), run);
      List<CodedArticle> batch = new ArrayList<>();
      batch.add(new CodedArticle(article("a", "h2"), 2, List.of(event("a", "RUS", "JPN", "112", LocalDate.of(2015, 1, 2)))));
      batch.add(new CodedArticle(article("b", "h3"), 2, events("b", 3000, "USA")));
      batch.add(new CodedArticle(article("c", "h4"), 2, events("c", 10, "ZZZ")));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.saveCodedAll(batch, run))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("ZZZ");

      assertThat(s.totals()).isEqualTo(new DuckDbStore.Totals(1, 1, 1));
      assertThat(s.isCoded(new ArticleId("a"), "h1")).isTrue();
      List<StoredEvent> got = new ArrayList<>();
      s.events(EventQuery.all(), got::add);
      assertThat(got).extracting(e -> e.event().code().value()).containsExactly("040");
      assertThat(s.rejects()).extracting(StoredReject::origin).containsExactly("b.txt");

      // the connection is usable again, and the next batch is stored whole
      s.saveCodedAll(batch.subList(0, 2), run);
      assertThat(s.totals()).isEqualTo(new DuckDbStore.Totals(2, 3001, 0));
    }
  }

  @Test
  void eventIdsStayUniqueAcrossBatchesReplacementsAndReopening() {
    Path file = dir.resolve("ids.duckdb");
    List<Long> ids = new ArrayList<>();
    try (DuckDbStore s = open(file)) {
      long run = s.beginRun();
      s.saveCodedAll(List.of(new CodedArticle(article("a", "h1"), 2, events("a", 5, "USA")),
          new CodedArticle(article("b", "h1"), 2, events("b", 5, "USA"))), run);
      s.saveCodedAll(List.of(new CodedArticle(article("a", "h2"), 2, events("a", 4, "USA"))), run);
      s.events(EventQuery.all(), e -> ids.add(e.id()));
    }
    try (DuckDbStore s = open(file)) {
      long run = s.beginRun();
      s.saveCodedAll(List.of(new CodedArticle(article("c", "h1"), 2, events("c", 3, "USA"))), run);
      ids.clear();
      s.events(EventQuery.all(), e -> ids.add(e.id()));
      List<StoredEvent> a = new ArrayList<>();
      s.events(new EventQuery(Optional.empty(), Optional.of("a")), a::add);
      assertThat(a).hasSize(4).allSatisfy(e -> assertThat(e.event().doc().value()).isEqualTo("a"));
    }
    assertThat(ids).hasSize(12).doesNotHaveDuplicates();
  }

  @Test
  void anEmptyBulkSaveStoresNothing() {
    try (DuckDbStore s = open(dir.resolve("empty.duckdb"))) {
      s.saveCodedAll(List.of(), s.beginRun());
      assertThat(s.totals()).isEqualTo(new DuckDbStore.Totals(0, 0, 0));
    }
  }

  private static List<CodedEvent> events(String doc, int n, String source) {
    List<CodedEvent> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(event(doc, source, "CHN", "040", LocalDate.of(2015, 1, 1).plusDays(i % 300)));
    }
    return out;
  }
}
