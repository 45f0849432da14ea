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
  private final int size;

  private PatternBook(List<Pattern> patterns) {
    Map<String, List<Pattern>> v = new HashMap<>();
    Map<String, List<Pattern>> n = new HashMap<>();
    for (Pattern p : patterns) {
      (p.verb() ? v : n).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    v.replaceAll((k, l) -> List.copyOf(l));
    n.replaceAll((k, l) -> List.copyOf(l));
    this.verbs = Map.copyOf(v);
    this.nouns = Map.copyOf(n);
    this.size = patterns.size();
  }

  public static PatternBook load(CameoCodebook codebook) {
    List<Pattern> all = new ArrayList<>();
    int row = 0;
    for (String[] cells : TabFile.resource(PatternBook.class, "patterns.tsv", 6)) {
      row++;
      Pattern p = Pattern.parse(cells, "patterns.tsv row " + row);
      if (codebook.find(p.code().value()).isEmpty()) {
        throw new IllegalArgumentException("patterns.tsv row " + row + ": code " + p.code() + " is not in the codebook");
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

  public int size() {
    return size;
  }
}
