package org.detente.coding;

import org.detente.core.TabFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The trigger patterns of patterns.tsv, by lemma, in file order (the first that fits wins). */
public final class PatternBook {
  private final Map<String, List<Pattern>> verbs;
  private final Map<String, List<Pattern>> nouns;
  private final Map<String, List<Pattern>> adjectives;
  private final int size;

  private PatternBook(List<Pattern> patterns) {
    Map<String, List<Pattern>> v = new HashMap<>();
    Map<String, List<Pattern>> n = new HashMap<>();
    Map<String, List<Pattern>> a = new HashMap<>();
    for (Pattern p : patterns) {
      Map<String, List<Pattern>> by = switch (p.pos()) {
        case VERB -> v;
        case NOUN -> n;
        case ADJ -> a;
      };
      by.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    this.verbs = frozen(v);
    this.nouns = frozen(n);
    this.adjectives = frozen(a);
    this.size = patterns.size();
  }

  public static PatternBook load(CameoCodebook codebook) {
    List<Pattern> all = new ArrayList<>();
    Map<String, Integer> generic = new HashMap<>();
    int row = 0;
    for (String[] cells : TabFile.resource(PatternBook.class, "patterns.tsv", 6)) {
      row++;
      Pattern p = Pattern.parse(cells, "patterns.tsv row " + row);
      if (codebook.find(p.code().value()).isEmpty()) {
        throw new IllegalArgumentException("patterns.tsv row " + row + ": code " + p.code() + " is not in the codebook");
      }
      String key = p.pos() + " " + p.lemma();
      if (generic.containsKey(key) && !p.requireRelation().isEmpty()) {
        throw new IllegalArgumentException("patterns.tsv row " + row + ": " + key + " with a condition comes after the row "
            + generic.get(key) + " without one, which always matches first");
      }
      if (p.requireRelation().isEmpty()) {
        generic.putIfAbsent(key, row);
      }
      all.add(p);
    }
    return new PatternBook(all);
  }

  public List<Pattern> verbs(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  public List<Pattern> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  /** Patterns of adjectives used as a clause's predicate ("X is critical of Y"). */
  public List<Pattern> adjectives(String lemma) {
    return adjectives.getOrDefault(lemma, List.of());
  }

  private static Map<String, List<Pattern>> frozen(Map<String, List<Pattern>> byLemma) {
    Map<String, List<Pattern>> out = new HashMap<>();
    byLemma.forEach((lemma, list) -> out.put(lemma, List.copyOf(list)));
    return Map.copyOf(out);
  }

  public int size() {
    return size;
  }
}
