/** The command line: commands and the local wiring of the stages. */
@NullMarked
package org.detente.cli;

import org.jspecify.annotations.NullMarked;
