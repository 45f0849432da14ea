package org.detente.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the manifest reader (#5) over a folder holding two documents: any manifest gives articles and rejections
 * naming their file or manifest line, never an exception.
 */
class ManifestFuzzTest {
  @TempDir static Path dir;

  @BeforeAll
  static void documents() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Japan and Russia held talks.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.html"), "<p>France met Germany.</p>", StandardCharsets.UTF_8);
  }

  @FuzzTest(maxDuration = "15s")
  void anyManifestIsReadLineByLine(@NotNull byte[] bytes) {
    ReaderFuzzing.readBytes(dir, DocumentReader.MANIFEST_NAME, bytes, Optional.of(DocumentReader.MANIFEST_NAME));
  }
}
