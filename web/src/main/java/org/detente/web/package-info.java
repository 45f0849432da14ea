/**
 * The read-only web side: a REST API over the store, the dyad page that uses it, and self-contained HTML
 * reports. Consumes a {@link org.detente.store.StoreReader} and {@link org.detente.web.Labels}; never writes.
 */
@NullMarked
package org.detente.web;

import org.jspecify.annotations.NullMarked;
