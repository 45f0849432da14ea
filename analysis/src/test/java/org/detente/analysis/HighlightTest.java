package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.detente.core.ActorCode;
import org.detente.core.ArticleId;
import org.detente.core.CameoCode;
import org.detente.core.CodedEvent;
import org.detente.core.Mode;
import org.junit.jupiter.api.Test;

class HighlightTest {
  private static final String TEXT = "Headline.\n\nTokyo protested after Russia warned Japan; Japan's envoy warned again.";

  private static CodedEvent event(String source, String target, String trigger) {
    int start = TEXT.indexOf("Tokyo");
    return new CodedEvent(new ArticleId("d"), 1, TEXT.substring(start), start, TEXT.length(), Optional.of(new ActorCode("RUS")), source,
        Optional.of(new ActorCode("JPN")), target, new CameoCode("112"), -2, "", Optional.empty(), Mode.ASSERTED, Optional.empty(),
        trigger, 0.5);
  }

  private static String marked(List<Highlight> hs, Highlight.Kind kind) {
    Highlight h = hs.stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
    return TEXT.substring(h.start(), h.end());
  }

  @Test
  void theSentenceAndTheWordsAreFoundAtTheirOffsetsInTheArticle() {
    List<Highlight> hs = Highlight.of(event("Russia", "Japan", "warned"));
    assertThat(hs).extracting(Highlight::kind).containsExactly(Highlight.Kind.SENTENCE, Highlight.Kind.SOURCE,
        Highlight.Kind.TRIGGER, Highlight.Kind.TARGET);
    assertThat(marked(hs, Highlight.Kind.SENTENCE)).startsWith("Tokyo protested").endsWith("again.");
    assertThat(marked(hs, Highlight.Kind.SOURCE)).isEqualTo("Russia");
    Highlight trigger = hs.stream().filter(x -> x.kind() == Highlight.Kind.TRIGGER).findFirst().orElseThrow();
    assertThat(trigger.start()).isEqualTo(TEXT.indexOf("warned"));
  }

  @Test
  void wordsMatchWholeWordsThenIgnoringCaseAndInferredActorsAreLeftUnmarked() {
    List<Highlight> hs = Highlight.of(event("the two sides", "JAPAN", "protest"));
    assertThat(hs).extracting(Highlight::kind).containsExactly(Highlight.Kind.SENTENCE, Highlight.Kind.TARGET);
    assertThat(marked(hs, Highlight.Kind.TARGET)).isEqualTo("Japan");
  }

  @Test
  void theTriggerAvoidsTheActorsWords() {
    List<Highlight> hs = Highlight.of(event("Japan's envoy", "Russia", "Japan"));
    Highlight source = hs.stream().filter(x -> x.kind() == Highlight.Kind.SOURCE).findFirst().orElseThrow();
    Highlight trigger = hs.stream().filter(x -> x.kind() == Highlight.Kind.TRIGGER).findFirst().orElseThrow();
    assertThat(trigger.start()).isEqualTo(TEXT.indexOf("Japan;"));
    assertThat(trigger.end() <= source.start() || trigger.start() >= source.end()).isTrue();
  }
}
