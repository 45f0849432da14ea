package org.detente.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.detente.core.ProblemKind;
import org.detente.core.Result;

/** Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is rejected. */
final class TextDecoder {
  private TextDecoder() {}

  static Result<String> decode(byte[] bytes, String origin) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE.newDecoder(), origin);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE.newDecoder(), origin);
    }
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return Result.rejected(
            ProblemKind.NOT_TEXT,
            origin + ": binary content (NUL byte at offset " + i + "); give text, HTML or JSON files");
      }
    }
    return strict(bytes, start, StandardCharsets.UTF_8.newDecoder(), origin);
  }

  private static Result<String> strict(byte[] bytes, int start, CharsetDecoder decoder, String origin) {
    decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return Result.ok(decoder.decode(in).toString());
    } catch (CharacterCodingException e) {
      return Result.rejected(
          ProblemKind.NOT_TEXT,
          origin + ": not valid " + decoder.charset().name() + " near byte offset " + in.position()
              + "; convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)");
    }
  }
}
