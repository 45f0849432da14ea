package org.detente.analysis;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.detente.core.CameoCode;

/**
 * Scores coded events against PLOVER gold-standard records, one record (one sentence) at a time.
 *
 * <ul>
 *   <li><b>Event type</b> is right when some event coded from the record has the record's PLOVER type. Event types
 *       come from the codebook's CAMEO→PLOVER mapping (PLOVER 2021 names) and are put in the vocabulary of the
 *       gold set (PLOVER 0.5, 2016) by {@link #gsrType}.
 *   <li><b>Source</b> (<b>target</b>) is right when one of the record's candidate events has a source (target)
 *       whose scoring key is one of the record's source (target) keys. The candidates are the events of the right
 *       type when there are any, otherwise every event of the record. Records without a source (target) are left
 *       out of source (target) accuracy.
 *   <li><b>Compound actors</b> ("Hungarian and Romanian officials agreed", a list of two sources) are sets of
 *       alternatives: any one member is a right actor, since a coder codes each member as its own event.
 *   <li><b>Organisations</b>: the gold codes {@code IGO} and {@code NGO} name no particular organisation, so any
 *       actor that {@code organisation} accepts matches them.
 *   <li>Direction counts: a reversed dyad is wrong, even for meetings, since the records name the initiator.
 *   <li><b>Full match</b>: one event with the right type, a right source and a right target (where scored).
 * </ul>
 */
public final class PloverScorer {
  /** The confusion column for a record that got no event at all. */
  public static final String NO_EVENT = "(none)";

  /** The confusion column for events of roots 01 and 02, which have no PLOVER type. */
  public static final String NO_TYPE = "(01/02)";

  private PloverScorer() {}

  /** Whether an actor was scored for a record and, if so, whether the coder got it. */
  public enum Verdict {
    RIGHT,
    WRONG,
    NOT_SCORED
  }

  /** What the coder did with one record. */
  public record Outcome(
      PloverRecord record,
      String predictedType,
      boolean typeRight,
      Verdict source,
      Verdict target,
      boolean full,
      List<Prediction> predictions) {
    public Outcome {
      requireNonNull(record, "record");
      requireNonNull(predictedType, "predictedType");
      requireNonNull(source, "source");
      requireNonNull(target, "target");
      predictions = List.copyOf(predictions);
    }
  }

  /** The figures over all records. */
  public record Report(List<Outcome> outcomes) {
    public Report {
      outcomes = List.copyOf(outcomes);
    }

    public int records() {
      return outcomes.size();
    }

    public int typesRight() {
      return (int) outcomes.stream().filter(Outcome::typeRight).count();
    }

    public int withoutEvents() {
      return (int) outcomes.stream().filter(o -> o.predictions().isEmpty()).count();
    }

    public int scored(Function<Outcome, Verdict> actor) {
      return (int) outcomes.stream().filter(o -> actor.apply(o) != Verdict.NOT_SCORED).count();
    }

    public int right(Function<Outcome, Verdict> actor) {
      return (int) outcomes.stream().filter(o -> actor.apply(o) == Verdict.RIGHT).count();
    }

    public int fullMatches() {
      return (int) outcomes.stream().filter(Outcome::full).count();
    }

    public double typeAccuracy() {
      return ratio(typesRight(), records());
    }

    public double sourceAccuracy() {
      return ratio(right(Outcome::source), scored(Outcome::source));
    }

    public double targetAccuracy() {
      return ratio(right(Outcome::target), scored(Outcome::target));
    }

    public double fullAccuracy() {
      return ratio(fullMatches(), records());
    }

    /** Gold type → predicted type → records, both sorted by name. */
    public Map<String, Map<String, Integer>> confusion() {
      Map<String, Map<String, Integer>> m = new TreeMap<>();
      for (Outcome o : outcomes) {
        m.computeIfAbsent(o.record().event(), k -> new TreeMap<>()).merge(o.predictedType(), 1, Integer::sum);
      }
      return m;
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  /**
   * Scores {@code predictions} (grouped by {@link Prediction#doc()}, which must be the record id) against
   * {@code records}.
   *
   * @param plover the codebook's PLOVER type of a CAMEO code ("" when it has none)
   * @param organisation whether a scoring key is an international or non-governmental organisation
   */
  public static Report score(
      List<PloverRecord> records,
      List<Prediction> predictions,
      Function<CameoCode, String> plover,
      Predicate<String> organisation) {
    Map<String, List<Prediction>> byRecord = new HashMap<>();
    for (Prediction p : predictions) {
      byRecord.computeIfAbsent(p.doc(), k -> new ArrayList<>()).add(p);
    }
    List<Outcome> out = new ArrayList<>();
    for (PloverRecord r : records) {
      out.add(outcome(r, byRecord.getOrDefault(r.id(), List.of()), plover, organisation));
    }
    return new Report(out);
  }

  private static Outcome outcome(
      PloverRecord r, List<Prediction> events, Function<CameoCode, String> plover, Predicate<String> organisation) {
    List<Prediction> ofType = new ArrayList<>();
    for (Prediction p : events) {
      if (type(p, plover).equals(r.event())) {
        ofType.add(p);
      }
    }
    List<Prediction> candidates = ofType.isEmpty() ? events : ofType;
    Verdict source = verdict(r.sources(), candidates, Prediction::sourceKey, organisation);
    Verdict target = verdict(r.targets(), candidates, Prediction::targetKey, organisation);
    boolean full = false;
    for (Prediction p : ofType) {
      boolean s = r.sources().isEmpty() || matches(p.sourceKey(), r.sources(), organisation);
      boolean t = r.targets().isEmpty() || matches(p.targetKey(), r.targets(), organisation);
      full = full || (s && t);
    }
    String predicted;
    if (!ofType.isEmpty()) {
      predicted = r.event();
    } else {
      predicted = Prediction.mostConfident(events).map(p -> type(p, plover)).map(t -> t.isEmpty() ? NO_TYPE : t).orElse(NO_EVENT);
    }
    return new Outcome(r, predicted, !ofType.isEmpty(), source, target, full, events);
  }

  private static Verdict verdict(
      List<String> gold, List<Prediction> candidates, Function<Prediction, String> key, Predicate<String> organisation) {
    if (gold.isEmpty()) {
      return Verdict.NOT_SCORED;
    }
    for (Prediction p : candidates) {
      if (matches(key.apply(p), gold, organisation)) {
        return Verdict.RIGHT;
      }
    }
    return Verdict.WRONG;
  }

  static boolean matches(String key, List<String> gold, Predicate<String> organisation) {
    if (gold.contains(key)) {
      return true;
    }
    return organisation.test(key) && (gold.contains("IGO") || gold.contains("NGO"));
  }

  /** CAMEO codes that PLOVER 2021 counts as ASSAULT and PLOVER 0.5 as COERCE. */
  private static final List<String> COERCION_IN_05 = List.of("181", "184", "1712");

  private static String type(Prediction p, Function<CameoCode, String> plover) {
    CameoCode code = p.event().code().inManualTerms(p.event().mode());
    return gsrType(plover.apply(code), code);
  }

  /**
   * A PLOVER 2021 type in the vocabulary of the gold set (PLOVER 0.5), which names four types differently:
   * REQUEST was DEMAND; ACCUSE was DISAPPROVE, and INVESTIGATE for CAMEO root 09; ASSAULT was FIGHT for
   * conventional military force (root 19) and ASSAULT otherwise, but COERCE for abduction, human shields and the
   * destruction of property (181, 184, 1712), which PLOVER 0.5 counts as coercion; and imposing an embargo, boycott
   * or sanctions (163), COERCE in 2021, was SANCTION. Other types are the same in both.
   */
  public static String gsrType(String plover2021, CameoCode code) {
    if (code.value().startsWith("163")) {
      return "SANCTION";
    }
    if (COERCION_IN_05.stream().anyMatch(c -> code.value().startsWith(c))) {
      return "COERCE";
    }
    if (plover2021.equals("REQUEST")) {
      return "DEMAND";
    }
    if (plover2021.equals("ACCUSE")) {
      return code.root() == 9 ? "INVESTIGATE" : "DISAPPROVE";
    }
    if (plover2021.equals("ASSAULT")) {
      return code.root() == 19 ? "FIGHT" : "ASSAULT";
    }
    return plover2021;
  }
}
