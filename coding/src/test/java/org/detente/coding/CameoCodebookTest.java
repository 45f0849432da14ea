package org.detente.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.detente.core.CameoCode;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {
  private final CameoCodebook codebook = CameoCodebook.load();

  @Test
  void followsTheCameoManualNumberingForSanctionsAndHaltedTalks() {
    assertThat(codebook.define(new CameoCode("163")).name()).containsIgnoringCase("sanctions");
    assertThat(codebook.define(new CameoCode("164")).name()).containsIgnoringCase("halt negotiations");
    assertThat(codebook.define(new CameoCode("166")).name()).containsIgnoringCase("expel");
  }

  @Test
  void everyCodeHasItsRootsQuadClassAndAGoldsteinValueInRange() {
    assertThat(codebook.all()).hasSizeGreaterThan(250).allSatisfy(d -> {
      assertThat(d.quad()).isEqualTo(d.code().quadClass());
      assertThat(d.goldstein()).isBetween(-10.0, 10.0);
    });
  }

  @Test
  void anUnknownLeafFallsBackToItsParent() {
    assertThat(codebook.define(new CameoCode("0439")).code().value()).isEqualTo("043");
  }

  @Test
  void everyPatternCodeIsInTheCodebookAndAllTwentyRootsHavePatterns() {
    PatternBook book = PatternBook.load(codebook);
    assertThat(book.size()).isGreaterThan(300);
    assertThat(book.verbs("visit")).isNotEmpty();
    assertThat(book.nouns("sanction")).extracting(p -> p.code().rootCode()).contains("16");
  }
}
