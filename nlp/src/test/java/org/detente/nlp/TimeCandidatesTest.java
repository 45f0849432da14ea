package org.detente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeCandidatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Russia condemned the attack .|false",
    "Talks resumed in mid-March .|true",
    "They met at 9 a.m. .|true",
    "The envoy left three weeks ago .|true",
    "Tokyo protested on Monday .|true",
    "In 2014 Crimea was annexed .|true",
    "Japan 's Foreign Ministry summoned the ambassador .|false",
    "They meet at seven o'clock .|true",
    "The army sent 300 troops and 1,000 tanks at a cost of 12.5 million .|false",
    "They met on 21.09.2015 and again on 20150922 .|true",
    "The memorial was unveiled by the military .|false"})
  void picksSentencesWithAnAnchor(String sentence, boolean candidate) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      tokens.add(l);
    }
    assertThat(tokens.stream().anyMatch(TimeCandidates::isAnchor)).isEqualTo(candidate);
  }
}
