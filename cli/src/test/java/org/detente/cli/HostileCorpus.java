package org.detente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.detente.core.ProblemKind;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a folder of hostile inputs (#5) and says what should become of each: coded (under which id), or
 * rejected with which kind. Keys are what the reject's origin ends with: a file name, {@code name:LINE} for
 * JSON Lines, {@code name@} for a WARC record. Generated from a fixed seed; nothing binary is committed.
 */
final class HostileCorpus {
  /** What should become of one input: coded as {@code id}, or rejected as {@code kind}. */
  record Expected(Optional<String> id, Optional<ProblemKind> kind) {
    static Expected coded(String id) {
      return new Expected(Optional.of(id), Optional.empty());
    }

    static Expected rejected(ProblemKind kind) {
      return new Expected(Optional.empty(), Optional.of(kind));
    }

    /** Either outcome is right: coded as {@code id}, or rejected as {@code kind}. */
    static Expected codedOrRejected(String id, ProblemKind kind) {
      return new Expected(Optional.of(id), Optional.of(kind));
    }
  }

  static final long SEED = 5L;
  static final String WARC_URL = "https://news.example/talks";

  private HostileCorpus() {}

  /** Fills {@code dir} and returns the expectation for every document in it, in no particular order. */
  static Map<String, Expected> write(Path dir) throws IOException {
    Random random = new Random(SEED);
    Map<String, Expected> want = new LinkedHashMap<>();
    text(dir, "empty.txt", "");
    want.put("empty.txt", Expected.rejected(ProblemKind.EMPTY));
    text(dir, "blank.txt", "  \n\t \r\n   ");
    want.put("blank.txt", Expected.rejected(ProblemKind.EMPTY));

    byte[] noise = new byte[4096];
    random.nextBytes(noise);
    noise[100] = 0;
    Files.write(dir.resolve("binary.txt"), noise);
    want.put("binary.txt", Expected.rejected(ProblemKind.NOT_TEXT));
    Files.write(dir.resolve("photo.jpg"), Arrays.copyOf(noise, 64));
    want.put("photo.jpg", Expected.rejected(ProblemKind.UNREADABLE));

    try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
      byte[] line = "Japan and Russia held talks in Moscow on Monday and agreed to meet again.\n"
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    want.put("huge.txt", Expected.rejected(ProblemKind.TOO_LARGE));

    byte[] dash = "Tokyo \u2014 Moscow talks resumed.".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("broken-utf8.txt"), Arrays.copyOf(dash, 8)); // cut inside the dash
    want.put("broken-utf8.txt", Expected.rejected(ProblemKind.NOT_TEXT));

    byte[] utf16 = "\uFEFFJapan and Russia held talks in Moscow.".getBytes(StandardCharsets.UTF_16LE);
    Files.write(dir.resolve("utf16.txt"), utf16);
    want.put("utf16.txt", Expected.coded("utf16"));
    Files.write(dir.resolve("latin1.txt"),
        "France's foreign minister met the Swiss president in Z\u00fcrich.".getBytes(StandardCharsets.ISO_8859_1));
    want.put("latin1.txt", Expected.coded("latin1"));
    text(dir, "russian.txt", "\u0420\u043e\u0441\u0441\u0438\u044f \u0438 \u042f\u043f\u043e\u043d\u0438\u044f "
        + "\u043f\u0440\u043e\u0432\u0435\u043b\u0438 \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b.");
    want.put("russian.txt", Expected.coded("russian"));

    StringBuilder run = new StringBuilder();
    String[] words = {"Japan", "Russia", "talks", "and", "envoys", "met", "again", "with", "officials"};
    for (int i = 0; i < 10_000; i++) {
      run.append(words[random.nextInt(words.length)]).append(' ');
    }
    text(dir, "run-on.txt", run.toString());
    // the parser skips sentences this long; CoreNLP's other annotators may run out of stack on it, depending on
    // how warm the JVM is (the nlp stage then rejects it, saying to split the text): either is a right outcome
    want.put("run-on.txt", Expected.codedOrRejected("run-on", ProblemKind.NLP_FAILED));

    text(dir, "scripts.html", "<html><head><style>body{color:red}</style><script>var a = 1;</script></head>"
        + "<body><script>document.write('x')</script><noscript>enable scripts</noscript></body></html>");
    want.put("scripts.html", Expected.rejected(ProblemKind.EMPTY));
    text(dir, "nested.html", "<html><body>" + "<div>".repeat(100_000)
        + "<p>Germany and France signed an agreement in Paris.</p>" + "</div>".repeat(100_000) + "</body></html>");
    want.put("nested.html", Expected.coded("nested"));

    text(dir, "broken.json", "{\"id\": \"b1\", \"text\": ");
    want.put("broken.json", Expected.rejected(ProblemKind.MALFORMED));

    byte[] jsonl = String.join("\n",
        "{\"id\":\"j1\",\"text\":\"China and India held talks in Beijing.\",\"published\":\"2020-06-01\"}",
        "{\"id\":\"j2\",\"text\":\"Japan and Rus",
        "{\"id\":\"j3\",\"text\":42}",
        "{\"id\":\"j4\",\"text\":\"Envoys met.\",\"published\":\"last week\"}",
        "[1,2,3]",
        "{\"id\":\"j1\",\"text\":\"The same id again.\"}",
        "{\"id\":\"j7\",\"text\":\"caf\u00e9 \u2014").getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("docs.jsonl"), Arrays.copyOf(jsonl, jsonl.length - 1)); // last line ends mid-character
    want.put("docs.jsonl:1", Expected.coded("j1"));
    want.put("docs.jsonl:2", Expected.rejected(ProblemKind.MALFORMED));
    want.put("docs.jsonl:3", Expected.rejected(ProblemKind.MALFORMED));
    want.put("docs.jsonl:4", Expected.rejected(ProblemKind.MALFORMED));
    want.put("docs.jsonl:5", Expected.rejected(ProblemKind.MALFORMED));
    want.put("docs.jsonl:6", Expected.rejected(ProblemKind.DUPLICATE_ID));
    want.put("docs.jsonl:7", Expected.rejected(ProblemKind.NOT_TEXT));

    text(dir, "dup.txt", "The same id as the first JSON Lines record.");
    want.put("dup.txt", Expected.rejected(ProblemKind.DUPLICATE_ID));
    text(dir, "manifest.jsonl", String.join("\n",
        "{\"id\":\"j1\",\"path\":\"dup.txt\"}",
        "{\"id\":\"gone\",\"path\":\"missing.txt\",\"published\":\"2020-01-01\"}",
        "{\"path\":\"no-id.txt\"}") + "\n");
    want.put("missing.txt", Expected.rejected(ProblemKind.UNREADABLE));
    want.put("manifest.jsonl:3", Expected.rejected(ProblemKind.MALFORMED));

    long cut = warc(dir.resolve("crawl.warc.gz"));
    want.put("crawl.warc.gz@" + cut, Expected.rejected(ProblemKind.MALFORMED));
    want.put("crawl.warc.gz@0", Expected.coded(WARC_URL));
    return want;
  }

  /** A gzipped WARC: one good page, then a record cut short; returns the offset of the cut record. */
  private static long warc(Path file) throws IOException {
    long second;
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(page(WARC_URL, "<article><p>Japan and Russia held talks in Moscow.</p></article>"));
      second = w.position();
      w.write(page(WARC_URL + "/2", "<p>" + "Japan and Russia met. ".repeat(200) + "</p>"));
    }
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, (int) (second + (whole.length - second) / 2)));
    return second;
  }

  private static WarcResponse page(String url, String html) throws IOException {
    return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2021-05-04T10:00:00Z"))
        .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8))
            .build()).build();
  }

  private static void text(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
