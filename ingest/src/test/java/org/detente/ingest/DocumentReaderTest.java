package org.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.detente.core.Article;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  private final Collected got = new Collected();
  private final List<Article> articles = got.articles;
  private final List<Rejection> rejections = got.rejections;

  private void read(IngestConfig config, Optional<Path> manifest, Path... inputs) {
    got.read(config, manifest, List.of(inputs));
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
    byte[] brokenUtf8 = "Tokyo \u2014 Moscow".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("broken.txt"), java.util.Arrays.copyOf(brokenUtf8, brokenUtf8.length - 8));
    write("big.txt", "x".repeat(200));
    write("notes.pdf", "pdf");
    write("utf16.txt", "");
    Files.write(dir.resolve("utf16.txt"), ("\uFEFFMoscow and Tokyo talked.").getBytes(StandardCharsets.UTF_16BE));
    read(new IngestConfig(100), Optional.empty(), dir);
    assertThat(articles).extracting(Article::text).containsExactly("caf\u00e9", "Moscow and Tokyo talked.");
    assertThat(rejections).extracting(r -> r.problem().kind()).containsExactlyInAnyOrder(
        ProblemKind.EMPTY, ProblemKind.NOT_TEXT, ProblemKind.NOT_TEXT, ProblemKind.TOO_LARGE, ProblemKind.UNREADABLE);
    assertThat(rejections).filteredOn(r -> r.origin().endsWith("broken.txt")).singleElement()
        .satisfies(r -> assertThat(r.problem().message()).contains("not valid UTF-8 near byte offset"));
    assertThat(rejections).allSatisfy(r -> assertThat(r.problem().message()).contains(r.origin()));
  }

  @Test
  void aJsonLinesLineThatIsNotUtf8IsRejectedAloneAndTheLinesAfterItAreRead() throws IOException {
    byte[] good = "{\"id\":\"a\",\"text\":\"Japan and Russia met.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE2, (byte) 0x80, '"', '}', '\n'};
    byte[] tooLong = ("{\"id\":\"c\",\"text\":\"" + "x".repeat(300) + "\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[] last = "{\"id\":\"b\",\"text\":\"France met Germany.\"}".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.write(good);
    all.write(bad);
    all.write(tooLong);
    all.write(last);
    Files.write(dir.resolve("mixed.jsonl"), all.toByteArray());
    read(new IngestConfig(200), Optional.empty(), dir);
    assertThat(articles).extracting(a -> a.id().value()).containsExactly("a", "b");
    assertThat(rejections).extracting(r -> r.problem().kind()).containsExactly(ProblemKind.NOT_TEXT, ProblemKind.TOO_LARGE);
    assertThat(rejections.get(0).problem().message()).contains("mixed.jsonl:2");
    assertThat(rejections.get(1).problem().message()).contains("mixed.jsonl:3");
  }

  @Test
  void anIdTooLongToBeAnIdIsRejectedNotThrown() throws IOException {
    write("long.jsonl", "{\"id\":\"" + "i".repeat(600) + "\",\"text\":\"Japan and Russia met.\"}\n");
    read(IngestConfig.defaults(), Optional.empty(), dir);
    assertThat(articles).isEmpty();
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.problem().kind()).isEqualTo(ProblemKind.MALFORMED);
      assertThat(r.problem().message()).contains("long.jsonl:1").contains("600 chars");
    });
  }

  @Test
  void aManifestCannotNameFilesOutsideItsFolder() throws IOException {
    Path inner = Files.createDirectory(dir.resolve("corpus"));
    write("secret.txt", "Not part of the corpus.");
    Files.writeString(inner.resolve("a.txt"), "Japan met Russia.", StandardCharsets.UTF_8);
    Files.writeString(inner.resolve(DocumentReader.MANIFEST_NAME), "{\"id\":\"a\",\"path\":\"a.txt\"}\n"
        + "{\"id\":\"s\",\"path\":\"../secret.txt\"}\n{\"id\":\"t\",\"path\":\"" + dir.resolve("secret.txt") + "\"}\n",
        StandardCharsets.UTF_8);
    read(IngestConfig.defaults(), Optional.empty(), inner);
    assertThat(articles).extracting(a -> a.id().value()).containsExactly("a");
    assertThat(rejections).extracting(r -> r.problem().kind()).containsExactly(ProblemKind.MALFORMED, ProblemKind.MALFORMED);
    assertThat(rejections).allSatisfy(r -> assertThat(r.problem().message()).contains("leaves the manifest's folder"));
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
