/** Records, typed codes and the {@link org.detente.core.Stage} contract shared by every stage. */
@NullMarked
package org.detente.core;

import org.jspecify.annotations.NullMarked;
