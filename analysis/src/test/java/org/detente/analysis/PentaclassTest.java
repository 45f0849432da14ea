package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.detente.analysis.Events.event;

import java.util.List;
import org.detente.core.CameoCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PentaclassTest {
  @ParameterizedTest(name = "root {0} is class {1}")
  @CsvSource({
    "01,0", "02,0", "03,1", "04,1", "05,1", "06,2", "07,2", "08,2", "09,3", "10,3", "11,3", "12,3", "13,3",
    "14,4", "15,4", "16,3", "17,4", "18,4", "19,4", "20,4"
  })
  void everyRootHasTheClassOfTheSetsReadme(String root, int c) {
    assertThat(Pentaclass.classOf(new CameoCode(root))).isEqualTo(c);
    assertThat(Pentaclass.classOf(new CameoCode(root + "1"))).isEqualTo(c);
  }

  @Test
  void readsTextTabLabelAndNamesTheBadLine() {
    List<PentaclassSentence> s = Pentaclass.parse(List.of("Ruritania shelled Freedonia.\t4", "", "A\tb talks.\t1"), "t.tsv");
    assertThat(s).extracting(PentaclassSentence::label).containsExactly(4, 1);
    assertThat(s.get(1).text()).isEqualTo("A\tb talks.");
    assertThat(s.get(1).line()).isEqualTo(3);
    assertThatThrownBy(() -> Pentaclass.parse(List.of("ok\t1", "no label here"), "t.tsv"))
        .hasMessageContaining("t.tsv:2");
    assertThatThrownBy(() -> Pentaclass.parse(List.of("bad label\t7"), "t.tsv")).hasMessageContaining("t.tsv:1");
  }

  @Test
  void theMostConfidentEventAnswersAndNoEventIsWrong() {
    List<PentaclassSentence> s = List.of(
        new PentaclassSentence(1, "a", 4),
        new PentaclassSentence(2, "b", 1),
        new PentaclassSentence(3, "c", 1),
        new PentaclassSentence(4, "d", 3));
    List<List<Prediction>> events = List.of(
        List.of(event("1", "AAA", "BBB", "043", 0.5), event("1", "AAA", "BBB", "190", 0.9)), // 4, right
        List.of(event("2", "AAA", "BBB", "036", 0.9), event("2", "AAA", "BBB", "112", 0.9)), // first of equals: 1
        List.of(),                                                                            // no event
        List.of(event("4", "AAA", "BBB", "042", 0.7)));                                       // 1, wrong
    Pentaclass.Report r = Pentaclass.score(s, events);
    assertThat(r.right()).isEqualTo(2);
    assertThat(r.accuracy()).isEqualTo(0.5);
    assertThat(r.withoutEvents()).isEqualTo(1);
    assertThat(r.confusion()[1][Pentaclass.CLASSES]).isEqualTo(1);
    // class 4: P 1, R 1 -> F1 1; class 1: P 1/2, R 1/2 -> F1 1/2; class 3: R 0 -> F1 0; classes 0, 2: no data -> 0
    assertThat(r.f1(4)).isEqualTo(1.0);
    assertThat(r.f1(1)).isCloseTo(0.5, within(1e-9));
    assertThat(r.macroF1()).isCloseTo(1.5 / 5, within(1e-9));
  }

  @Test
  void oneEventListPerSentence() {
    assertThatThrownBy(() -> Pentaclass.score(List.of(new PentaclassSentence(1, "a", 0)), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 sentences, 0 lists");
  }
}
