package org.detente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.detente.analysis.GoldEvent;
import org.detente.analysis.Pentaclass;
import org.detente.analysis.PloverScorer;
import org.detente.analysis.Prediction;
import org.detente.analysis.Scorer;
import org.detente.core.CodedEvent;

/** What {@code detente eval} prints: the figures first, then (unless quiet) every miss, so a person can see why. */
final class EvalReports {
  /** Confidence thresholds the gold report gives precision at (issue 3: "confidence must mean something"). */
  static final double[] CONFIDENCE = {0.5, 0.8};

  private EvalReports() {}

  static void gold(PrintWriter out, Scorer.Report r, boolean quiet) {
    out.printf(Locale.ROOT, "gold events (required): %d   predictions scored: %d%n", r.requiredGold(), r.scoredPredictions());
    out.printf(Locale.ROOT, "recall    %.3f  (%d/%d)%n", r.recall(), r.matchedRequired(), r.requiredGold());
    out.printf(Locale.ROOT, "precision %.3f  (%d/%d)%n", r.precision(), r.matchingPredictions(), r.scoredPredictions());
    out.printf(Locale.ROOT, "F1        %.3f%n", r.f1());
    out.printf(Locale.ROOT, "date accuracy %.3f  (%d/%d)%n", r.dateAccuracy(), r.datesRight(), r.matchedGoldWithDate());
    out.printf(Locale.ROOT, "mode accuracy %.3f  (%d/%d)%n", r.modeAccuracy(), r.modesRight(), r.matchedGold());
    for (double t : CONFIDENCE) {
      out.printf(Locale.ROOT, "precision at confidence >= %.1f: %.3f  (%d/%d)%n", t, r.precisionAt(t), r.matchingAt(t),
          r.predictionsAt(t));
    }
    out.println();
    out.println("per root (recall over the required gold events of the root, precision over the scored predictions");
    out.println("of the root; a prediction of an alternative root can match a gold event, so the columns differ):");
    out.println("  root  gold matched recall  predicted matching precision");
    for (Scorer.RootFigures f : r.roots()) {
      out.printf(Locale.ROOT, "  %-4s %5d %7d  %s %9d %8d  %s%n", f.root(), f.gold(), f.matchedGold(),
          f.gold() == 0 ? "    - " : String.format(Locale.ROOT, "%.3f ", f.recall()), f.predictions(),
          f.matchingPredictions(), f.predictions() == 0 ? "    -" : String.format(Locale.ROOT, "%.3f", f.precision()));
    }
    if (quiet) {
      return;
    }
    out.println();
    out.println("missed gold events (" + r.missed().size() + "):");
    for (GoldEvent g : r.missed()) {
      out.printf("  %s %s->%s %s %s %s: %s%n", g.doc(), g.source(), g.target(), g.root(),
          g.date().map(d -> d.text()).orElse("-"), g.mode().label(), g.evidence());
    }
    mismatches(out, "wrong dates", r.wrongDates());
    mismatches(out, "wrong modes", r.wrongModes());
    out.println();
    out.println("unmatched predictions (" + r.unmatched().size() + "):");
    for (Prediction p : r.unmatched()) {
      CodedEvent e = p.event();
      out.printf(Locale.ROOT, "  %s %s->%s %s [%s] %s %s %.2f: %s%n", p.doc(), e.source().map(t -> t.value()).orElse("-"), e.target().map(t -> t.value()).orElse("-"), e.code(),
          e.trigger(), e.date().map(d -> d.text()).orElse("-"), e.mode().label(), e.confidence(), oneLine(e.evidence()));
    }
  }

  private static void mismatches(PrintWriter out, String what, List<Scorer.Mismatch> list) {
    out.println();
    out.println(what + " (" + list.size() + "):");
    for (Scorer.Mismatch m : list) {
      GoldEvent g = m.gold();
      out.printf("  %s %s->%s %s gold %s %s: %s%n", g.doc(), g.source(), g.target(), g.root(),
          g.date().map(d -> d.text()).orElse("-"), g.mode().label(), g.evidence());
      for (Prediction p : m.predictions()) {
        CodedEvent e = p.event();
        out.printf("      got %s %s %s [%s]: %s%n", e.date().map(d -> d.text() + "/" + d.precision().label()).orElse("-"),
            e.mode().label(), e.code(), e.trigger(), Detente.shorten(oneLine(e.evidence()), 160));
      }
    }
  }

  static void plover(PrintWriter out, Path file, PloverScorer.Report r, int notCoded, boolean quiet) {
    out.printf(Locale.ROOT, "PLOVER-GSR %s: %d records, %d not coded, %d without any event%n", file, r.records(),
        notCoded, r.withoutEvents());
    out.printf(Locale.ROOT, "event type accuracy %.3f  (%d/%d)%n", r.typeAccuracy(), r.typesRight(), r.records());
    out.printf(Locale.ROOT, "source accuracy     %.3f  (%d/%d)%n", r.sourceAccuracy(),
        r.right(PloverScorer.Outcome::source), r.scored(PloverScorer.Outcome::source));
    out.printf(Locale.ROOT, "target accuracy     %.3f  (%d/%d)%n", r.targetAccuracy(),
        r.right(PloverScorer.Outcome::target), r.scored(PloverScorer.Outcome::target));
    out.printf(Locale.ROOT, "full match          %.3f  (%d/%d)  (type, source and target on one event)%n",
        r.fullAccuracy(), r.fullMatches(), r.records());
    out.println();
    out.println("confusion (rows: gold type; columns: the gold type when an event has it, else the type of the most");
    out.println("confident event; " + PloverScorer.NO_TYPE + " = roots 01/02, which have no PLOVER type; "
        + PloverScorer.NO_EVENT + " = no event):");
    Map<String, Map<String, Integer>> m = r.confusion();
    TreeSet<String> columns = new TreeSet<>(m.keySet());
    m.values().forEach(row -> columns.addAll(row.keySet()));
    StringBuilder head = new StringBuilder(String.format("  %-12s", ""));
    for (String c : columns) {
      head.append(String.format(" %5s", abbreviate(c)));
    }
    out.println(head.append("   total right"));
    for (Map.Entry<String, Map<String, Integer>> row : m.entrySet()) {
      StringBuilder line = new StringBuilder(String.format("  %-12s", row.getKey()));
      int total = 0;
      for (String c : columns) {
        int n = row.getValue().getOrDefault(c, 0);
        total += n;
        line.append(String.format(" %5s", n == 0 ? "." : Integer.toString(n)));
      }
      int right = row.getValue().getOrDefault(row.getKey(), 0);
      out.println(line.append(String.format(Locale.ROOT, "   %5d %.2f", total, (double) right / total)));
    }
    if (quiet) {
      return;
    }
    out.println();
    out.println("records not fully matched (gold type source->target | what is wrong | coded events, most confident");
    out.println("first | text):");
    for (PloverScorer.Outcome o : r.outcomes()) {
      if (o.full()) {
        continue;
      }
      List<String> got = new ArrayList<>();
      List<Prediction> events = new ArrayList<>(o.predictions());
      events.sort((a, b) -> Double.compare(b.event().confidence(), a.event().confidence()));
      for (Prediction p : events) {
        got.add(String.format(Locale.ROOT, "%s %s->%s %s %.2f", p.event().code(), p.sourceKey(), p.targetKey(),
            p.event().mode().label(), p.event().confidence()));
      }
      List<String> wrong = new ArrayList<>();
      if (!o.typeRight()) {
        wrong.add("type");
      }
      if (o.source() == PloverScorer.Verdict.WRONG) {
        wrong.add("source");
      }
      if (o.target() == PloverScorer.Verdict.WRONG) {
        wrong.add("target");
      }
      out.printf("  %s %s %s->%s | %s | %s | %s%n", o.record().id(), o.record().event(), String.join("/", o.record().sources()),
          String.join("/", o.record().targets()), wrong.isEmpty() ? "actors on different events" : String.join(",", wrong),
          got.isEmpty() ? "no event" : String.join("; ", got),
          Detente.shorten(oneLine(o.record().text()), 160));
    }
  }

  private static String abbreviate(String type) {
    if (type.equals(PloverScorer.NO_EVENT)) {
      return "none";
    }
    if (type.equals(PloverScorer.NO_TYPE)) {
      return "01/02";
    }
    return type.length() <= 5 ? type : type.substring(0, 5);
  }

  static void pentaclass(PrintWriter out, Path file, Pentaclass.Report r, int notCoded, boolean quiet) {
    out.printf(Locale.ROOT, "pentaclass %s: %d sentences, %d not coded, %d without any event (counted wrong)%n", file,
        r.sentences(), notCoded, r.withoutEvents());
    out.printf(Locale.ROOT, "accuracy %.3f  (%d/%d)%n", r.accuracy(), r.right(), r.sentences());
    out.printf(Locale.ROOT, "macro-F1 %.3f%n", r.macroF1());
    out.println();
    int[][] m = r.confusion();
    out.println("  class            gold  coded  precision  recall     F1");
    for (int c = 0; c < Pentaclass.CLASSES; c++) {
      int gold = 0;
      int coded = 0;
      for (int k = 0; k <= Pentaclass.CLASSES; k++) {
        gold += m[c][k];
      }
      for (int g = 0; g < Pentaclass.CLASSES; g++) {
        coded += m[g][c];
      }
      out.printf(Locale.ROOT, "  %-15s %5d  %5d      %.3f   %.3f  %.3f%n", Pentaclass.name(c), gold, coded,
          r.precision(c), r.recall(c), r.f1(c));
    }
    out.println();
    out.println("confusion (rows: gold class; columns: class of the most confident event, then no event):");
    out.println("           0     1     2     3     4  none");
    for (int g = 0; g < Pentaclass.CLASSES; g++) {
      StringBuilder line = new StringBuilder(String.format("  %-4d", g));
      for (int c = 0; c <= Pentaclass.CLASSES; c++) {
        line.append(String.format(" %5d", m[g][c]));
      }
      out.println(line);
    }
    if (quiet) {
      return;
    }
    out.println();
    out.println("wrong sentences (line, gold class, coded class and event):");
    for (Pentaclass.Answer a : r.answers()) {
      if (a.right()) {
        continue;
      }
      String got = a.event().map(p -> String.format(Locale.ROOT, "%d %s %s->%s %s %.2f", a.predicted(),
          p.event().code(), p.sourceKey(), p.targetKey(), p.event().mode().label(), p.event().confidence()))
          .orElse("no event");
      out.printf("  %d gold %d got %s: %s%n", a.sentence().line(), a.sentence().label(), got,
          Detente.shorten(oneLine(a.sentence().text()), 160));
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
