package org.detente.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.Problem;
import org.detente.core.ProblemKind;
import org.detente.core.Rejection;
import org.detente.core.Result;
import org.detente.core.Sha256;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the documents of a web archive ({@code .warc} or {@code .warc.gz}): every {@code response} record of a
 * successful (2xx) HTTP capture, and every {@code resource} record, whose payload is HTML ({@code text/html},
 * {@code application/xhtml+xml}) or plain text. Other records (requests, metadata, warcinfo, images, scripts,
 * redirects) are not documents and are skipped without a word.
 *
 * <p>A document's id is the record's target URI (its record id when the URI is longer than an id may be), its
 * publication date the WARC-Date (UTC), its origin {@code FILE@OFFSET} with the record's offset in the file.
 * A document record that cannot be read is rejected ({@code UNREADABLE}, {@code NOT_TEXT}, {@code EMPTY},
 * {@code TOO_LARGE}) naming the file, the offset and the record; a file that stops being WARC (not one at all,
 * truncated, corrupt) gives one {@code MALFORMED} rejection at the offset where it broke, and the records
 * after it are not read.
 */
final class WarcArchiveReader {
  private static final int MAX_ID = 512;

  private final IngestConfig config;

  WarcArchiveReader(IngestConfig config) {
    this.config = requireNonNull(config, "config");
  }

  /** Whether the file is read as a web archive: its name ends with {@code .warc} or {@code .warc.gz}. */
  static boolean isWarc(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".warc") || name.endsWith(".warc.gz");
  }

  /** How many documents {@link #read} will put into a sink (document records, plus one if the file breaks). */
  long count(Path file) {
    long[] n = {0};
    scan(file, (record, offset) -> n[0]++, broken -> n[0]++);
    return n[0];
  }

  /** Reads every document record of the file into the sink. */
  void read(Path file, DocumentSink sink) {
    scan(file, (record, offset) -> document(file, record, offset, sink), sink::rejected);
  }

  private interface RecordHandler {
    void document(WarcTargetRecord record, long offset) throws IOException;
  }

  private interface BrokenHandler {
    void broken(Rejection rejection);
  }

  /**
   * Walks the records, handing document records to {@code documents} and a break in the file to {@code broken}
   * (at most once, and never at the offset of a document record, which reports its own damage when read).
   */
  private static void scan(Path file, RecordHandler documents, BrokenHandler broken) {
    long last = -1; // offset of the last record read
    long handed = -1; // offset of the last document record handed out
    WarcReader warc = null;
    try {
      warc = new WarcReader(file);
      while (true) {
        Optional<WarcRecord> next = warc.next();
        if (next.isEmpty()) {
          long end = warc.position();
          long size = Files.size(file);
          // #5: jwarc ends quietly at a record cut short: its end is past the file's, or bytes are left over
          if (end > size && last != handed) {
            throw new BrokenAt(last, "the record claims " + (end - size) + " more bytes than the file has");
          }
          if (end < size) {
            throw new BrokenAt(end, (size - end) + " bytes at the end are no whole record");
          }
          return;
        }
        WarcRecord record = next.get();
        last = record.position();
        if (isDocument(record)) {
          handed = last;
          documents.document((WarcTargetRecord) record, last);
        }
      }
    } catch (BrokenAt e) {
      report(file, e.offset, e.getMessage(), broken);
    } catch (IOException | RuntimeException e) {
      long at = warc == null ? 0 : warc.position();
      if (at != handed) {
        report(file, at, message(e), broken);
      }
    } finally {
      closeQuietly(warc);
    }
  }

  /** A file that stops being WARC at {@code offset}. */
  private static final class BrokenAt extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;

    BrokenAt(long offset, String message) {
      super(message);
      this.offset = offset;
    }
  }

  private static void report(Path file, long offset, String why, BrokenHandler broken) {
    String origin = file + "@" + offset;
    broken.broken(new Rejection(origin, origin, new Problem(ProblemKind.MALFORMED,
        origin + ": not a readable WARC record (" + why + "); the rest of the file is not read")));
  }

  private static void closeQuietly(@Nullable WarcReader warc) {
    if (warc != null) {
      try {
        warc.close();
      } catch (IOException e) {
        // reading is over and every outcome was given; a failing close loses nothing
      }
    }
  }

  /**
   * Whether a record is a document: a 2xx HTTP response or a resource, carrying HTML or text. A record whose
   * headers cannot be parsed is taken as a document, so that reading it rejects it with the reason.
   */
  private static boolean isDocument(WarcRecord record) {
    try {
      if (record instanceof WarcResponse response) {
        if (response.contentType().base().equals(MediaType.HTTP)) {
          int status = response.http().status();
          if (status < 200 || status > 299) {
            return false;
          }
        }
        return isText(response.payloadType());
      }
      if (record instanceof WarcResource resource) {
        return isText(resource.payloadType());
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return record instanceof WarcResponse || record instanceof WarcResource;
    }
  }

  private static boolean isText(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("text/plain");
  }

  private void document(Path file, WarcTargetRecord record, long offset, DocumentSink sink) {
    String origin = file + "@" + offset;
    String where = origin + " (record " + safe(() -> record.id().toString()) + ")";
    String id = origin;
    try {
      id = documentId(record);
      MediaType type = ((WarcCaptureRecord) record).payloadType();
      byte[] bytes = payload(record);
      if (bytes.length > config.maxBytes()) {
        sink.rejected(reject(origin, id, ProblemKind.TOO_LARGE,
            where + ": payload over the limit of " + config.maxBytes() + " bytes; raise --max-bytes"));
        return;
      }
      Result<String> decoded = decode(bytes, type, where);
      if (decoded instanceof Result.Rejected<String> r) {
        sink.rejected(new Rejection(origin, id, r.problem()));
        return;
      }
      String text = ((Result.Ok<String>) decoded).value();
      Optional<String> title = Optional.empty();
      if (!type.base().toString().toLowerCase(Locale.ROOT).equals("text/plain")) {
        HtmlText.Page page = HtmlText.extract(text);
        text = page.text();
        title = page.title();
      }
      if (text.isBlank()) {
        sink.rejected(reject(origin, id, ProblemKind.EMPTY, where + ": no text left after extraction"));
        return;
      }
      Optional<LocalDate> published = Optional.of(LocalDate.ofInstant(record.date(), ZoneOffset.UTC));
      Optional<String> url = Optional.ofNullable(record.target()).filter(t -> !t.isBlank());
      sink.article(new Article(new ArticleId(id), text, origin, Sha256.hex(bytes), published, title,
          Optional.empty(), url));
    } catch (IOException | RuntimeException e) {
      sink.rejected(reject(origin, id, ProblemKind.UNREADABLE, where + ": cannot read the record (" + message(e) + ")"));
    }
  }

  /** The target URI, or the record id when there is none or it is too long to be an id. */
  private static String documentId(WarcTargetRecord record) {
    String target = record.target();
    if (target != null && !target.isBlank() && target.length() <= MAX_ID) {
      return target.strip();
    }
    return record.id().toString();
  }

  /** The payload bytes (HTTP chunking and content encoding undone), at most one byte over the limit. */
  private byte[] payload(WarcTargetRecord record) throws IOException {
    MessageBody body = record instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)
        ? response.http().bodyDecoded()
        : record.body();
    long limit = config.maxBytes() + 1;
    try (InputStream in = body.stream()) {
      return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
  }

  /** The declared charset when the payload names one Java knows, else the rules of {@link TextDecoder}. */
  private static Result<String> decode(byte[] bytes, MediaType type, String where) {
    String declared = type.parameters().get("charset");
    if (declared != null) {
      try {
        Charset charset = Charset.forName(declared.strip());
        return TextDecoder.decode(bytes, charset, where);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // #5: an unknown charset name is common in the wild; fall back to detection rather than reject
      }
    }
    return TextDecoder.decode(bytes, where);
  }

  private static Rejection reject(String origin, String id, ProblemKind kind, String message) {
    return new Rejection(origin, id, new Problem(kind, message));
  }

  private interface Text {
    String get() throws IOException;
  }

  private static String safe(Text text) {
    try {
      return text.get();
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().findFirst().orElse(m);
  }
}
