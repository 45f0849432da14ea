package org.detente.coding;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.detente.core.CameoCode;

/**
 * One trigger pattern: a verb, noun or predicative adjective lemma, an optional condition on one of its
 * dependents, where its target is found, and the code it gives.
 *
 * @param requireRelation "obj", "prt", "prep", "xcomp", "mod" or "" for no condition
 * @param targets "obj" or preposition words, tried in order
 */
public record Pattern(
    Pos pos, String lemma, String requireRelation, String requireWord, List<String> targets, CameoCode code,
    boolean symmetric) {
  /** The trigger's part of speech; an adjective counts only as a clause's predicate ("X is critical of Y"). */
  public enum Pos {
    VERB,
    NOUN,
    ADJ
  }

  public Pattern {
    requireNonNull(pos, "pos");
    requireNonNull(lemma, "lemma");
    requireNonNull(requireRelation, "requireRelation");
    requireNonNull(requireWord, "requireWord");
    targets = List.copyOf(targets);
    requireNonNull(code, "code");
  }

  /**
   * Whether the trigger heads a clause, taking its source from a subject: verbs and predicative adjectives;
   * nouns take theirs from a possessive or modifier.
   */
  public boolean verb() {
    return pos != Pos.NOUN;
  }

  /** Parses a row of patterns.tsv: {@code pos lemma requires target code flags}. */
  static Pattern parse(String[] row, String where) {
    Pos pos = switch (row[0]) {
      case "verb" -> Pos.VERB;
      case "noun" -> Pos.NOUN;
      case "adj" -> Pos.ADJ;
      default -> throw new IllegalArgumentException(where + ": pos must be verb, noun or adj, was '" + row[0] + "'");
    };
    String rel = "";
    String word = "";
    if (!row[2].equals("-")) {
      int eq = row[2].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(where + ": requires must be '-' or rel=word, was '" + row[2] + "'");
      }
      rel = row[2].substring(0, eq);
      word = row[2].substring(eq + 1);
      if (!List.of("obj", "prt", "prep", "xcomp", "mod").contains(rel)) {
        throw new IllegalArgumentException(where + ": unknown condition '" + rel + "' (want obj, prt, prep, xcomp or mod)");
      }
    }
    List<String> targets = row[3].equals("-") ? List.of() : List.of(row[3].split(","));
    return new Pattern(pos, row[1], rel, word, targets, new CameoCode(row[4]), row[5].contains("sym"));
  }
}
