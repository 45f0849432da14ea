/**
 * JMH benchmarks (#6): the coding stage alone on pre-annotated sentences, and bulk store writes through
 * DuckDB's appender. Run with {@code java -jar bench/target/benchmarks.jar} (docs/PERFORMANCE.md); they are
 * not tests and never run in the test suite.
 */
@NullMarked
package org.detente.bench;

import org.jspecify.annotations.NullMarked;
