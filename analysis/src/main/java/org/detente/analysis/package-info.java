/** Read-side aggregates (dyad balances) and scoring of coded events against hand-made gold. */
@NullMarked
package org.detente.analysis;

import org.jspecify.annotations.NullMarked;
