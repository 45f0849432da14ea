package org.detente.core;

/** Why an input document was not coded. Stored with every reject so a run can be audited and retried. */
public enum ProblemKind {
  /** The file or record could not be read at all (I/O error, missing file). */
  UNREADABLE,
  /** The bytes are not text: binary content or not decodable as UTF-8. */
  NOT_TEXT,
  /** No usable text after extraction (empty, whitespace only, markup only). */
  EMPTY,
  /** The input is larger than the configured limit. */
  TOO_LARGE,
  /** A JSON/JSONL record or manifest line is malformed or lacks required fields. */
  MALFORMED,
  /** Another document with the same id was already read in this run. */
  DUPLICATE_ID,
  /** The NLP stage failed on this document. */
  NLP_FAILED,
  /** The coding stage failed on this document. */
  CODING_FAILED
}
