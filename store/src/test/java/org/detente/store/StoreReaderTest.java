package org.detente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read side on a small store whose every event is written here. */
class StoreReaderTest {
  @TempDir static Path dir;
  private static StoreReader reader;

  private static final String TEXT = "Japan met Russia in Tokyo. Russia accused Japan. Moscow may sanction Tokyo.";

  private static CodedEvent event(String doc, int sentence, String source, String target, String code, double goldstein,
      Optional<EventDate> date, Mode mode) {
    int[][] spans = {{0, 26}, {27, 48}, {49, 75}};
    int start = spans[sentence][0];
    int end = spans[sentence][1];
    return new CodedEvent(new ArticleId(doc), sentence, TEXT.substring(start, end), start, end, Optional.of(new ActorCode(source)),
        source.startsWith("JPN") ? "Japan" : "Russia", Optional.of(new ActorCode(target)), target.startsWith("JPN") ? "Japan" : "Russia",
        new CameoCode(code), goldstein, "", date, mode, Optional.empty(), "met", 0.8);
  }

  private static Optional<EventDate> day(int y, int m, int d) {
    return Optional.of(EventDate.ofDay(LocalDate.of(y, m, d)));
  }

  private static CodedArticle doc(String id, List<CodedEvent> events) {
    return new CodedArticle(new Article(new ArticleId(id), TEXT, id + ".txt", "sha-" + id,
        Optional.of(LocalDate.of(2015, 9, 30)), Optional.of("Title " + id), Optional.of("Wire"), Optional.of("http://x/" + id)),
        3, events);
  }

  @BeforeAll
  static void fill() {
    Path file = dir.resolve("r.duckdb");
    try (DuckDbStore s = DuckDbStore.open(file, ActorCode::country, "test")) {
      long run = s.beginRun();
      s.saveCodedAll(List.of(
          doc("a", List.of(
              event("a", 0, "JPNGOV", "RUS", "042", 1.9, day(2015, 9, 7), Mode.ASSERTED),
              event("a", 1, "RUS", "JPN", "112", -2.0, day(2015, 9, 8), Mode.ASSERTED),
              event("a", 2, "RUSGOV", "JPN", "163", -8.0, day(2015, 9, 20), Mode.HYPOTHETICAL))),
          doc("b", List.of(
              event("b", 0, "JPN", "RUSGOV", "0361", 4.0, Optional.of(new EventDate(LocalDate.of(2015, 9, 1), DatePrecision.MONTH)),
                  Mode.FUTURE),
              event("b", 1, "RUS", "JPN", "112", -2.0, day(2015, 10, 3), Mode.NEGATED),
              event("b", 0, "JPN", "RUS", "040", 1.0, Optional.empty(), Mode.ASSERTED),
              event("b", 1, "USA", "CHN", "040", 1.0, day(2016, 1, 4), Mode.ASSERTED),
              event("b", 1, "RUS", "RUSMIL", "040", 1.0, day(2016, 1, 4), Mode.ASSERTED)))), run);
      s.finishRun(run, 2, 2, 0);
    }
    reader = StoreReader.open(file, 2);
  }

  @AfterAll
  static void close() {
    reader.close();
  }

  @Test
  void dyadsCountBothDirectionsAndLeaveOutEventsWithinOneActor() {
    List<DyadCount> dyads = reader.dyads(Optional.empty(), 10);
    assertThat(dyads).containsExactly(
        new DyadCount("JPN", "RUS", 6, 3, 3, (1.9 - 2.0 - 8.0 + 4.0 - 2.0 + 1.0) / 6),
        new DyadCount("CHN", "USA", 1, 1, 0, 1.0));
    assertThat(reader.dyads(Optional.of("USA"), 10)).extracting(DyadCount::a).containsExactly("CHN");
    assertThat(reader.dyads(Optional.empty(), 1)).hasSize(1);
  }

  @Test
  void aSeriesCountsEachPeriodByQuadClassAndSaysWhatIsImpreciseOrUndated() {
    Series months = reader.series(EventFilter.all().withDyad(new Dyad("RUS", "JPN")), Interval.MONTH);
    assertThat(months.undated()).isEqualTo(1);
    assertThat(months.periods()).extracting(PeriodCount::start)
        .containsExactly(LocalDate.of(2015, 9, 1), LocalDate.of(2015, 10, 1));
    PeriodCount sep = months.periods().get(0);
    assertThat(sep.events()).isEqualTo(4);
    assertThat(List.of(sep.verbalCooperation(), sep.materialCooperation(), sep.verbalConflict(), sep.materialConflict()))
        .containsExactly(2L, 0L, 1L, 1L);
    assertThat(sep.imprecise()).isZero();

    Series weeks = reader.series(EventFilter.all().withDyad(new Dyad("JPN", "RUS")), Interval.WEEK);
    assertThat(weeks.periods()).extracting(PeriodCount::start).containsExactly(LocalDate.of(2015, 8, 31),
        LocalDate.of(2015, 9, 7), LocalDate.of(2015, 9, 14), LocalDate.of(2015, 9, 28));
    assertThat(weeks.periods().get(0).imprecise()).as("the month-dated event in the week of the 1st").isEqualTo(1);

    Series bounded = reader.series(
        EventFilter.all().withDyad(new Dyad("JPN", "RUS")).withFrom(LocalDate.of(2015, 9, 8)).withTo(LocalDate.of(2015, 9, 30)),
        Interval.YEAR);
    assertThat(bounded.periods()).singleElement().satisfies(p -> assertThat(p.events()).isEqualTo(2));
  }

  @Test
  void pagesFollowOneAnotherWithoutGapsOrRepeatsAndEndWithTheUndated() {
    List<StoredEvent> all = new ArrayList<>();
    reader.forEach(EventFilter.all(), all::add);
    assertThat(all).hasSize(8);
    assertThat(all.get(all.size() - 1).event().date()).isEmpty();

    List<StoredEvent> paged = new ArrayList<>();
    Optional<EventCursor> cursor = Optional.empty();
    int pages = 0;
    do {
      EventPage page = reader.events(EventFilter.all(), cursor, 3);
      paged.addAll(page.events());
      cursor = page.next();
      pages++;
    } while (cursor.isPresent());
    assertThat(pages).isEqualTo(3);
    assertThat(paged).extracting(StoredEvent::id).containsExactlyElementsOf(all.stream().map(StoredEvent::id).toList());
    assertThat(reader.events(EventFilter.all(), Optional.empty(), 8).next()).isEmpty();
  }

  @Test
  void filtersNarrowTheEvents() {
    EventFilter jr = EventFilter.all().withDyad(new Dyad("JPN", "RUS"));
    assertThat(codes(jr)).containsExactly("0361", "042", "112", "163", "112", "040");
    assertThat(codes(jr.withRoot("11"))).containsExactly("112", "112");
    assertThat(codes(jr.withCode("036"))).containsExactly("0361");
    assertThat(codes(jr.withMode(Mode.NEGATED))).containsExactly("112");
    assertThat(codes(jr.withFrom(LocalDate.of(2015, 9, 8)).withTo(LocalDate.of(2015, 9, 20)))).containsExactly("112", "163");
    assertThat(codes(jr.withText("SANCTION"))).containsExactly("163");
    assertThat(codes(EventFilter.all().withActor("USA"))).containsExactly("040");
    assertThat(codes(EventFilter.all().withActor("RUSMIL"))).containsExactly("040");
  }

  private static List<String> codes(EventFilter f) {
    return reader.events(f, Optional.empty(), 100).events().stream().map(e -> e.event().code().value()).toList();
  }

  @Test
  void aDocumentComesWithItsEventsInTextOrder() {
    StoredDocument a = reader.document("a").orElseThrow();
    assertThat(a.text()).isEqualTo(TEXT);
    assertThat(a.title()).contains("Title a");
    assertThat(a.published()).contains(LocalDate.of(2015, 9, 30));
    assertThat(reader.documentEvents("a")).extracting(e -> e.event().start()).containsExactly(0, 27, 49);
    assertThat(reader.document("nope")).isEmpty();
    long id = reader.documentEvents("a").get(1).id();
    assertThat(reader.event(id)).hasValueSatisfying(e -> assertThat(e.url()).isEqualTo("http://x/a"));
    assertThat(reader.event(999_999)).isEmpty();
  }

  @Test
  void actorsAreFoundByKeyByTheirWordsOrByGivenKeys() {
    assertThat(reader.actors("", Set.of(), 10, 2)).extracting(ActorCount::key, ActorCount::events)
        .startsWith(org.assertj.core.groups.Tuple.tuple("RUS", 7L), org.assertj.core.groups.Tuple.tuple("JPN", 6L));
    assertThat(reader.actors("japan", Set.of(), 10, 2)).singleElement().satisfies(a -> {
      assertThat(a.key()).isEqualTo("JPN");
      assertThat(a.events()).isEqualTo(6);
      assertThat(a.mentions()).containsExactly("Japan");
    });
    assertThat(reader.actors("united states", Set.of("USA"), 10, 2)).extracting(ActorCount::key).containsExactly("USA");
  }

  @Test
  void aMissingFileOrAForeignDatabaseIsRefusedWithTheReason() throws IOException {
    assertThatThrownBy(() -> StoreReader.open(dir.resolve("none.duckdb"), 1))
        .isInstanceOf(StoreException.class).hasMessageContaining("no store at").hasMessageContaining("none.duckdb");
    Path text = dir.resolve("text.duckdb");
    Files.writeString(text, "not a database", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> StoreReader.open(text, 1))
        .isInstanceOf(StoreException.class).hasMessageContaining("text.duckdb");
  }
}
