package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.core.ActorCode;
import org.detente.core.ArticleId;
import org.detente.core.CameoCode;
import org.detente.core.CodedEvent;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static GoldEvent gold(String s, String t, String root, List<String> alt, boolean sym, String date, boolean optional) {
    return new GoldEvent("d", s, t, root, alt, sym, Optional.ofNullable(date).map(x -> EventDate.parse(x, DatePrecision.DAY)),
        Mode.ASSERTED, optional, "made up");
  }

  private static Prediction predicted(String s, String t, String code, String day, Mode mode) {
    CodedEvent e = new CodedEvent(new ArticleId("d"), 0, "x", 0, 1, Optional.of(new ActorCode(s + "GOV")), s, Optional.of(new ActorCode(t)), t,
        new CameoCode(code), 0, "", Optional.of(EventDate.ofDay(LocalDate.parse(day))), mode, Optional.empty(), "v", 0.9);
    return new Prediction(e, s, t);
  }

  @Test
  void symmetricGoldMatchesEitherDirectionAndAltRootsCount() {
    List<GoldEvent> g = List.of(gold("JPN", "RUS", "04", List.of("03"), true, "2015-09", false));
    Scorer.Report r = Scorer.score(g, List.of(predicted("RUS", "JPN", "036", "2015-09-21", Mode.ASSERTED)));
    assertThat(r.recall()).isEqualTo(1.0);
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.dateAccuracy()).isEqualTo(1.0);
    assertThat(r.modeAccuracy()).isEqualTo(1.0);
  }

  @Test
  void directedGoldDoesNotMatchTheReverseDirection() {
    List<GoldEvent> g = List.of(gold("JPN", "RUS", "16", List.of(), false, null, false));
    Scorer.Report r = Scorer.score(g, List.of(predicted("RUS", "JPN", "163", "2014-03-01", Mode.ASSERTED)));
    assertThat(r.recall()).isZero();
    assertThat(r.precision()).isZero();
    assertThat(r.missed()).hasSize(1);
    assertThat(r.unmatched()).hasSize(1);
  }

  @Test
  void optionalGoldNeverHurtsAndSameCountryEventsAreNotScored() {
    List<GoldEvent> g = List.of(
        gold("JPN", "RUS", "04", List.of(), true, "2015-09-21", false),
        gold("USA", "CHN", "11", List.of(), false, null, true));
    Scorer.Report r = Scorer.score(g, List.of(
        predicted("JPN", "RUS", "042", "2015-09-22", Mode.FUTURE),
        predicted("USA", "CHN", "112", "2015-09-22", Mode.ASSERTED),
        predicted("JPN", "JPN", "010", "2015-09-22", Mode.ASSERTED)));
    assertThat(r.requiredGold()).isEqualTo(1);
    assertThat(r.scoredPredictions()).isEqualTo(2);
    assertThat(r.precision()).isEqualTo(1.0);
    assertThat(r.f1()).isEqualTo(1.0);
    assertThat(r.dateAccuracy()).as("a day off is wrong at day precision").isZero();
    assertThat(r.modeAccuracy()).isEqualTo(0.5);
  }

  @Test
  void perRootFiguresAndPrecisionAtConfidence() {
    List<GoldEvent> g = List.of(
        gold("JPN", "RUS", "04", List.of(), true, null, false),
        gold("USA", "CHN", "11", List.of(), false, null, false),
        gold("FRA", "DEU", "05", List.of(), true, null, true));
    Prediction meet = Events.event("d", "RUS", "JPN", "042", 0.9);
    Prediction wrong = Events.event("d", "USA", "CHN", "190", 0.6);
    Prediction weak = Events.event("d", "JPN", "USA", "042", 0.3);
    Scorer.Report r = Scorer.score(g, List.of(meet, wrong, weak));
    assertThat(r.roots()).extracting(Scorer.RootFigures::root).containsExactly("04", "11", "19");
    Scorer.RootFigures consult = r.roots().get(0);
    assertThat(consult.gold()).isEqualTo(1);
    assertThat(consult.matchedGold()).isEqualTo(1);
    assertThat(consult.predictions()).isEqualTo(2);
    assertThat(consult.precision()).isEqualTo(0.5);
    assertThat(r.roots().get(1).recall()).isZero();
    assertThat(r.roots().get(2).gold()).isZero();
    assertThat(r.precision()).isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(r.predictionsAt(0.5)).isEqualTo(2);
    assertThat(r.precisionAt(0.5)).isEqualTo(0.5);
    assertThat(r.precisionAt(0.8)).isEqualTo(1.0);
    assertThat(r.predictionsAt(0.95)).isZero();
    assertThat(r.precisionAt(0.95)).isZero();
  }
}
