package org.detente.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per dyad (unordered pair of actor keys): how many events, how many cooperative, how many conflictual. */
public record DyadBalance(String a, String b, int events, int cooperation, int conflict, double meanGoldstein) {
  /** Net cooperation in [-1, 1]: (cooperative - conflictual) / events. */
  public double balance() {
    return events == 0 ? 0 : (double) (cooperation - conflict) / events;
  }

  /** The dyads of {@code predictions}, most active first; events within one country and one-actor events are left out. */
  public static List<DyadBalance> of(List<Prediction> predictions) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, Double> goldstein = new LinkedHashMap<>();
    for (Prediction p : predictions) {
      if (!p.isDyadic()) {
        continue;
      }
      String s = p.sourceKey();
      String t = p.targetKey();
      String key = s.compareTo(t) < 0 ? s + "-" + t : t + "-" + s;
      int[] c = counts.computeIfAbsent(key, k -> new int[3]);
      c[0]++;
      c[p.event().quadClass().cooperative() ? 1 : 2]++;
      goldstein.merge(key, p.event().goldstein(), Double::sum);
    }
    List<DyadBalance> out = new ArrayList<>();
    counts.forEach((k, c) -> {
      String[] ab = k.split("-", 2);
      out.add(new DyadBalance(ab[0], ab[1], c[0], c[1], c[2], goldstein.get(k) / c[0]));
    });
    out.sort(Comparator.comparingInt(DyadBalance::events).reversed().thenComparing(DyadBalance::a));
    return out;
  }
}
