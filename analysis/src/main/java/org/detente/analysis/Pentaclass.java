package org.detente.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.detente.core.CameoCode;

/**
 * The CAMEO "pentaclass" task: each sentence has one of five classes of CAMEO roots, and the coder's answer is
 * the class of its most confident event. A sentence with no event is an answer of no class, wrong whatever its
 * label; it counts against the recall of its label's class and the precision of no class.
 */
public final class Pentaclass {
  /** Number of classes. */
  public static final int CLASSES = 5;

  private static final String[] NAMES = {
    "0 (01-02)", "1 (03-05)", "2 (06-08)", "3 (09-13,16)", "4 (14-15,17-20)"
  };

  private Pentaclass() {}

  /** The class of a CAMEO code's root. */
  public static int classOf(CameoCode code) {
    int root = code.root();
    if (root <= 2) {
      return 0;
    }
    if (root <= 5) {
      return 1;
    }
    if (root <= 8) {
      return 2;
    }
    if (root <= 13 || root == 16) {
      return 3;
    }
    return 4;
  }

  /** A short label for class {@code c}, naming its roots. */
  public static String name(int c) {
    return NAMES[c];
  }

  /** Reads {@code text<TAB>label} lines; a malformed line is an error naming file and line. */
  public static List<PentaclassSentence> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pentaclass set " + file + ": " + e.getMessage(), e);
    }
    return parse(lines, file.toString());
  }

  /** The sentences of {@code lines}; blank lines are skipped. */
  public static List<PentaclassSentence> parse(List<String> lines, String origin) {
    List<PentaclassSentence> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      String label = tab < 0 ? "" : line.substring(tab + 1).strip();
      if (tab <= 0 || !label.matches("[0-4]")) {
        throw new IllegalArgumentException(origin + ":" + (i + 1) + ": want text<TAB>label with label 0-4, found '"
            + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + "'");
      }
      out.add(new PentaclassSentence(i + 1, line.substring(0, tab).strip(), Integer.parseInt(label)));
    }
    return out;
  }

  /** One sentence with the coder's answer. */
  public record Answer(PentaclassSentence sentence, Optional<Prediction> event) {
    /** The predicted class, or {@link #CLASSES} when there was no event. */
    public int predicted() {
      return event.map(p -> classOf(p.event().code().inManualTerms(p.event().mode()))).orElse(CLASSES);
    }

    public boolean right() {
      return predicted() == sentence.label();
    }
  }

  /** The figures over a set. */
  public record Report(List<Answer> answers) {
    public Report {
      answers = List.copyOf(answers);
    }

    public int sentences() {
      return answers.size();
    }

    public int right() {
      return (int) answers.stream().filter(Answer::right).count();
    }

    public int withoutEvents() {
      return (int) answers.stream().filter(a -> a.event().isEmpty()).count();
    }

    public double accuracy() {
      return sentences() == 0 ? 0 : (double) right() / sentences();
    }

    /** Gold class (rows 0-4) by predicted class (columns 0-4, then 5 for no event). */
    public int[][] confusion() {
      int[][] m = new int[CLASSES][CLASSES + 1];
      for (Answer a : answers) {
        m[a.sentence().label()][a.predicted()]++;
      }
      return m;
    }

    public double precision(int c) {
      int[][] m = confusion();
      int predicted = 0;
      for (int g = 0; g < CLASSES; g++) {
        predicted += m[g][c];
      }
      return predicted == 0 ? 0 : (double) m[c][c] / predicted;
    }

    public double recall(int c) {
      int[][] m = confusion();
      int gold = 0;
      for (int p = 0; p <= CLASSES; p++) {
        gold += m[c][p];
      }
      return gold == 0 ? 0 : (double) m[c][c] / gold;
    }

    public double f1(int c) {
      double p = precision(c);
      double r = recall(c);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The unweighted mean of the five classes' F1. */
    public double macroF1() {
      double sum = 0;
      for (int c = 0; c < CLASSES; c++) {
        sum += f1(c);
      }
      return sum / CLASSES;
    }

    /** The figures as one line, e.g. for logs. */
    public String summary() {
      return String.format(Locale.ROOT, "accuracy %.3f (%d/%d) macro-F1 %.3f no event %d", accuracy(), right(),
          sentences(), macroF1(), withoutEvents());
    }
  }

  /**
   * Scores the coder's events against the sentences: {@code events.get(i)} are the events coded from
   * {@code sentences.get(i)}.
   */
  public static Report score(List<PentaclassSentence> sentences, List<List<Prediction>> events) {
    if (sentences.size() != events.size()) {
      throw new IllegalArgumentException(
          "want one event list per sentence: " + sentences.size() + " sentences, " + events.size() + " lists");
    }
    List<Answer> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      out.add(new Answer(sentences.get(i), Prediction.mostConfident(events.get(i))));
    }
    return new Report(out);
  }
}
