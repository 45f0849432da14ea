/** The embedded DuckDB store: documents, events, rejects and runs. */
@NullMarked
package org.detente.store;

import org.jspecify.annotations.NullMarked;
