package org.detente.cli;

import java.nio.file.Path;
import java.util.List;
import org.detente.actors.ActorDictionary;
import org.detente.actors.DictionaryActorRecognizer;
import org.detente.coding.CameoCoder;
import org.detente.coding.CameoCodebook;
import org.detente.coding.PatternBook;
import org.detente.core.AnnotatedArticle;
import org.detente.core.Article;
import org.detente.core.CodedArticle;
import org.detente.core.RecognizedArticle;
import org.detente.core.Stage;
import org.detente.nlp.CoreNlpAnnotator;
import org.detente.nlp.NlpConfig;
import org.detente.store.DuckDbStore;
import org.detente.store.Spool;
import org.detente.store.SpoolWriter;
import org.detente.web.Labels;

/**
 * Local wiring: builds each stage once per process and opens the store. Public for the JMH benchmarks of
 * module {@code bench} (#6), which measure the stages as the commands wire them.
 */
public final class Engine {
  public static final String CODER_VERSION = "detente-0.1.0";

  private final ActorDictionary dictionary;
  private final CameoCodebook codebook;

  public Engine(List<Path> actorFiles) {
    this(actorFiles, List.of());
  }

  /** Actor files in the people or PETRARCH format, agent files in the PETRARCH format, over the built-in ones. */
  Engine(List<Path> actorFiles, List<Path> agentFiles) {
    this.dictionary = ActorDictionary.load(actorFiles, agentFiles);
    this.codebook = CameoCodebook.load();
  }

  ActorDictionary dictionary() {
    return dictionary;
  }

  CameoCodebook codebook() {
    return codebook;
  }

  /** The whole coding pipeline; loads the CoreNLP models (seconds), so call it once. */
  Stage<Article, CodedArticle> pipeline(NlpConfig nlp) {
    return stages(nlp).pipeline();
  }

  /** The pipeline's stages one by one, for callers that wrap them (the benchmark times each). */
  public record Stages(
      Stage<Article, AnnotatedArticle> nlp,
      Stage<AnnotatedArticle, RecognizedArticle> actors,
      Stage<RecognizedArticle, CodedArticle> coding) {
    Stage<Article, CodedArticle> pipeline() {
      return nlp.then(actors).then(coding);
    }
  }

  /** Builds each stage; loads the CoreNLP models (seconds), so call it once. */
  public Stages stages(NlpConfig nlp) {
    return new Stages(
        new CoreNlpAnnotator(nlp),
        new DictionaryActorRecognizer(dictionary),
        new CameoCoder(PatternBook.load(codebook), codebook));
  }

  /** Code and actor names for the web page and reports. */
  Labels labels() {
    return Labels.of(code -> codebook.define(code).name(), dictionary.keyNames());
  }

  public DuckDbStore openStore(Path db) {
    return DuckDbStore.open(db, dictionary::scoringKey, CODER_VERSION);
  }

  /** Where a coding run puts its documents while a server owns the store. */
  SpoolWriter spoolWriter(Spool spool) {
    return SpoolWriter.open(spool, dictionary::scoringKey, CODER_VERSION);
  }
}
