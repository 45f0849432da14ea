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

  @Test
  void theStudysNamesGiveTheirConfigurationsAndCodingIsTheDefault() {
    assertThat(NlpConfig.named("coding")).isEqualTo(NlpConfig.defaults());
    assertThat(NlpConfig.named("bare")).isEqualTo(NlpConfig.bareParse());
    assertThat(NlpConfig.named("coding-no-sutime").timeExpressions()).isFalse();
    assertThat(NlpConfig.named("ner-sutime").profile()).isEqualTo(NlpConfig.Profile.NER_SUTIME);
    assertThat(NlpConfig.named("pcfg").profile()).isEqualTo(NlpConfig.Profile.CONSTITUENCY);
    assertThat(NlpConfig.names()).startsWith("coding").contains("ner", "ner-no-sutime");
  }

  @Test
  void anUnknownProfileNameIsRejectedWithTheNamesThatExist() {
    assertThatThrownBy(() -> NlpConfig.named("fast"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 'fast'")
        .hasMessageContaining("coding, coding-no-sutime, ner");
  }

  @Test
  void nerThatRunsSutimeItselfTakesNoSecondSutimeStep() {
    assertThatThrownBy(() -> new NlpConfig(NlpConfig.Profile.NER_SUTIME, true, 150))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nlp.timeExpressions must be false with profile NER_SUTIME");
  }
}
