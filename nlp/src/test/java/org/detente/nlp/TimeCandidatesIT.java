package org.detente.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SUTime around the anchors alone finds exactly what it finds on every sentence (#6). */
class TimeCandidatesIT {
  private static StanfordCoreNLP tokens;
  private static TimeAnnotator sutime;

  @BeforeAll
  static void loadModels() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    tokens = new StanfordCoreNLP(p);
    sutime = new TimeAnnotator("sutime", CoreNlpAnnotator.sutimeProperties());
  }

  /** The seed articles, and sentences with the expressions easiest to miss. */
  static Stream<String> texts() throws IOException {
    List<String> out = new ArrayList<>();
    Path seeds = Path.of(System.getProperty("detente.shared", "../../shared"), "corpus", "seeds");
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    // news sentences of the public pentaclass set, one per line: one document of a blank-line-separated paragraph each
    Path pentaclass = Path.of(System.getProperty("detente.shared", "../../shared"), "validation",
        "conflibert_cameo_train", "cameo_class_train.tsv");
    List<String> lines = Files.readAllLines(pentaclass, StandardCharsets.UTF_8);
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      chunk.append(lines.get(i), 0, Math.max(0, lines.get(i).lastIndexOf('\t'))).append("\n\n");
      if ((i + 1) % 100 == 0 || i + 1 == lines.size()) {
        out.add(chunk.toString());
        chunk.setLength(0);
      }
    }
    out.add("In the month of March the envoy left; the months of May and June were quiet.");
    out.add("Talks resumed in mid-March. They met at 9 a.m. and again at seven o'clock on Christmas Eve.");
    out.add("In the nineties the two sides met twice a year; now they meet every other weekend.");
    out.add("Russia condemned the attack. Japan protested. Three weeks ago the envoy left, and he returns tomorrow.");
    out.add("Some 300 soldiers arrived on 5 May; 1,000 more came on 20150921, at 9:30, and 12 of them left in 2 days.");
    out.add("The summit, held the same day as Thanksgiving, ended early; the past decade saw few such meetings.");
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void findsTheSameExpressionsAsSutimeOnEverySentence(String text) {
    Annotation all = annotated(text);
    sutime.annotate(all);
    Annotation some = annotated(text);
    TimeCandidates.annotate(sutime, some);
    assertThat(expressions(some)).isEqualTo(expressions(all));
  }

  private static Annotation annotated(String text) {
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, "2015-09-25");
    tokens.annotate(doc);
    return doc;
  }

  /** Each expression as sentence, first and last token, text, type and value. */
  private static List<String> expressions(Annotation doc) {
    List<String> out = new ArrayList<>();
    for (CoreMap t : doc.get(TimeAnnotations.TimexAnnotations.class)) {
      List<CoreLabel> ts = t.get(CoreAnnotations.TokensAnnotation.class);
      Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
      out.add(ts.get(0).sentIndex() + ":" + ts.get(0).index() + "-" + ts.get(ts.size() - 1).index() + " "
          + t.get(CoreAnnotations.TextAnnotation.class) + " " + timex.timexType() + " " + timex.value());
    }
    return out;
  }
}
