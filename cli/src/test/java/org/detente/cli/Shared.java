package org.detente.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus and gold sets beside the repository (system property {@code detente.shared}). */
final class Shared {
  private Shared() {}

  static Path dir() {
    Path p = Path.of(System.getProperty("detente.shared", "../../shared"));
    if (!Files.isDirectory(p.resolve("corpus/seeds"))) {
      throw new IllegalStateException("the shared corpus is not at " + p.toAbsolutePath()
          + "; set -Ddetente.shared=/path/to/shared");
    }
    return p;
  }

  static Path seeds() {
    return dir().resolve("corpus/seeds");
  }

  /** The repository root (tests run in the cli module folder). */
  static Path repo() {
    return Path.of("").toAbsolutePath().getParent();
  }
}
