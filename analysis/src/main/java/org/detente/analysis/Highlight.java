package org.detente.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.detente.core.CodedEvent;

/**
 * A stretch of an article to mark for one event: the evidence sentence, or the words for its source, its
 * target or its trigger. Offsets are characters in the article text, end exclusive.
 */
public record Highlight(Kind kind, int start, int end) {
  /** What a highlight marks. */
  public enum Kind {
    SENTENCE,
    SOURCE,
    TARGET,
    TRIGGER;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Highlight {
    requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a highlight needs 0 <= start <= end, was " + start + ".." + end);
    }
  }

  /**
   * The highlights of {@code e}: its sentence, then the words of the source, target and trigger as they
   * occur in the sentence. The store keeps those words, not their offsets, so they are found again: as a
   * whole word, case-sensitive first; the trigger preferably outside the actors' words. Words that do not
   * occur (an actor the coder inferred, e.g. "the two sides" resolved to two countries) get no highlight.
   */
  public static List<Highlight> of(CodedEvent e) {
    List<Highlight> out = new ArrayList<>();
    out.add(new Highlight(Kind.SENTENCE, e.start(), e.end()));
    String s = e.evidence();
    List<int[]> taken = new ArrayList<>();
    find(s, e.sourceText(), taken).ifPresent(at -> {
      out.add(new Highlight(Kind.SOURCE, e.start() + at[0], e.start() + at[1]));
      taken.add(at);
    });
    find(s, e.targetText(), taken).ifPresent(at -> {
      out.add(new Highlight(Kind.TARGET, e.start() + at[0], e.start() + at[1]));
      taken.add(at);
    });
    find(s, e.trigger(), taken).ifPresent(at -> out.add(new Highlight(Kind.TRIGGER, e.start() + at[0], e.start() + at[1])));
    out.sort(Comparator.comparingInt(Highlight::start).thenComparing(h -> -h.end()));
    return out;
  }

  /** The first whole-word occurrence of {@code words} in {@code s} not overlapping {@code taken}. */
  private static Optional<int[]> find(String s, String words, List<int[]> taken) {
    String w = words.strip();
    if (w.isEmpty()) {
      return Optional.empty();
    }
    Optional<int[]> exact = scan(s, w, taken, false);
    return exact.isPresent() ? exact : scan(s, w, taken, true);
  }

  /** Case-insensitive by {@code regionMatches}, which keeps offsets (lower-casing may change lengths). */
  private static Optional<int[]> scan(String s, String w, List<int[]> taken, boolean ignoreCase) {
    Optional<int[]> overlapping = Optional.empty();
    for (int i = 0; i + w.length() <= s.length(); i++) {
      int end = i + w.length();
      if (!s.regionMatches(ignoreCase, i, w, 0, w.length()) || !wordEdge(s, i - 1) || !wordEdge(s, end)) {
        continue;
      }
      int start = i;
      if (taken.stream().noneMatch(t -> t[0] < end && start < t[1])) {
        return Optional.of(new int[] {start, end});
      }
      if (overlapping.isEmpty()) {
        overlapping = Optional.of(new int[] {start, end});
      }
    }
    return overlapping;
  }

  private static boolean wordEdge(String s, int i) {
    return i < 0 || i >= s.length() || !Character.isLetterOrDigit(s.charAt(i));
  }
}
