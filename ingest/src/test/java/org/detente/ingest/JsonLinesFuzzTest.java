package org.detente.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** Fuzzes the JSON Lines reader (#5): any bytes give articles and rejections naming file and line, never an exception. */
class JsonLinesFuzzTest {
  @TempDir static Path dir;

  @FuzzTest(maxDuration = "15s")
  void anyBytesAreReadLineByLine(@NotNull byte[] bytes) {
    ReaderFuzzing.readBytes(dir, "docs.jsonl", bytes, Optional.empty());
  }
}
