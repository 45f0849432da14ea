package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** A coded document as stored: its text and what is known about it. */
public record StoredDocument(
    String id,
    Optional<String> title,
    Optional<String> source,
    Optional<String> url,
    Optional<LocalDate> published,
    String text,
    int sentences,
    int events) {
  public StoredDocument {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(source, "source");
    requireNonNull(url, "url");
    requireNonNull(published, "published");
    requireNonNull(text, "text");
  }
}
