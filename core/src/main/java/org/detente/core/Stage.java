package org.detente.core;

import static java.util.Objects.requireNonNull;

/**
 * One pipeline step. Never mutates its input; the same input and configuration give the same output.
 *
 * @param <I> what the stage consumes
 * @param <O> what it produces when the input is usable
 */
@FunctionalInterface
public interface Stage<I, O> {
  Result<O> apply(I input);

  default <R> Stage<I, R> then(Stage<? super O, R> next) {
    requireNonNull(next, "next");
    return input -> apply(input).flatMap(next::apply);
  }
}
