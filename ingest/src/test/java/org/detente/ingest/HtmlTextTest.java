package org.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void aHundredThousandNestedDivsGiveTheirTextWithoutOverflowingTheStack() {
    String html = "<div>".repeat(100_000) + "<p>Japan and Russia held talks.</p>" + "</div>".repeat(100_000);
    long t0 = System.nanoTime();
    HtmlText.Page page = HtmlText.extract(html);
    System.out.println("nested: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    assertThat(page.text()).isEqualTo("Japan and Russia held talks.");
  }

  @Test
  void nestedParagraphBlocksAreTakenOnceInLinearTime() {
    String html = "<blockquote>".repeat(20_000) + "<p>Japan and Russia held talks.</p>" + "</blockquote>".repeat(20_000);
    long t0 = System.nanoTime();
    HtmlText.Page page = HtmlText.extract(html);
    System.out.println("blockquotes: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    assertThat(page.text()).isEqualTo("Japan and Russia held talks.");
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
