package org.detente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.detente.core.ActorCode;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.CameoCode;
import org.detente.core.CodedArticle;
import org.detente.core.CodedEvent;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events with only a source ("Chile protested") or only a target ("two Chilean sailors were hurt"). */
class OneActorEventTest {
  @TempDir Path dir;

  private static final String TEXT = "Two Chilean sailors were hurt. Peru protested. Peru met Chile.";

  private static CodedEvent event(int sentence, int start, int end, Optional<String> source, Optional<String> target,
      String code) {
    return new CodedEvent(new ArticleId("d"), sentence, TEXT.substring(start, end), start, end,
        source.map(ActorCode::new), source.map(s -> "Peru").orElse(""), target.map(ActorCode::new),
        target.map(t -> "Chilean").orElse(""), new CameoCode(code), -1.0, "", Optional.of(EventDate.ofDay(LocalDate.of(2020, 3, 2))),
        Mode.ASSERTED, Optional.empty(), "x", 0.5);
  }

  @Test
  void oneActorEventsRoundTripStayOutOfDyadsAndCountForTheirActor() {
    Path file = dir.resolve("one.duckdb");
    try (DuckDbStore s = DuckDbStore.open(file, ActorCode::country, "test")) {
      long run = s.beginRun();
      s.saveCodedAll(List.of(new CodedArticle(new Article(new ArticleId("d"), TEXT, "d.txt", "sha",
          Optional.of(LocalDate.of(2020, 3, 3)), Optional.empty(), Optional.empty(), Optional.empty()), 3, List.of(
              event(0, 0, 30, Optional.empty(), Optional.of("CHLMIL"), "190"),
              event(1, 31, 46, Optional.of("PER"), Optional.empty(), "110"),
              event(2, 47, 62, Optional.of("PER"), Optional.of("CHL"), "040")))), run);
      s.finishRun(run, 1, 1, 0);
    }
    try (StoreReader reader = StoreReader.open(file, 1)) {
      List<StoredEvent> all = new ArrayList<>();
      reader.forEach(EventFilter.all(), all::add);
      StoredEvent hurt = all.stream().filter(e -> e.event().sentence() == 0).findFirst().orElseThrow();
      assertThat(hurt.event().source()).isEmpty();
      assertThat(hurt.event().sourceText()).isEmpty();
      assertThat(hurt.sourceKey()).isEmpty();
      assertThat(hurt.event().target()).contains(new ActorCode("CHLMIL"));
      assertThat(hurt.targetKey()).isEqualTo("CHL");
      StoredEvent protest = all.stream().filter(e -> e.event().sentence() == 1).findFirst().orElseThrow();
      assertThat(protest.event().target()).isEmpty();
      assertThat(protest.targetKey()).isEmpty();

      assertThat(reader.dyads(Optional.empty(), 10)).singleElement()
          .satisfies(d -> assertThat(List.of(d.a(), d.b(), Long.toString(d.events()))).containsExactly("CHL", "PER", "1"));
      assertThat(reader.actors("", Set.of(), 10, 3)).extracting(ActorCount::key, ActorCount::events)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("PER", 2L), org.assertj.core.groups.Tuple.tuple("CHL", 2L));
      assertThat(reader.actors("chilean", Set.of(), 10, 3)).extracting(ActorCount::key).containsExactly("CHL");
    }
  }
}
