package org.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the HTML text extractor (#5). In {@code mvn verify} it runs on its stored inputs only
 * ({@code HtmlTextFuzzTestInputs/}); {@code -Pfuzz} (what {@code ./detente test} runs) fuzzes it for a bounded time.
 */
class HtmlTextFuzzTest {
  @FuzzTest(maxDuration = "15s")
  void anyPageGivesTrimmedTextAndAFullDateIfAny(@NotNull byte[] bytes) {
    HtmlText.Page page = HtmlText.extract(new String(bytes, StandardCharsets.UTF_8));
    assertThat(page.text()).isEqualTo(page.text().strip());
    page.title().ifPresent(t -> assertThat(t).isNotBlank());
    page.published().ifPresent(p -> assertThat(p).hasSize(10));
  }
}
