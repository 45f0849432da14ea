package org.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.detente.core.Article;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArchiveReaderTest {
  private static final Instant CRAWLED = Instant.parse("2019-03-04T22:30:00Z");

  @TempDir Path dir;

  private final Collected got = new Collected();
  private final List<Article> articles = got.articles;
  private final List<Rejection> rejections = got.rejections;

  /** Writes a small crawl: warcinfo, a request, an HTML page, a text page, an image, a redirect. */
  static void writeCrawl(WarcWriter w) throws IOException {
    w.write(new Warcinfo.Builder().date(CRAWLED).fields(java.util.Map.of("software", List.of("test"))).build());
    w.write(new WarcRequest.Builder("https://news.example/a").date(CRAWLED)
        .body(new HttpRequest.Builder("GET", "/a").addHeader("Host", "news.example").build()).build());
    w.write(response("https://news.example/a", 200, MediaType.HTML_UTF8,
        "<html><head><title>Envoys</title><script>var x;</script></head><body><nav>Home</nav>"
            + "<article><p>Japan and Russia held talks in Moscow.</p></article></body></html>"));
    w.write(response("https://news.example/b.txt", 200, MediaType.parse("text/plain; charset=ISO-8859-1"),
        "Caf\u00e9 diplomacy in Paris."));
    w.write(response("https://news.example/logo.png", 200, MediaType.parse("image/png"), "\u0089PNG"));
    w.write(response("https://news.example/old", 301, MediaType.HTML_UTF8, "<p>Moved</p>"));
  }

  static WarcResponse response(String url, int status, MediaType type, String body) throws IOException {
    String charset = type.parameters().getOrDefault("charset", "UTF-8");
    byte[] bytes = body.getBytes(java.nio.charset.Charset.forName(charset));
    return new WarcResponse.Builder(URI.create(url)).date(CRAWLED)
        .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved").body(type, bytes).build()).build();
  }

  private void read(Path file) {
    got.read(IngestConfig.defaults(), Optional.empty(), List.of(file));
  }

  @Test
  void htmlAndTextResponsesAreDocumentsAndOtherRecordsAreSkipped() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      articles.clear();
      rejections.clear();
      Path file = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
      try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.WRITE), compression)) {
        writeCrawl(w);
      }
      read(file);
      assertThat(rejections).as(compression.name()).isEmpty();
      assertThat(articles).as(compression.name()).extracting(a -> a.id().value())
          .containsExactly("https://news.example/a", "https://news.example/b.txt");
      Article html = articles.get(0);
      assertThat(html.text()).isEqualTo("Japan and Russia held talks in Moscow.");
      assertThat(html.title()).contains("Envoys");
      assertThat(html.published()).contains(LocalDate.of(2019, 3, 4));
      assertThat(html.url()).contains("https://news.example/a");
      assertThat(html.origin()).startsWith(file + "@");
      assertThat(articles.get(1).text()).isEqualTo("Caf\u00e9 diplomacy in Paris.");
    }
  }

  @Test
  void aBrokenRecordIsRejectedWithTheFileAndOffsetAndTheDocumentsBeforeItAreKept() throws IOException {
    for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
      for (int keep : new int[] {10, 300, 1200}) {
        articles.clear();
        rejections.clear();
        Path file = dir.resolve("cut-" + keep + (compression == WarcCompression.GZIP ? ".warc.gz" : ".warc"));
        long second;
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE), compression)) {
          w.write(response("https://news.example/a", 200, MediaType.HTML_UTF8, "<p>Japan and Russia held talks.</p>"));
          second = w.position();
          w.write(response("https://news.example/b", 200, MediaType.HTML_UTF8,
              "<p>" + "France met Germany. ".repeat(100) + "</p>"));
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, (int) second + Math.min(keep, whole.length - (int) second - 1)));
        String what = compression + ", " + keep + " bytes of the second record";
        read(file);
        assertThat(articles).as(what).extracting(a -> a.id().value()).containsExactly("https://news.example/a");
        assertThat(rejections).as(what).singleElement().satisfies(r -> {
          assertThat(r.problem().message()).contains(file + "@" + second);
          assertThat(r.problem().kind()).isIn(ProblemKind.MALFORMED, ProblemKind.UNREADABLE);
        });
      }
    }
  }

  @Test
  void aFileThatIsNotAWarcIsOneRejectionNamingIt() throws IOException {
    Path file = Files.writeString(dir.resolve("fake.warc"), "Japan and Russia held talks.\n", StandardCharsets.UTF_8);
    read(file);
    assertThat(articles).isEmpty();
    assertThat(rejections).singleElement().satisfies(r -> {
      assertThat(r.problem().kind()).isEqualTo(ProblemKind.MALFORMED);
      assertThat(r.problem().message()).startsWith(file + "@0: not a readable WARC record");
    });
  }

  @Test
  void aPageWithOnlyScriptsIsEmptyAndTheSameUrlTwiceIsADuplicate() throws IOException {
    Path file = dir.resolve("dup.warc");
    try (WarcWriter w = new WarcWriter(Files.newOutputStream(file))) {
      w.write(response("https://news.example/a", 200, MediaType.HTML_UTF8, "<p>Japan and Russia held talks.</p>"));
      w.write(response("https://news.example/a", 200, MediaType.HTML_UTF8, "<p>Japan and Russia met again.</p>"));
      w.write(response("https://news.example/s", 200, MediaType.HTML_UTF8, "<script>a()</script><style>p{}</style>"));
    }
    read(file);
    assertThat(articles).hasSize(1);
    assertThat(rejections).extracting(r -> r.problem().kind()).containsExactly(ProblemKind.DUPLICATE_ID, ProblemKind.EMPTY);
    assertThat(rejections).allSatisfy(r -> assertThat(r.problem().message()).contains(file + "@"));
  }
}
