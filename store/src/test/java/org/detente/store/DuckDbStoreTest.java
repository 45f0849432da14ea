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
}
