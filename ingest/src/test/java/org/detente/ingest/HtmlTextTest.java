package org.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  /** The text of one paragraph inside {@code depth} nested {@code tag} elements, timed on standard output. */
  private static String nestedText(String tag, int depth) {
    String html = ("<" + tag + ">").repeat(depth) + "<p>Japan and Russia held talks.</p>" + ("</" + tag + ">").repeat(depth);
    long t0 = System.nanoTime();
    HtmlText.Page page = HtmlText.extract(html);
    System.out.println(depth + " nested " + tag + ": " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    return page.text();
  }

  @Test
  void aHundredThousandNestedDivsGiveTheirTextWithoutOverflowingTheStack() {
    assertThat(nestedText("div", 100_000)).isEqualTo("Japan and Russia held talks.");
  }

  @Test
  void nestedParagraphBlocksAreTakenOnceInLinearTime() {
    assertThat(nestedText("blockquote", 20_000)).isEqualTo("Japan and Russia held talks.");
  }

  @Test
  void textAroundANestedBlockIsKeptInOrderAndInlineMarkupDoesNotSplitWords() {
    assertThat(HtmlText.extract("<blockquote>Intro <p>The <b>Japan</b>ese envoy<br>arrived.</p> outro</blockquote>"
        + "<ul><li>One<ul><li>Two</li></ul></li></ul>").text())
        .isEqualTo("Intro\n\nThe Japanese envoy arrived.\n\noutro\n\nOne\n\nTwo");
  }

  @Test
  void aPageOfOnlyScriptsAndStylesHasNoText() {
    assertThat(HtmlText.extract("<html><head><style>p{color:red}</style></head><body><script>alert(1)</script>"
        + "<noscript>x</noscript></body></html>").text()).isEmpty();
  }
}
