package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.detente.analysis.Pentaclass;
import org.detente.analysis.PloverGsrReader;
import org.detente.analysis.PloverScorer;
import org.detente.nlp.NlpConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CI gate on the public evaluation sets: codes every sentence of PLOVER-GSR and of the pentaclass set, as
 * {@code detente eval --format plover-gsr|pentaclass} does, and fails when a figure falls below its floor in
 * {@code gold/public.floors.properties}. The sets are read from the shared folder, never copied.
 */
class PublicSetsIT {
  private static final Floors FLOORS = new Floors("/gold/public.floors.properties");
  private static EvalSets sets;

  @BeforeAll
  static void load() {
    Engine engine = new Engine(List.of());
    sets = new EvalSets(engine, engine.pipeline(NlpConfig.defaults()), Runtime.getRuntime().availableProcessors(),
        new PrintStream(System.err, true, StandardCharsets.UTF_8), false);
  }

  private static Path set(Path relative) {
    return Shared.dir().resolve(relative);
  }

  @Test
  void ploverGoldStandardRecordsStayAboveTheirFloors() {
    EvalSets.Scored<PloverScorer.Report> scored = sets.plover(PloverGsrReader.read(set(EvalSets.PLOVER_GSR)));
    PloverScorer.Report r = scored.report();
    assertThat(r.records()).isEqualTo(322);
    assertThat(scored.notCoded()).isZero();
    FLOORS.check("plover.type", r.typeAccuracy());
    FLOORS.check("plover.source", r.sourceAccuracy());
    FLOORS.check("plover.target", r.targetAccuracy());
    FLOORS.check("plover.full", r.fullAccuracy());
  }

  @Test
  void pentaclassSentencesStayAboveTheirFloors() {
    EvalSets.Scored<Pentaclass.Report> scored = sets.pentaclass(Pentaclass.read(set(EvalSets.PENTACLASS)));
    Pentaclass.Report r = scored.report();
    assertThat(r.sentences()).isEqualTo(1349);
    assertThat(scored.notCoded()).isZero();
    System.out.println("pentaclass: " + r.summary());
    FLOORS.check("pentaclass.accuracy", r.accuracy());
    FLOORS.check("pentaclass.macroF1", r.macroF1());
  }
}
