package org.detente.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NlpConfigTest {
  @Test
  void bareParseRunsNoTimeExpressionsAndKeepsTheDefaultSentenceLimit() {
    NlpConfig bare = NlpConfig.bareParse();
    assertThat(bare.profile()).isEqualTo(NlpConfig.Profile.BARE_PARSE);
    assertThat(bare.timeExpressions()).isFalse();
    assertThat(bare.maxSentenceTokens()).isEqualTo(NlpConfig.defaults().maxSentenceTokens());
    assertThat(NlpConfig.defaults().profile()).isEqualTo(NlpConfig.Profile.CODING);
  }

  @Test
  void everyProblemIsReportedTogetherWithItsValue() {
    assertThatThrownBy(() -> new NlpConfig(NlpConfig.Profile.BARE_PARSE, true, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nlp.maxSentenceTokens must be >= 1, was 0")
        .hasMessageContaining("nlp.timeExpressions must be false with profile BARE_PARSE");
  }
}
