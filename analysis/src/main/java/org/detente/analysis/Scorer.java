package org.detente.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores predictions against gold events by the project's rules: actors compared at country or
 * organisation level, a prediction matches a gold event of the same document whose root (or an alternative
 * root) it has and whose actors it has (in either order for symmetric events). Events with the same
 * country on both sides are not scored.
 */
public final class Scorer {
  private Scorer() {}

  /** What the scorer found. */
  public record Report(
      int requiredGold,
      int matchedRequired,
      int scoredPredictions,
      int matchingPredictions,
      int matchedGoldWithDate,
      int datesRight,
      int matchedGold,
      int modesRight,
      List<GoldEvent> missed,
      List<Prediction> matching,
      List<Prediction> unmatched,
      List<Mismatch> wrongDates,
      List<Mismatch> wrongModes,
      List<RootFigures> roots) {
    public Report {
      missed = List.copyOf(missed);
      matching = List.copyOf(matching);
      unmatched = List.copyOf(unmatched);
      roots = List.copyOf(roots);
      wrongDates = List.copyOf(wrongDates);
      wrongModes = List.copyOf(wrongModes);
    }

    public double recall() {
      return ratio(matchedRequired, requiredGold);
    }

    public double precision() {
      return ratio(matchingPredictions, scoredPredictions);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double dateAccuracy() {
      return ratio(datesRight, matchedGoldWithDate);
    }

    public double modeAccuracy() {
      return ratio(modesRight, matchedGold);
    }

    /** Scored predictions with confidence at least {@code threshold}. */
    public int predictionsAt(double threshold) {
      return countAt(matching, threshold) + countAt(unmatched, threshold);
    }

    /** Of those, the ones that match some gold event. */
    public int matchingAt(double threshold) {
      return countAt(matching, threshold);
    }

    /** Precision over the scored predictions with confidence at least {@code threshold}. */
    public double precisionAt(double threshold) {
      return ratio(matchingAt(threshold), predictionsAt(threshold));
    }

    private static int countAt(List<Prediction> list, double threshold) {
      return (int) list.stream().filter(p -> p.event().confidence() >= threshold).count();
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  /**
   * The figures of one CAMEO root: required gold events of that root and how many were matched (recall), scored
   * predictions of that root and how many match a gold event (precision).
   */
  public record RootFigures(String root, int gold, int matchedGold, int predictions, int matchingPredictions) {
    public double recall() {
      return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    public double precision() {
      return predictions == 0 ? 0 : (double) matchingPredictions / predictions;
    }
  }

  /** A matched gold event whose date or mode no matching prediction got right, with those predictions. */
  public record Mismatch(GoldEvent gold, List<Prediction> predictions) {
    public Mismatch {
      predictions = List.copyOf(predictions);
    }
  }

  public static Report score(List<GoldEvent> gold, List<Prediction> predictions) {
    List<Prediction> scored = new ArrayList<>();
    for (Prediction p : predictions) {
      if (p.isDyadic()) {
        scored.add(p);
      }
    }
    int required = 0;
    int matchedRequired = 0;
    int matchedGold = 0;
    int withDate = 0;
    int datesRight = 0;
    int modesRight = 0;
    List<GoldEvent> missed = new ArrayList<>();
    List<Mismatch> wrongDates = new ArrayList<>();
    List<Mismatch> wrongModes = new ArrayList<>();
    for (GoldEvent g : gold) {
      if (g.source().equals(g.target())) {
        continue;
      }
      List<Prediction> matching = new ArrayList<>();
      for (Prediction p : scored) {
        if (matches(p, g)) {
          matching.add(p);
        }
      }
      if (!g.optional()) {
        required++;
        if (matching.isEmpty()) {
          missed.add(g);
        } else {
          matchedRequired++;
        }
      }
      if (matching.isEmpty()) {
        continue;
      }
      matchedGold++;
      if (matching.stream().anyMatch(p -> p.event().mode() == g.mode())) {
        modesRight++;
      } else {
        wrongModes.add(new Mismatch(g, matching));
      }
      if (g.date().isPresent()) {
        withDate++;
        if (matching.stream().anyMatch(p -> p.event().date().map(d -> d.agreesWith(g.date().get())).orElse(false))) {
          datesRight++;
        } else {
          wrongDates.add(new Mismatch(g, matching));
        }
      }
    }
    List<Prediction> matchingList = new ArrayList<>();
    List<Prediction> unmatched = new ArrayList<>();
    for (Prediction p : scored) {
      if (gold.stream().anyMatch(g -> matches(p, g))) {
        matchingList.add(p);
      } else {
        unmatched.add(p);
      }
    }
    return new Report(required, matchedRequired, scored.size(), matchingList.size(), withDate, datesRight,
        matchedGold, modesRight, missed, matchingList, unmatched, wrongDates, wrongModes,
        roots(gold, missed, matchingList, unmatched));
  }

  /** Per root: required gold (by gold root) and scored predictions (by predicted root), roots in order. */
  private static List<RootFigures> roots(
      List<GoldEvent> gold, List<GoldEvent> missed, List<Prediction> matching, List<Prediction> unmatched) {
    Map<String, int[]> m = new TreeMap<>(); // required, matched, predictions, matching
    for (GoldEvent g : gold) {
      if (!g.optional() && !g.source().equals(g.target())) {
        m.computeIfAbsent(g.root(), k -> new int[4])[0]++;
      }
    }
    for (GoldEvent g : missed) {
      m.get(g.root())[1]--;
    }
    m.forEach((root, c) -> c[1] += c[0]);
    for (Prediction p : matching) {
      int[] c = m.computeIfAbsent(p.event().code().rootCode(), k -> new int[4]);
      c[2]++;
      c[3]++;
    }
    for (Prediction p : unmatched) {
      m.computeIfAbsent(p.event().code().rootCode(), k -> new int[4])[2]++;
    }
    List<RootFigures> out = new ArrayList<>();
    m.forEach((root, c) -> out.add(new RootFigures(root, c[0], c[1], c[2], c[3])));
    return out;
  }

  static boolean matches(Prediction p, GoldEvent g) {
    if (!p.doc().equals(g.doc()) || !g.acceptsRoot(p.event().code().rootCode())) {
      return false;
    }
    boolean forward = p.sourceKey().equals(g.source()) && p.targetKey().equals(g.target());
    boolean backward = p.sourceKey().equals(g.target()) && p.targetKey().equals(g.source());
    return forward || (g.symmetric() && backward);
  }
}
