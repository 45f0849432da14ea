package org.detente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The shared corpus and gold sets beside the repository (system property {@code detente.shared}). */
final class Shared {
  private Shared() {}

  /**
   * The folder: {@code -Ddetente.shared}, else {@code $DETENTE_SHARED}, else a {@code shared} folder beside
   * the repository or one of its parents.
   */
  static Path dir() {
    List<Path> candidates = new ArrayList<>();
    Optional.ofNullable(System.getProperty("detente.shared")).ifPresent(p -> candidates.add(Path.of(p)));
    Optional.ofNullable(System.getenv("DETENTE_SHARED")).ifPresent(p -> candidates.add(Path.of(p)));
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      candidates.add(p.resolve("shared"));
    }
    for (Path c : candidates) {
      if (Files.isDirectory(c.resolve("corpus/seeds"))) {
        return c;
      }
    }
    throw new IllegalStateException("the shared corpus (shared/corpus/seeds) is not in any of " + candidates
        + "; set -Ddetente.shared=/path/to/shared or DETENTE_SHARED");
  }

  static Path seeds() {
    return dir().resolve("corpus/seeds");
  }

  /** The repository root (tests run in the cli module folder). */
  static Path repo() {
    return Path.of("").toAbsolutePath().getParent();
  }
}
