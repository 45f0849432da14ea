package org.detente.ingest;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.Problem;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;
import org.detente.core.Result;
import org.detente.core.Sha256;

/**
 * Turns files and folders into articles. Reads {@code .txt}, {@code .html}/{@code .htm}, {@code .json}
 * (one object or an array), {@code .jsonl} (one object a line, fields {@code id, text, title,
 * published, url, source}) and web archives ({@code .warc}, {@code .warc.gz}: see {@link WarcArchiveReader}).
 * Text is UTF-8, UTF-16 with a BOM, or Latin-1 ({@link TextDecoder}). A manifest gives ids and publication
 * dates to the files it names; a file called {@code manifest.jsonl} inside an input folder is that folder's
 * manifest.
 *
 * <p>Every document ends in the sink exactly once: as an {@link Article}, or as a {@link Rejection} with
 * kind {@code UNREADABLE}, {@code NOT_TEXT}, {@code EMPTY}, {@code TOO_LARGE}, {@code MALFORMED} or
 * {@code DUPLICATE_ID} whose message names the file (with {@code :LINE} for JSON Lines and manifests,
 * {@code [INDEX]} for JSON arrays, {@code @OFFSET} for WARC records). {@link #count} says beforehand how many
 * that will be. Files over the byte limit are rejected unread (JSON Lines and WARC files are limited per record).
 */
public final class DocumentReader {
  public static final String MANIFEST_NAME = "manifest.jsonl";
  private static final int MAX_ID = 512;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IngestConfig config;
  private final WarcArchiveReader warc;
  private final JsonLinesReader jsonLines;

  public DocumentReader(IngestConfig config) {
    this.config = requireNonNull(config, "config");
    this.warc = new WarcArchiveReader(config);
    this.jsonLines = new JsonLinesReader(config);
  }

  /** The plan for a run: which files to read and which manifest entries describe them. */
  public record Plan(List<Path> files, Map<Path, ManifestEntry> described, List<Rejection> early) {
    public Plan {
      files = List.copyOf(files);
      described = Map.copyOf(described);
      early = List.copyOf(early);
    }
  }

  /** Lists the input files (folders recursively, sorted) and reads the manifests, without reading documents. */
  public Plan plan(List<Path> inputs, Optional<Path> manifest) {
    List<Path> files = new ArrayList<>();
    Map<Path, ManifestEntry> described = new HashMap<>();
    List<Rejection> early = new ArrayList<>();
    Set<Path> manifests = new HashSet<>();
    manifest.ifPresent(m -> manifests.add(m.toAbsolutePath().normalize()));
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        Path auto = input.resolve(MANIFEST_NAME);
        if (Files.isRegularFile(auto)) {
          manifests.add(auto.toAbsolutePath().normalize());
        }
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list folder " + input + ": " + e.getMessage(), e);
        }
      } else {
        files.add(input);
      }
    }
    Set<Path> seen = new HashSet<>();
    List<Path> kept = new ArrayList<>();
    for (Path f : files) {
      Path abs = f.toAbsolutePath().normalize();
      if (!manifests.contains(abs) && seen.add(abs)) {
        kept.add(abs);
      }
    }
    for (Path m : manifests) {
      ManifestReader.Manifest read = ManifestReader.read(m);
      early.addAll(read.rejections());
      for (ManifestEntry e : read.entries()) {
        described.put(e.path(), e);
        if (seen.add(e.path())) {
          kept.add(e.path());
        }
      }
    }
    return new Plan(kept, described, early);
  }

  /** How many documents the plan will produce (JSON Lines files count their non-blank lines). */
  public long count(Plan plan) {
    long n = plan.early().size();
    for (Path f : plan.files()) {
      if (WarcArchiveReader.isWarc(f) && Files.isReadable(f)) {
        n += warc.count(f);
      } else if (extension(f).equals("jsonl") && Files.isReadable(f)) {
        long[] lines = {0};
        jsonLines.read(f, (origin, text) -> lines[0]++, r -> lines[0]++);
        n += lines[0];
      } else {
        n += 1;
      }
    }
    return n;
  }

  /** Reads every document of the plan into the sink, one at a time. */
  public void read(Plan plan, DocumentSink sink) {
    Set<String> ids = new HashSet<>();
    DocumentSink deduplicating =
        new DocumentSink() {
          @Override
          public void article(Article a) {
            if (ids.add(a.id().value())) {
              sink.article(a);
            } else {
              sink.rejected(
                  new Rejection(
                      a.origin(),
                      a.origin(),
                      new Problem(
                          ProblemKind.DUPLICATE_ID,
                          a.origin() + ": id '" + a.id() + "' was already used by another document of this run;"
                              + " give each document its own id")));
            }
          }

          @Override
          public void rejected(Rejection r) {
            sink.rejected(r);
          }
        };
    plan.early().forEach(sink::rejected);
    for (Path f : plan.files()) {
      readFile(f, Optional.ofNullable(plan.described().get(f)), deduplicating);
    }
  }

  private void readFile(Path file, Optional<ManifestEntry> entry, DocumentSink sink) {
    String origin = file.toString();
    String ext = extension(file);
    String id = entry.map(ManifestEntry::id).orElse(stem(file));
    if (WarcArchiveReader.isWarc(file) && Files.isReadable(file)) {
      warc.read(file, sink);
      return;
    }
    if (ext.equals("jsonl") && Files.isReadable(file)) {
      jsonLines.read(file, (lineOrigin, text) -> record(text, lineOrigin, sha(text), sink), sink::rejected);
      return;
    }
    if (!WarcArchiveReader.isWarc(file) && !Set.of("txt", "text", "html", "htm", "json", "jsonl").contains(ext)) {
      sink.rejected(reject(origin, id, ProblemKind.UNREADABLE,
          origin + ": unsupported file type '." + ext + "' (want .txt, .html, .htm, .json, .jsonl, .warc or .warc.gz)"));
      return;
    }
    if (!Files.exists(file)) {
      sink.rejected(reject(origin, id, ProblemKind.UNREADABLE, origin + ": no such file"
          + (entry.isPresent() ? " (a manifest names it, id '" + id + "'); add the file or remove the line" : "")));
      return;
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > config.maxBytes()) {
        sink.rejected(reject(origin, id, ProblemKind.TOO_LARGE,
            origin + ": " + size + " bytes, over the limit of " + config.maxBytes() + "; split the file"));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.rejected(reject(origin, id, ProblemKind.UNREADABLE, origin + ": cannot read (" + JsonLinesReader.describe(e) + ")"));
      return;
    }
    Result<String> decoded = TextDecoder.decode(bytes, origin);
    if (decoded instanceof Result.Rejected<String> r) {
      sink.rejected(new Rejection(origin, id, r.problem()));
      return;
    }
    String text = ((Result.Ok<String>) decoded).value();
    String sha = Sha256.hex(bytes);
    if (ext.equals("json")) {
      readJson(text, origin, sha, sink);
      return;
    }
    Optional<LocalDate> published = entry.flatMap(ManifestEntry::published);
    Optional<String> title = entry.flatMap(ManifestEntry::title);
    if (ext.startsWith("htm")) {
      HtmlText.Page page = HtmlText.extract(text);
      text = page.text();
      if (title.isEmpty()) {
        title = page.title();
      }
      if (published.isEmpty()) {
        published = page.published().flatMap(DocumentReader::tryDate);
      }
    }
    emit(id, text, origin, sha, published, title, entry.flatMap(ManifestEntry::source), entry.flatMap(ManifestEntry::url), sink);
  }

  private void readJson(String text, String origin, String sha, DocumentSink sink) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (IOException e) {
      sink.rejected(reject(origin, origin, ProblemKind.MALFORMED, origin + ": not JSON (" + firstLine(e) + ")"));
      return;
    }
    if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        fields(node.get(i), origin + "[" + i + "]", sha + ":" + i, sink);
      }
    } else {
      fields(node, origin, sha, sink);
    }
  }

  private void record(String line, String origin, String sha, DocumentSink sink) {
    try {
      fields(JSON.readTree(line), origin, sha, sink);
    } catch (IOException e) {
      sink.rejected(reject(origin, origin, ProblemKind.MALFORMED,
          origin + ": not a JSON object (" + firstLine(e) + "); want {\"id\":…, \"text\":…}"));
    }
  }

  private void fields(JsonNode node, String origin, String sha, DocumentSink sink) {
    if (node == null || !node.isObject()) {
      sink.rejected(reject(origin, origin, ProblemKind.MALFORMED,
          origin + ": want a JSON object with \"text\" (and \"id\", \"published\", \"title\", \"source\", \"url\")"));
      return;
    }
    Optional<String> id = ManifestReader.text(node, "id");
    if (node.has("text") && !node.get("text").isTextual() && !node.get("text").isNull()) {
      sink.rejected(reject(origin, id.orElse(origin), ProblemKind.MALFORMED,
          origin + ": \"text\" is a " + node.get("text").getNodeType().name().toLowerCase(Locale.ROOT)
              + ", want a string"));
      return;
    }
    Optional<String> text = ManifestReader.text(node, "text");
    if (text.isEmpty()) {
      sink.rejected(reject(origin, id.orElse(origin), ProblemKind.EMPTY, origin + ": no \"text\" field or it is empty"));
      return;
    }
    Optional<LocalDate> published = ManifestReader.text(node, "published").flatMap(DocumentReader::tryDate);
    if (published.isEmpty() && ManifestReader.text(node, "published").isPresent()) {
      sink.rejected(reject(origin, id.orElse(origin), ProblemKind.MALFORMED,
          origin + ": \"published\" is not a date (want YYYY-MM-DD)"));
      return;
    }
    emit(id.orElse(sha.substring(0, 16)), text.get(), origin, sha, published, ManifestReader.text(node, "title"),
        ManifestReader.text(node, "source"), ManifestReader.text(node, "url"), sink);
  }

  private static void emit(
      String id, String text, String origin, String sha, Optional<LocalDate> published, Optional<String> title,
      Optional<String> source, Optional<String> url, DocumentSink sink) {
    if (text.isBlank()) {
      sink.rejected(reject(origin, id, ProblemKind.EMPTY, origin + ": no text left after extraction"));
      return;
    }
    if (id.isBlank() || id.length() > MAX_ID) {
      sink.rejected(reject(origin, origin, ProblemKind.MALFORMED,
          origin + ": id of " + id.length() + " chars; want 1-" + MAX_ID + " non-blank chars"));
      return;
    }
    sink.article(new Article(new ArticleId(id), text, origin, sha, published, title, source, url));
  }

  private static String sha(String text) {
    return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
  }

  private static Rejection reject(String origin, String id, ProblemKind kind, String message) {
    return new Rejection(origin, id, new Problem(kind, message));
  }

  private static Optional<LocalDate> tryDate(String s) {
    try {
      return Optional.of(ManifestReader.date(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    return m.lines().findFirst().orElse(m);
  }

  static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String stem(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

}
