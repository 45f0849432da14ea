package org.detente.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.analysis.Pentaclass;
import org.detente.analysis.PentaclassSentence;
import org.detente.analysis.PloverRecord;
import org.detente.analysis.PloverScorer;
import org.detente.analysis.Prediction;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.CodedArticle;
import org.detente.core.CodedEvent;
import org.detente.core.Result;
import org.detente.core.Sha256;
import org.detente.core.Stage;

/**
 * Codes the public evaluation sets (one sentence a document, all in one batch) and scores them. The
 * sets are read from {@code ../shared/validation} at run time and never copied into the project.
 */
final class EvalSets {
  /** The shared folder beside the project folder, where the sets live. */
  static final Path SHARED = Path.of("..", "shared");

  /** The sets, relative to the shared folder. */
  static final Path PLOVER_GSR = Path.of("validation", "PLOVER_GSR_CAMEO.txt");

  static final Path PENTACLASS = Path.of("validation", "conflibert_cameo_train", "cameo_class_train.tsv");

  private final Engine engine;
  private final BatchCoder coder;
  private final PrintStream err;
  private final boolean terminal;

  EvalSets(Engine engine, Stage<Article, CodedArticle> pipeline, int threads, PrintStream err, boolean terminal) {
    this.engine = engine;
    this.coder = new BatchCoder(pipeline, threads);
    this.err = err;
    this.terminal = terminal;
  }

  /** A set's report and how many of its sentences the pipeline rejected (they count as sentences with no event). */
  record Scored<R>(R report, int notCoded) {}

  Scored<PloverScorer.Report> plover(List<PloverRecord> records) {
    List<Article> articles = new ArrayList<>();
    for (PloverRecord r : records) {
      articles.add(article(r.id(), r.text(), "PLOVER-GSR " + r.id(), Optional.of(r.date())));
    }
    Batch batch = code(articles);
    List<Prediction> predictions = new ArrayList<>();
    batch.events().forEach(predictions::addAll);
    return new Scored<>(PloverScorer.score(records, predictions, code -> engine.codebook().define(code).plover(),
        engine.dictionary()::isOrganisationKey), batch.notCoded());
  }

  Scored<Pentaclass.Report> pentaclass(List<PentaclassSentence> sentences) {
    List<Article> articles = new ArrayList<>();
    for (PentaclassSentence s : sentences) {
      articles.add(article("line-" + s.line(), s.text(), "pentaclass line " + s.line(), Optional.empty()));
    }
    Batch batch = code(articles);
    return new Scored<>(Pentaclass.score(sentences, batch.events()), batch.notCoded());
  }

  private record Batch(List<List<Prediction>> events, int notCoded) {}

  private Batch code(List<Article> articles) {
    int notCoded = 0;
    List<List<Prediction>> out = new ArrayList<>();
    for (Result<CodedArticle> r : coder.code(articles, err, terminal)) {
      List<Prediction> events = new ArrayList<>();
      if (r instanceof Result.Ok<CodedArticle> ok) {
        for (CodedEvent e : ok.value().events()) {
          events.add(new Prediction(e, e.source().map(engine.dictionary()::scoringKey).orElse(""),
              e.target().map(engine.dictionary()::scoringKey).orElse("")));
        }
      } else {
        notCoded++;
        err.println("not coded: " + ((Result.Rejected<CodedArticle>) r).problem().message());
      }
      out.add(events);
    }
    return new Batch(out, notCoded);
  }

  static Article article(String id, String text, String origin, Optional<LocalDate> published) {
    return new Article(new ArticleId(id), text, origin, Sha256.hex(text.getBytes(StandardCharsets.UTF_8)), published,
        Optional.empty(), Optional.empty(), Optional.empty());
  }
}
