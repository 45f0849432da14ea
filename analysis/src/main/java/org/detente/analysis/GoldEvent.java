package org.detente.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.detente.core.EventDate;
import org.detente.core.Mode;

/** One hand-made gold event, as defined by the project's gold format (eval/FORMAT.md). */
public record GoldEvent(
    String doc,
    String source,
    String target,
    String root,
    List<String> altRoots,
    boolean symmetric,
    Optional<EventDate> date,
    Mode mode,
    boolean optional,
    String evidence) {
  public GoldEvent {
    requireNonNull(doc, "doc");
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    requireNonNull(root, "root");
    altRoots = List.copyOf(altRoots);
    requireNonNull(date, "date");
    requireNonNull(mode, "mode");
    requireNonNull(evidence, "evidence");
  }

  public boolean acceptsRoot(String r) {
    return root.equals(r) || altRoots.contains(r);
  }
}
