package org.detente.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** One line of a manifest: a document file and what is known about it. */
public record ManifestEntry(
    String id,
    Path path,
    Optional<LocalDate> published,
    Optional<String> title,
    Optional<String> source,
    Optional<String> url) {
  public ManifestEntry {
    requireNonNull(id, "id");
    requireNonNull(path, "path");
    requireNonNull(published, "published");
    requireNonNull(title, "title");
    requireNonNull(source, "source");
    requireNonNull(url, "url");
  }
}
