/** Files, folders, HTML, JSON Lines and manifests to {@link org.detente.core.Article} or a rejection. */
@NullMarked
package org.detente.ingest;

import org.jspecify.annotations.NullMarked;
