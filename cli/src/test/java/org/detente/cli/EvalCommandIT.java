package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code detente eval --format ...} end to end on tiny sets and dictionaries written for this test (the real
 * public sets are scored by PublicSetsIT).
 */
class EvalCommandIT {
  @TempDir Path dir;

  @Test
  void badFormatsAndMisplacedInputsSayWhatIsWrong() {
    Cli bad = Cli.run("eval", "--format", "petrarch");
    assertThat(bad.exit).isEqualTo(2);
    assertThat(bad.err).contains("--format wants gold, plover-gsr or pentaclass, was 'petrarch'");
    Cli misplaced = Cli.run("eval", "--format", "pentaclass", "some.txt");
    assertThat(misplaced.exit).isEqualTo(2);
    assertThat(misplaced.err).contains("apply to --format gold only");
    Cli noGold = Cli.run("eval");
    assertThat(noGold.exit).isEqualTo(2);
    assertThat(noGold.err).contains("--format gold needs --gold FILE");
  }

  @Test
  void ploverRecordsAreCodedWithPetrarchDictionariesOverTheBuiltInOnes() throws IOException {
    Path gsr = Files.writeString(dir.resolve("gsr.json"), String.join("\n",
        "[{\"id\": \"about\", \"event\": \"DOCUMENT\", \"eventText\": \"made up for a test\"},",
        " {\"id\": \"t1\", \"date\": \"2015-09-26\", \"event\": \"CONSULT\",",
        "  \"text\": \"Ruritania and Japan held talks on a peace treaty on Thursday.\",",
        "  \"source\": [{\"actorText\": \"Ruritania\", \"code\": \"RUR\"}],",
        "  \"target\": [{\"actorText\": \"Japan\", \"code\": \"JPN\"}]},",
        " {\"id\": \"t2\", \"date\": \"2015-09-26\", \"event\": \"THREATEN\",",
        "  \"text\": \"The weather in the capital was mild on Monday.\",",
        "  \"source\": [{\"actorText\": \"Freedonia\", \"code\": \"FRD\"}], \"target\": \"\"}]"),
        StandardCharsets.UTF_8);
    Path actors = Files.write(dir.resolve("made.actors.txt"), List.of("<!-- made up -->", "RURITANIA [RUR]"),
        StandardCharsets.UTF_8);
    Path agents = Files.write(dir.resolve("made.agents.txt"), List.of("HARBOUR_MASTER [~GOV]"), StandardCharsets.UTF_8);
    Cli r = Cli.run("eval", "--format", "plover-gsr", "--gold", gsr.toString(), "--actors", actors.toString(),
        "--agents", agents.toString(), "--threads", "2");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("2 records, 0 not coded, 1 without any event");
    assertThat(r.out).contains("event type accuracy 0.500  (1/2)");
    assertThat(r.out).contains("source accuracy     0.500  (1/2)");
    assertThat(r.out).contains("target accuracy     1.000  (1/1)");
    assertThat(r.out).containsPattern("CONSULT +\\. +1 +\\. +1 1\\.00");
    assertThat(r.out).contains("t2 THREATEN FRD-> | type,source | no event | The weather");
  }

  @Test
  void pentaclassSentencesGetAccuracyMacroF1AndNoEventCounts() throws IOException {
    Path set = Files.write(dir.resolve("penta.tsv"), List.of(
        "Russia and Japan held talks on a peace treaty on Thursday.\t1",
        "The weather in the capital was mild on Monday.\t0"), StandardCharsets.UTF_8);
    Cli r = Cli.run("eval", "--format", "pentaclass", "--gold", set.toString(), "--quiet");
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("2 sentences, 0 not coded, 1 without any event (counted wrong)");
    assertThat(r.out).contains("accuracy 0.500  (1/2)");
    // class 1: precision 1, recall 1; class 0: recall 0; others have no sentences: (1 + 0 + 0 + 0 + 0) / 5
    assertThat(r.out).contains("macro-F1 0.200");
    assertThat(r.out).doesNotContain("wrong sentences");
  }
}
