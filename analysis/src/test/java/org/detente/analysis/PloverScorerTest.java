package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detente.analysis.Events.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.detente.core.CameoCode;
import org.junit.jupiter.api.Test;

class PloverScorerTest {
  private static final LocalDate DAY = LocalDate.of(2000, 1, 1);

  // A tiny stand-in for the codebook's mapping (PLOVER 2021 names).
  private static final Map<String, String> TYPES = Map.of(
      "01", "", "03", "AGREE", "04", "CONSULT", "09", "ACCUSE", "10", "REQUEST", "11", "ACCUSE", "18", "ASSAULT",
      "19", "ASSAULT");
  private static final Function<CameoCode, String> PLOVER = c -> TYPES.get(c.rootCode());
  private static final Predicate<String> ORG = k -> k.equals("UN") || k.equals("EU");

  private static PloverRecord record(String id, String event, List<String> sources, List<String> targets) {
    return new PloverRecord(id, "made up", DAY, event, sources, targets);
  }

  @Test
  void typeSourceAndTargetAreScoredSeparatelyAndTogether() {
    List<PloverRecord> records = List.of(
        record("r1", "CONSULT", List.of("RUS"), List.of("JPN")),
        record("r2", "DEMAND", List.of("USA"), List.of("PRK")),
        record("r3", "FIGHT", List.of("SRB"), List.of("BIH")),
        record("r4", "AGREE", List.of("HUN", "ROU"), List.of()));
    List<Prediction> predictions = List.of(
        event("r1", "RUS", "JPN", "043", 0.9),
        event("r2", "USA", "CHN", "102", 0.9), // right type and source, wrong target
        event("r3", "SRB", "BIH", "180", 0.9), // ASSAULT, not FIGHT, but the actors are right
        event("r4", "ROU", "HUN", "031", 0.75)); // compound source: either member counts; no target scored
    PloverScorer.Report r = PloverScorer.score(records, predictions, PLOVER, ORG);
    assertThat(r.typesRight()).isEqualTo(3);
    assertThat(r.typeAccuracy()).isEqualTo(0.75);
    assertThat(r.sourceAccuracy()).isEqualTo(1.0);
    assertThat(r.scored(PloverScorer.Outcome::target)).isEqualTo(3);
    assertThat(r.right(PloverScorer.Outcome::target)).isEqualTo(2);
    assertThat(r.fullMatches()).isEqualTo(2);
    assertThat(r.confusion().get("FIGHT")).containsEntry("ASSAULT", 1);
    assertThat(r.confusion().get("DEMAND")).containsEntry("DEMAND", 1);
  }

  @Test
  void aRecordWithoutEventsIsWrongEverywhereAndShowsAsNoEvent() {
    PloverScorer.Report r = PloverScorer.score(
        List.of(record("r1", "AGREE", List.of("FRA"), List.of("DEU"))), List.of(), PLOVER, ORG);
    assertThat(r.typeAccuracy()).isZero();
    assertThat(r.sourceAccuracy()).isZero();
    assertThat(r.targetAccuracy()).isZero();
    assertThat(r.withoutEvents()).isEqualTo(1);
    assertThat(r.confusion().get("AGREE")).containsOnlyKeys(PloverScorer.NO_EVENT);
  }

  @Test
  void actorsAreJudgedOnTheEventsOfTheRightTypeWhenThereAreAny() {
    PloverRecord rec = record("r1", "DISAPPROVE", List.of("ALB"), List.of("SRB"));
    // A statement with the right actors does not rescue a criticism with the wrong ones.
    PloverScorer.Report r = PloverScorer.score(List.of(rec), List.of(
        event("r1", "ALB", "SRB", "010", 0.9), event("r1", "SRB", "ALB", "111", 0.75)), PLOVER, ORG);
    assertThat(r.typeAccuracy()).isEqualTo(1.0);
    assertThat(r.sourceAccuracy()).isZero();
    assertThat(r.fullAccuracy()).isZero();
    // With no event of the right type, every event is a candidate, and the confusion shows the most confident.
    PloverScorer.Report other = PloverScorer.score(List.of(rec), List.of(
        event("r1", "ALB", "SRB", "010", 0.9), event("r1", "ALB", "SRB", "043", 0.75)), PLOVER, ORG);
    assertThat(other.sourceAccuracy()).isEqualTo(1.0);
    assertThat(other.confusion().get("DISAPPROVE")).containsOnlyKeys(PloverScorer.NO_TYPE);
  }

  @Test
  void unnamedOrganisationsMatchAnyOrganisationAndDirectionCounts() {
    List<PloverRecord> records = List.of(
        record("r1", "DEMAND", List.of("IGO"), List.of("SDN")),
        record("r2", "CONSULT", List.of("RUS"), List.of("JPN")));
    PloverScorer.Report r = PloverScorer.score(records, List.of(
        event("r1", "UN", "SDN", "100", 0.9), event("r2", "JPN", "RUS", "042", 0.9)), PLOVER, ORG);
    assertThat(r.outcomes().get(0).full()).isTrue();
    assertThat(r.outcomes().get(1).typeRight()).isTrue();
    assertThat(r.outcomes().get(1).source()).isEqualTo(PloverScorer.Verdict.WRONG);
    assertThat(r.outcomes().get(1).target()).isEqualTo(PloverScorer.Verdict.WRONG);
  }

  @Test
  void theGoldSetsOlderTypeNamesAreMappedFromTheCodebooks() {
    assertThat(PloverScorer.gsrType("REQUEST", new CameoCode("1041"))).isEqualTo("DEMAND");
    assertThat(PloverScorer.gsrType("ACCUSE", new CameoCode("091"))).isEqualTo("INVESTIGATE");
    assertThat(PloverScorer.gsrType("ACCUSE", new CameoCode("112"))).isEqualTo("DISAPPROVE");
    assertThat(PloverScorer.gsrType("ASSAULT", new CameoCode("193"))).isEqualTo("FIGHT");
    assertThat(PloverScorer.gsrType("ASSAULT", new CameoCode("202"))).isEqualTo("ASSAULT");
    assertThat(PloverScorer.gsrType("SANCTION", new CameoCode("161"))).isEqualTo("SANCTION");
    assertThat(PloverScorer.gsrType("ASSAULT", new CameoCode("181"))).isEqualTo("COERCE");
    assertThat(PloverScorer.gsrType("ASSAULT", new CameoCode("1712"))).isEqualTo("COERCE");
    assertThat(PloverScorer.gsrType("ASSAULT", new CameoCode("183"))).isEqualTo("ASSAULT");
    assertThat(PloverScorer.gsrType("COERCE", new CameoCode("163"))).isEqualTo("SANCTION");
  }
}
