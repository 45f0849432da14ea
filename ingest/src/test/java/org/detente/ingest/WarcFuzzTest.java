package org.detente.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the WARC reader (#5): any bytes give articles and rejections naming the file and record offset, never an
 * exception. Its stored inputs start from a small, valid, uncompressed crawl.
 */
class WarcFuzzTest {
  @TempDir static Path dir;

  @FuzzTest(maxDuration = "15s")
  void anyBytesAreReadRecordByRecord(@NotNull byte[] bytes) {
    ReaderFuzzing.readBytes(dir, "crawl.warc", bytes, Optional.empty());
  }
}
