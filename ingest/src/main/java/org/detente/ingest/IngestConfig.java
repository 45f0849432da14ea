package org.detente.ingest;

/**
 * Limits for reading input.
 *
 * @param maxBytes files (and JSON Lines records) larger than this are rejected as too large
 */
public record IngestConfig(long maxBytes) {
  public IngestConfig {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("ingest.maxBytes must be >= 1, was " + maxBytes);
    }
  }

  public static IngestConfig defaults() {
    return new IngestConfig(10L * 1024 * 1024);
  }
}
