package org.detente.ingest;

import org.detente.core.Article;
import org.detente.core.Rejection;

/** Receives every document a reader produces: each one exactly once, as an article or a rejection. */
public interface DocumentSink {
  void article(Article article);

  void rejected(Rejection rejection);
}
