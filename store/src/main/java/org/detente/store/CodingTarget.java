package org.detente.store;

import java.util.List;
import org.detente.core.ArticleId;
import org.detente.core.CodedArticle;
import org.detente.core.Rejection;

/**
 * Where a coding run puts what it coded: the store itself ({@link DuckDbStore}) or, while a server owns the
 * store, the store's spool ({@link SpoolWriter}), which the server imports.
 */
public interface CodingTarget {
  /** Starts a run and returns its id. */
  long beginRun();

  /** Whether this exact document (same id, same content) is already coded, so the run can skip it. */
  boolean isCoded(ArticleId id, String sha256);

  /** Stores coded documents as one unit: all or none. */
  void saveCodedAll(List<CodedArticle> documents, long run);

  /** Records why a document was not coded. */
  void saveRejected(Rejection r, long run);

  /** Ends the run with its counts ({@code in == coded + rejected}). */
  void finishRun(long run, long in, long coded, long rejected);
}
