package org.detente.coding;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.detente.core.CameoCode;

/**
 * One trigger pattern: a verb or noun lemma, an optional condition on one of its dependents, where its
 * target is found, and the code it gives.
 *
 * @param requireRelation "obj", "prt", "prep", "xcomp" or "" for no condition
 * @param targets "obj" or preposition words, tried in order
 */
public record Pattern(
    boolean verb, String lemma, String requireRelation, String requireWord, List<String> targets, CameoCode code,
    boolean symmetric) {
  public Pattern {
    requireNonNull(lemma, "lemma");
    requireNonNull(requireRelation, "requireRelation");
    requireNonNull(requireWord, "requireWord");
    targets = List.copyOf(targets);
    requireNonNull(code, "code");
  }

  /** Parses a row of patterns.tsv: {@code pos lemma requires target code flags}. */
  static Pattern parse(String[] row, String where) {
    if (!row[0].equals("verb") && !row[0].equals("noun")) {
      throw new IllegalArgumentException(where + ": pos must be verb or noun, was '" + row[0] + "'");
    }
    String rel = "";
    String word = "";
    if (!row[2].equals("-")) {
      int eq = row[2].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(where + ": requires must be '-' or rel=word, was '" + row[2] + "'");
      }
      rel = row[2].substring(0, eq);
      word = row[2].substring(eq + 1);
      if (!List.of("obj", "prt", "prep", "xcomp").contains(rel)) {
        throw new IllegalArgumentException(where + ": unknown condition '" + rel + "' (want obj, prt, prep or xcomp)");
      }
    }
    List<String> targets = row[3].equals("-") ? List.of() : List.of(row[3].split(","));
    return new Pattern(row[0].equals("verb"), row[1], rel, word, targets, new CameoCode(row[4]), row[5].contains("sym"));
  }
}
