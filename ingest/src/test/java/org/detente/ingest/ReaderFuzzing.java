package org.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What every reader harness checks on an input file: reading never throws, every document is an article or a
 * rejection (as many as the plan counted), and every rejection names the file it came from.
 */
final class ReaderFuzzing {
  private ReaderFuzzing() {}

  /** Writes {@code bytes} to {@code name} in {@code dir} and reads it (with {@code manifest} if given). */
  static Collected readBytes(Path dir, String name, byte[] bytes, Optional<String> manifest) {
    try {
      Path file = Files.write(dir.resolve(name), bytes);
      Optional<Path> m = manifest.map(dir::resolve);
      Collected got = new Collected().read(new IngestConfig(64 * 1024), m, List.of(m.isPresent() ? dir : file));
      String where = m.isPresent() ? dir.toString() : file.toString();
      assertThat(got.rejections).allSatisfy(r -> {
        assertThat(r.origin()).startsWith(where);
        assertThat(r.problem().message()).startsWith(r.origin());
      });
      assertThat(got.articles).allSatisfy(a -> assertThat(a.text()).isNotBlank());
      return got;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
