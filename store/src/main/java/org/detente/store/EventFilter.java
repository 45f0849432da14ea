package org.detente.store;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.detente.core.Mode;

/**
 * Which events a read-side query selects. Every part is optional; absent parts select everything.
 *
 * @param dyad events between the two actors, either direction
 * @param actor events with this actor key on either side, or an actor code starting with it ({@code JPNGOV})
 * @param root two-digit CAMEO root ({@code 04})
 * @param code CAMEO code prefix: {@code 036} selects 036 and 0361-0369
 * @param from first event date, inclusive (events without a date are left out when from or to is given)
 * @param to last event date, inclusive
 * @param text words that must occur in the evidence sentence, compared in lower case
 */
public record EventFilter(
    Optional<Dyad> dyad,
    Optional<String> actor,
    Optional<String> root,
    Optional<String> code,
    Optional<Mode> mode,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<String> text) {
  public EventFilter {
    requireNonNull(dyad, "dyad");
    requireNonNull(actor, "actor");
    requireNonNull(root, "root");
    requireNonNull(code, "code");
    requireNonNull(mode, "mode");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(text, "text");
    actor.ifPresent(
        a -> {
          if (!Dyad.isKey(a)) {
            throw new IllegalArgumentException("not an actor key or code: '" + a + "'");
          }
        });
    root.ifPresent(
        r -> {
          if (!r.matches("0[1-9]|1[0-9]|20")) {
            throw new IllegalArgumentException("not a CAMEO root: '" + r + "' (want 01-20)");
          }
        });
    code.ifPresent(
        c -> {
          if (!c.matches("(0[1-9]|1[0-9]|20)[0-9]{0,2}")) {
            throw new IllegalArgumentException("not a CAMEO code: '" + c + "' (want 2-4 digits, root 01-20)");
          }
        });
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
    }
  }

  /** Selects every event. */
  public static EventFilter all() {
    return new EventFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  public EventFilter withDyad(Dyad d) {
    return new EventFilter(Optional.of(d), actor, root, code, mode, from, to, text);
  }

  public EventFilter withActor(String a) {
    return new EventFilter(dyad, Optional.of(a), root, code, mode, from, to, text);
  }

  public EventFilter withRoot(String r) {
    return new EventFilter(dyad, actor, Optional.of(r), code, mode, from, to, text);
  }

  public EventFilter withCode(String c) {
    return new EventFilter(dyad, actor, root, Optional.of(c), mode, from, to, text);
  }

  public EventFilter withMode(Mode m) {
    return new EventFilter(dyad, actor, root, code, Optional.of(m), from, to, text);
  }

  public EventFilter withFrom(LocalDate d) {
    return new EventFilter(dyad, actor, root, code, mode, Optional.of(d), to, text);
  }

  public EventFilter withTo(LocalDate d) {
    return new EventFilter(dyad, actor, root, code, mode, from, Optional.of(d), text);
  }

  public EventFilter withText(String t) {
    return new EventFilter(dyad, actor, root, code, mode, from, to, Optional.of(t));
  }
}
