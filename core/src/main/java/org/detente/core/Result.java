package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/** What a {@link Stage} produced: a value, or the {@link Problem} that made it reject its input. */
public sealed interface Result<T> permits Result.Ok, Result.Rejected {
  record Ok<T>(T value) implements Result<T> {
    public Ok {
      requireNonNull(value, "value");
    }
  }

  record Rejected<T>(Problem problem) implements Result<T> {
    public Rejected {
      requireNonNull(problem, "problem");
    }
  }

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Result<T> rejected(ProblemKind kind, String message) {
    return new Rejected<>(new Problem(kind, message));
  }

  default <R> Result<R> flatMap(Function<? super T, Result<R>> next) {
    if (this instanceof Ok<T> ok) {
      return next.apply(ok.value());
    }
    return new Rejected<>(((Rejected<T>) this).problem());
  }
}
