package org.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.core.Article;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();

  private void read(IngestConfig config, Optional<Path> manifest, Path... inputs) {
    DocumentReader reader = new DocumentReader(config);
    DocumentReader.Plan plan = reader.plan(List.of(inputs), manifest);
    reader.read(plan, new DocumentSink() {
      @Override
      public void article(Article a) {
        articles.add(a);
      }

      @Override
      public void rejected(Rejection r) {
        rejections.add(r);
      }
    });
    assertThat(reader.count(plan)).as("planned count = articles + rejections").isEqualTo(articles.size() + rejections.size());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void manifestGivesIdsAndPublicationDatesAndIsNotReadAsADocument() throws IOException {
    write("a.txt", "Japan and Russia held talks.");
    write("manifest.jsonl", "{\"id\":\"doc-a\",\"path\":\"a.txt\",\"published\":\"2015-09-26\",\"title\":\"T\"}\n");
    read(IngestConfig.defaults(), Optional.empty(), dir);
    assertThat(rejections).isEmpty();
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.id().value()).isEqualTo("doc-a");
      assertThat(a.published()).contains(LocalDate.of(2015, 9, 26));
      assertThat(a.title()).contains("T");
      assertThat(a.sha256()).hasSize(64);
    });
  }

  @Test
  void htmlKeepsTheArticleAndDropsNavigationAndScripts() throws IOException {
    write("p.html", "<html><head><title>Page</title><script>var x=1;</script></head><body>"
        + "<nav><a href=/>Home</a> Menu</nav><article><h1>Envoy visits</h1><p>The envoy arrived in Tokyo.</p>"
        + "<p>Talks followed.</p></article><footer>Copyright</footer></body></html>");
    read(IngestConfig.defaults(), Optional.empty(), dir);
    assertThat(articles).singleElement().satisfies(a -> {
      assertThat(a.text()).contains("The envoy arrived in Tokyo.").contains("Talks followed.")
          .doesNotContain("Menu").doesNotContain("var x").doesNotContain("Copyright");
      assertThat(a.title()).contains("Page");
    });
  }

  @Test
  void jsonLinesGiveOneDocumentPerLineAndBadLinesAreRejectedWithTheirLineNumber() throws IOException {
    write("docs.jsonl", "{\"id\":\"x1\",\"text\":\"Paris and Berlin met.\",\"published\":\"2019-03-04\"}\n"
        + "{\"id\":\"x2\",\"text\":\n"
        + "\n"
        + "[1,2]\n"
        + "{\"id\":\"x3\",\"text\":\"   \"}\n"
        + "{\"id\":\"x4\",\"text\":5}\n");
    read(IngestConfig.defaults(), Optional.empty(), dir);
    assertThat(articles).extracting(a -> a.id().value()).containsExactly("x1");
    assertThat(rejections).extracting(r -> r.problem().kind())
        .containsExactly(ProblemKind.MALFORMED, ProblemKind.MALFORMED, ProblemKind.EMPTY, ProblemKind.MALFORMED);
    assertThat(rejections.get(3).problem().message()).contains("docs.jsonl:6").contains("want a string");
    assertThat(rejections.get(0).problem().message()).contains("docs.jsonl:2");
    assertThat(rejections.get(1).problem().message()).contains("docs.jsonl:4");
  }

  @Test
  void unreadableInputsAreRejectedWithTheReasonNeverDropped() throws IOException {
    write("empty.txt", "  \n ");
    Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
    Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    write("big.txt", "x".repeat(200));
    write("notes.pdf", "pdf");
    write("utf16.txt", "");
    Files.write(dir.resolve("utf16.txt"), ("\uFEFFMoscow and Tokyo talked.").getBytes(StandardCharsets.UTF_16BE));
    read(new IngestConfig(100), Optional.empty(), dir);
    assertThat(articles).extracting(Article::text).containsExactly("Moscow and Tokyo talked.");
    assertThat(rejections).extracting(r -> r.problem().kind()).containsExactlyInAnyOrder(
        ProblemKind.EMPTY, ProblemKind.NOT_TEXT, ProblemKind.NOT_TEXT, ProblemKind.TOO_LARGE, ProblemKind.UNREADABLE);
    assertThat(rejections).allSatisfy(r -> assertThat(r.problem().message()).contains(r.origin()));
  }

  @Test
  void aManifestNamingAMissingFileAndDuplicateIdsAreRejected() throws IOException {
    write("a.txt", "One.");
    write("b.txt", "Two.");
    Path m = write("list.jsonl", "{\"id\":\"same\",\"path\":\"a.txt\"}\n{\"id\":\"same\",\"path\":\"b.txt\"}\n"
        + "{\"id\":\"gone\",\"path\":\"missing.txt\"}\n{\"path\":\"a.txt\"}\n");
    read(IngestConfig.defaults(), Optional.of(m), dir.resolve("a.txt"), dir.resolve("b.txt"));
    assertThat(articles).extracting(a -> a.id().value()).containsExactly("same");
    assertThat(rejections).extracting(r -> r.problem().kind()).containsExactlyInAnyOrder(
        ProblemKind.DUPLICATE_ID, ProblemKind.UNREADABLE, ProblemKind.MALFORMED);
  }
}
