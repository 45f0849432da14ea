package org.detente.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CameoCodeTest {
  private static final long SEED = 20261122L;

  @Test
  void rejectsLettersWithTheOffendingValueInTheMessage() {
    assertThatThrownBy(() -> new CameoCode("19a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'19a'");
  }

  @Test
  void rejectsRootsOutsideOneToTwenty() {
    assertThatThrownBy(() -> new CameoCode("21")).hasMessageContaining("root 01-20");
    assertThatThrownBy(() -> new CameoCode("00")).hasMessageContaining("'00'");
  }

  @Test
  void keepsLeadingZerosAndGivesRootAndQuadClass() {
    CameoCode c = new CameoCode("0211");
    assertThat(c.root()).isEqualTo(2);
    assertThat(c.rootCode()).isEqualTo("02");
    assertThat(c.quadClass()).isEqualTo(QuadClass.VERBAL_COOPERATION);
    assertThat(new CameoCode("163").quadClass()).isEqualTo(QuadClass.MATERIAL_CONFLICT);
    assertThat(new CameoCode("112").quadClass()).isEqualTo(QuadClass.VERBAL_CONFLICT);
    assertThat(new CameoCode("071").quadClass()).isEqualTo(QuadClass.MATERIAL_COOPERATION);
  }

  @Test
  void plannedCooperationIsIntentAndPlannedForceIsAThreatInTheManualsTerms() {
    assertThat(new CameoCode("042").inManualTerms(Mode.FUTURE)).isEqualTo(new CameoCode("036"));
    assertThat(new CameoCode("0233").inManualTerms(Mode.FUTURE).value()).isEqualTo("0233");
    assertThat(new CameoCode("073").inManualTerms(Mode.HYPOTHETICAL).value()).isEqualTo("033");
    assertThat(new CameoCode("190").inManualTerms(Mode.FUTURE).value()).isEqualTo("138");
    assertThat(new CameoCode("163").inManualTerms(Mode.FUTURE).value()).isEqualTo("131");
    assertThat(new CameoCode("190").inManualTerms(Mode.ASSERTED).value()).isEqualTo("190");
    assertThat(new CameoCode("042").inManualTerms(Mode.NEGATED).value()).isEqualTo("042");
  }

  @Test
  void refusingCooperationIsARejectionOfItsKind() {
    assertThat(new CameoCode("042").refused().value()).isEqualTo("125");
    assertThat(new CameoCode("0871").refused().value()).isEqualTo("124");
    assertThat(new CameoCode("073").refused().value()).isEqualTo("121");
    assertThat(new CameoCode("190").refused().value()).isEqualTo("190");
  }

  static Stream<String> randomCodes() {
    Random r = new Random(SEED);
    return Stream.generate(() -> {
      int root = 1 + r.nextInt(20);
      StringBuilder s = new StringBuilder(String.format("%02d", root));
      int extra = r.nextInt(3);
      for (int i = 0; i < extra; i++) {
        s.append(r.nextInt(10));
      }
      return s.toString();
    }).limit(200);
  }

  @ParameterizedTest(name = "seed " + SEED + ": {0}")
  @MethodSource("randomCodes")
  void rootIsAlwaysBetween1And20(String raw) {
    assertThat(new CameoCode(raw).root()).isBetween(1, 20);
    assertThat(new CameoCode(raw).rootCode()).isEqualTo(raw.substring(0, 2));
  }
}
