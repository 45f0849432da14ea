package org.detente.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.detente.core.ProblemKind;
import org.detente.core.Result;

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, or Latin-1 (ISO-8859-1) when the bytes are
 * not UTF-8 but read as Latin-1 text; anything else is rejected as {@code NOT_TEXT} with the byte offset.
 *
 * <p>Latin-1 is taken only when every byte decodes to a printable character (no C0 or C1 control codes but tab,
 * line breaks and form feed) and the bytes hold no valid UTF-8 multi-byte sequence: text that is mostly UTF-8
 * with a broken sequence is damaged UTF-8, not Latin-1, and is rejected.
 */
final class TextDecoder {
  private TextDecoder() {}

  static Result<String> decode(byte[] bytes, String origin) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, origin);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, origin);
    }
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    int nul = indexOfNul(bytes, start);
    if (nul >= 0) {
      return Result.rejected(
          ProblemKind.NOT_TEXT,
          origin + ": binary content (NUL byte at offset " + nul + "); give text, HTML, JSON or WARC files");
    }
    Result<String> utf8 = strict(bytes, start, StandardCharsets.UTF_8, origin);
    if (utf8 instanceof Result.Rejected<String> && start == 0 && isLatin1Text(bytes)) {
      // #5: feeds and old archives send Latin-1; it is the one legacy encoding told apart safely
      return Result.ok(new String(bytes, StandardCharsets.ISO_8859_1));
    }
    return utf8;
  }

  /** Bytes in a charset the source declared (a WARC record's Content-Type); UTF-8 follows the rules above. */
  static Result<String> decode(byte[] bytes, Charset declared, String origin) {
    if (declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
      return decode(bytes, origin);
    }
    Result<String> text = strict(bytes, 0, declared, origin);
    if (text instanceof Result.Ok<String> ok && ok.value().indexOf('\0') >= 0) {
      return Result.rejected(ProblemKind.NOT_TEXT,
          origin + ": binary content (NUL character) in text declared as " + declared.name());
    }
    return text;
  }

  private static int indexOfNul(byte[] bytes, int start) {
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether every byte is a printable Latin-1 character and no valid UTF-8 multi-byte sequence occurs. */
  static boolean isLatin1Text(byte[] bytes) {
    boolean high = false;
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F || b >= 0x80 && b < 0xA0) {
        return false;
      }
      if (b >= 0x80) {
        high = true;
        if (utf8SequenceAt(bytes, i) > 1) {
          return false;
        }
      }
    }
    return high;
  }

  /** The length of the valid UTF-8 multi-byte sequence starting at {@code i}, or 0. */
  private static int utf8SequenceAt(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int n = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > bytes.length) {
      return 0;
    }
    for (int k = 1; k < n; k++) {
      int c = bytes[i + k] & 0xFF;
      if (c < 0x80 || c > 0xBF) {
        return 0;
      }
    }
    return n;
  }

  private static Result<String> strict(byte[] bytes, int start, Charset charset, String origin) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return Result.ok(decoder.decode(in).toString());
    } catch (CharacterCodingException e) {
      return Result.rejected(
          ProblemKind.NOT_TEXT,
          origin + ": not valid " + charset.name() + " near byte offset " + in.position()
              + "; convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)");
    }
  }
}
