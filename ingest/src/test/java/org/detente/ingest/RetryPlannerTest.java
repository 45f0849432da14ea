package org.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetryPlannerTest {
  @TempDir Path dir;

  @Test
  void anOriginInsideAFileNamesThatFile() {
    Path f = dir.resolve("docs.jsonl");
    assertThat(RetryPlanner.fileOf(f + ":12")).isEqualTo(f);
    assertThat(RetryPlanner.fileOf(f + "[3]")).isEqualTo(f);
    assertThat(RetryPlanner.fileOf(dir.resolve("crawl.warc.gz") + "@1234")).isEqualTo(dir.resolve("crawl.warc.gz"));
    assertThat(RetryPlanner.fileOf(dir.resolve("a.txt").toString())).isEqualTo(dir.resolve("a.txt"));
  }

  @Test
  void aFileWhoseNameLooksLikeALineIsItself() throws IOException {
    Path odd = Files.writeString(dir.resolve("notes:7"), "x", StandardCharsets.UTF_8);
    assertThat(RetryPlanner.fileOf(odd.toString())).isEqualTo(odd);
  }

  @Test
  void theManifestBesideARetriedFileGivesItsIdAndARetriedManifestLineRereadsTheManifest() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Japan met Russia.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), "France met Germany.", StandardCharsets.UTF_8);
    Path manifest = Files.writeString(dir.resolve(DocumentReader.MANIFEST_NAME),
        "{\"id\":\"doc-a\",\"path\":\"a.txt\"}\n{\"id\":\"doc-b\",\"path\":\"b.txt\"}\n{\"path\":\"c.txt\"}\n",
        StandardCharsets.UTF_8);
    DocumentReader.Plan a = RetryPlanner.plan(List.of(dir.resolve("a.txt").toString()), Optional.empty());
    assertThat(a.files()).containsExactly(dir.resolve("a.txt"));
    assertThat(a.described().get(dir.resolve("a.txt")).id()).isEqualTo("doc-a");
    assertThat(a.early()).isEmpty();

    DocumentReader.Plan m = RetryPlanner.plan(List.of(manifest + ":3"), Optional.empty());
    assertThat(m.files()).containsExactlyInAnyOrder(dir.resolve("a.txt"), dir.resolve("b.txt"));
    assertThat(m.early()).singleElement().satisfies(r -> assertThat(r.origin()).isEqualTo(manifest + ":3"));
  }
}
