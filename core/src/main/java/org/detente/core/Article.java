package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A readable input document: its plain text and what is known about it.
 *
 * @param origin where it came from (file path, or path:line for JSON Lines), for messages and retries
 * @param sha256 hex SHA-256 of the original bytes, used to recognise a document already coded
 */
public record Article(
    ArticleId id,
    String text,
    String origin,
    String sha256,
    Optional<LocalDate> published,
    Optional<String> title,
    Optional<String> source,
    Optional<String> url) {
  public Article {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(origin, "origin");
    requireNonNull(sha256, "sha256");
    requireNonNull(published, "published");
    requireNonNull(title, "title");
    requireNonNull(source, "source");
    requireNonNull(url, "url");
  }
}
