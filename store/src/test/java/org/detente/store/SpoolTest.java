package org.detente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/** A server owns the store; coding runs hand documents over through the spool (#5). */
class SpoolTest {
  @TempDir Path dir;

  private static CodedArticle doc(String id, String sha, String source, String target) {
    Article a = new Article(new ArticleId(id), source + " met " + target + ".", id + ".txt", sha,
        Optional.of(LocalDate.of(2015, 9, 26)), Optional.empty(), Optional.empty(), Optional.empty());
    CodedEvent e = new CodedEvent(new ArticleId(id), 0, source + " met " + target + ".", 0, 10, Optional.of(new ActorCode(source)), source,
        Optional.of(new ActorCode(target)), target, new CameoCode("040"), 1.0, "CONSULT",
        Optional.of(new EventDate(LocalDate.of(2015, 9, 21), DatePrecision.DAY)), Mode.ASSERTED, Optional.empty(), "met", 0.9);
    return new CodedArticle(a, 1, List.of(e));
  }

  private static DuckDbStore open(Path file) {
    return DuckDbStore.open(file, ActorCode::country, "test");
  }

  private static SpoolWriter writer(Path file) {
    return SpoolWriter.open(Spool.of(file), ActorCode::country, "test");
  }

  private Path storeWithOneDocument() {
    Path file = dir.resolve("s.duckdb");
    try (DuckDbStore s = open(file)) {
      s.saveCodedAll(List.of(doc("a", "h1", "JPN", "RUS")), s.beginRun());
    }
    return file;
  }

  @Test
  void aServerImportsSpooledBatchesWhileAnsweringAndCountsGrow() {
    Path file = storeWithOneDocument();
    try (StoreReader server = StoreReader.serve(file, 2)) {
      Spool spool = Spool.of(file);
      assertThat(spool.server()).isEmpty();
      spool.markServer();
      assertThat(spool.server()).contains(ProcessHandle.current().pid());
      assertThatThrownBy(() -> open(file)).as("the server owns the store").isInstanceOf(StoreException.class);

      SpoolWriter w = writer(file);
      assertThat(w.isCoded(new ArticleId("a"), "h1")).as("stored, from the server's list").isTrue();
      assertThat(w.isCoded(new ArticleId("a"), "h2")).as("changed content is coded again").isFalse();
      w.saveCodedAll(List.of(doc("b", "h2", "USA", "CHN"), doc("c", "h3", "JPN", "RUS")), w.beginRun());
      w.saveRejected(new Rejection("d.txt", "d", new Problem(ProblemKind.EMPTY, "d.txt: empty")), 0);
      assertThat(spool.pending()).hasSize(1);
      assertThat(w.isCoded(new ArticleId("b"), "h2")).isTrue();
      assertThat(server.totals().events()).as("not imported yet").isEqualTo(1);

      assertThat(server.absorb(spool)).isEqualTo(1);
      assertThat(spool.pending()).isEmpty();
      assertThat(server.totals()).isEqualTo(new DuckDbStore.Totals(3, 3, 0));
      assertThat(server.dyads(Optional.empty(), 10)).extracting(DyadCount::events).containsExactly(2L, 1L);
      assertThat(server.events(EventFilter.all().withDyad(new Dyad("CHN", "USA")), Optional.empty(), 10).events())
          .hasSize(1);

      w.finishRun(0, 4, 3, 1);
      assertThat(server.absorb(spool)).isEqualTo(1);
      assertThat(server.totals()).isEqualTo(new DuckDbStore.Totals(3, 3, 1));
      assertThat(writer(file).isCoded(new ArticleId("c"), "h3")).as("a new run reads the server's list").isTrue();
      spool.unmarkServer();
    }
  }

  /** What a reader answers, for comparing one kept up to date with one built afresh. */
  private static List<Object> answers(StoreReader r) {
    List<Object> out = new java.util.ArrayList<>();
    out.add(r.totals());
    out.add(r.dyads(Optional.empty(), 100));
    out.add(r.actors("", java.util.Set.of(), 100, 3).toString());
    for (DyadCount d : r.dyads(Optional.empty(), 100)) {
      EventFilter f = EventFilter.all().withDyad(new Dyad(d.a(), d.b()));
      out.add(r.events(f, Optional.empty(), 500).events().stream().map(e -> e.id() + " " + e.event()).toList());
      out.add(r.series(f, Interval.MONTH));
    }
    out.add(r.events(EventFilter.all().withText("met"), Optional.empty(), 500).events().stream().map(StoredEvent::id)
        .toList());
    return out;
  }

  @Test
  void aServerThatAppendsImportedEventsAnswersAsAReaderBuiltAfresh() {
    Path file = dir.resolve("many.duckdb");
    String[] keys = {"JPN", "RUS", "USA", "CHN", "FRA"};
    try (DuckDbStore s = open(file)) {
      List<CodedArticle> docs = new java.util.ArrayList<>();
      for (int i = 0; i < 40; i++) {
        docs.add(doc("d" + i, "h" + i, keys[i % 5], keys[(i + 1 + i / 5) % 5]));
      }
      s.saveCodedAll(docs, s.beginRun());
    }
    List<Object> served;
    try (StoreReader server = StoreReader.serve(file, 2)) {
      SpoolWriter w = writer(file);
      // new documents, one with a pair the store has not seen: appended
      w.saveCodedAll(List.of(doc("n1", "x1", "JPN", "RUS"), doc("n2", "x2", "DEU", "ITA")), 0);
      assertThat(server.absorb(Spool.of(file))).isEqualTo(1);
      assertThat(server.totals().events()).isEqualTo(42);
      assertThat(server.dyads(Optional.of("DEU"), 10)).extracting(DyadCount::events).containsExactly(1L);
      // a document coded again with other content: its old event goes, so the tables are rebuilt
      w.saveCodedAll(List.of(doc("d0", "changed", "GBR", "IRL")), 0);
      assertThat(server.absorb(Spool.of(file))).isEqualTo(1);
      assertThat(server.totals().events()).isEqualTo(42);
      // and more new ones after the rebuild: appended again
      w.saveCodedAll(List.of(doc("n3", "x3", "CHN", "USA")), 0);
      server.absorb(Spool.of(file));
      served = answers(server);
    }
    try (StoreReader fresh = StoreReader.open(file, 1)) {
      assertThat(served).isEqualTo(answers(fresh));
    }
  }

  @Test
  void aBatchImportedTwiceChangesNothingAndTheNextWriterImportsWhatAServerLeft() throws Exception {
    Path file = storeWithOneDocument();
    SpoolWriter w = writer(file);
    w.saveCodedAll(List.of(doc("b", "h2", "USA", "CHN")), 0);
    Path batch = Spool.of(file).pending().get(0);
    Path copy = dir.resolve("copy");
    Files.copy(batch, copy);
    try (DuckDbStore s = open(file)) {
      assertThat(s.totals()).as("imported on open, no server running").isEqualTo(new DuckDbStore.Totals(2, 2, 0));
    }
    // a server killed after its commit and before deleting the file imports it again
    Files.copy(copy, batch);
    try (DuckDbStore s = open(file)) {
      assertThat(s.totals()).isEqualTo(new DuckDbStore.Totals(2, 2, 0));
      assertThat(Spool.of(file).pending()).isEmpty();
    }
  }

  @Test
  void aBatchAWriterDidNotFinishIsNeverImportedAndIsCleanedUpOnceItsWriterIsGone() throws Exception {
    Path file = storeWithOneDocument();
    Spool spool = Spool.of(file);
    Files.createDirectories(spool.dir());
    // pid 1 lives, an unused pid does not: only the dead writer's file goes
    Path mine = spool.dir().resolve("batch-0000000000001-1-000000.tmp");
    Path dead = spool.dir().resolve("batch-0000000000001-" + Integer.MAX_VALUE + "-000000.tmp");
    Files.writeString(mine, "half a batch");
    Files.writeString(dead, "half a batch");
    try (DuckDbStore s = open(file)) {
      assertThat(s.totals().documents()).isEqualTo(1);
    }
    assertThat(mine).exists();
    assertThat(dead).doesNotExist();
  }
}
