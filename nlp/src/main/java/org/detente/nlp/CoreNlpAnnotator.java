package org.detente.nlp;

import static java.util.Objects.requireNonNull;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.detente.core.AnnotatedArticle;
import org.detente.core.Article;
import org.detente.core.Dependency;
import org.detente.core.ProblemKind;
import org.detente.core.Result;
import org.detente.core.Sentence;
import org.detente.core.Stage;
import org.detente.core.TimeMention;
import org.detente.core.Token;

/**
 * Runs Stanford CoreNLP (by default tokenize, ssplit, pos, lemma, its neural dependency parser and SUTime; {@link
 * NlpConfig.Profile} lists the other annotator sets) on an article and converts the result to the project's records
 * at once. The models load once, in the constructor; {@link #apply} is safe to call from several threads, which share
 * the one pipeline and its models.
 *
 * <p>#6: one pipeline per thread, each with annotators of its own, was tried (docs/PERFORMANCE.md, "Two
 * threads"): it did not scale better, since the shared pipeline's threads hardly ever wait on each other, and it
 * cost a model load and about 0.12 GB of live heap per extra thread.
 *
 * <p>Consumes an {@link Article}; produces an {@link AnnotatedArticle}. Emits {@link
 * ProblemKind#NLP_FAILED} when CoreNLP throws on a document or runs out of stack (a run-on "sentence" of
 * thousands of tokens).
 */
public final class CoreNlpAnnotator implements Stage<Article, AnnotatedArticle> {
  private static final String SUTIME_MODELS = "edu/stanford/nlp/models/sutime/";
  private static final String SUTIME_RULES = SUTIME_MODELS + "defs.sutime.txt," + SUTIME_MODELS + "english.sutime.txt,"
      + SUTIME_MODELS + "english.holidays.sutime.txt,org/detente/nlp/detente.sutime.txt";

  private final StanfordCoreNLP pipeline;
  private final Optional<DependencyParser> parser;
  private final int maxParsed;
  private final Optional<TimeAnnotator> sutime;
  private final boolean nerTimes;

  public CoreNlpAnnotator(NlpConfig config) {
    requireNonNull(config, "config");
    this.pipeline = new StanfordCoreNLP(properties(config));
    this.parser = ownParse(config.profile())
        ? Optional.of(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()))
        : Optional.empty();
    this.maxParsed = config.maxSentenceTokens();
    this.sutime = config.timeExpressions() ? Optional.of(sutime()) : Optional.empty();
    this.nerTimes = config.profile() == NlpConfig.Profile.NER_SUTIME;
  }

  /**
   * Whether the profile parses with CoreNLP's neural dependency parser called here rather than through its {@code
   * depparse} annotator. #6: the annotator turns every parse into five dependency graphs (basic, collapsed,
   * CC-processed, enhanced, enhanced++), the coder reads only enhanced++, and the other four took about a tenth of the
   * bare pipeline's time (docs/PERFORMANCE.md, "One dependency graph"). The bare reference keeps the annotator.
   */
  private static boolean ownParse(NlpConfig.Profile profile) {
    return profile != NlpConfig.Profile.BARE_PARSE && profile != NlpConfig.Profile.CONSTITUENCY;
  }

  /** SUTime as a step of its own, after the pipeline, on the sentences {@link TimeCandidates} picks. */
  private static TimeAnnotator sutime() {
    return new TimeAnnotator("sutime", sutimeProperties());
  }

  /**
   * SUTime's settings: single points in time rather than ranges, and its own rules followed by
   * {@code detente.sutime.txt} (expressions SUTime finds but gives no value: "the month of March").
   */
  static Properties sutimeProperties() {
    Properties p = new Properties();
    p.setProperty("sutime.markTimeRanges", "false");
    p.setProperty("sutime.includeRange", "false");
    p.setProperty("sutime.rules", SUTIME_RULES);
    return p;
  }

  private static Properties properties(NlpConfig config) {
    Properties p = new Properties();
    NlpConfig.Profile profile = config.profile();
    String annotators;
    if (profile == NlpConfig.Profile.BARE_PARSE) {
      annotators = "tokenize,ssplit,pos,depparse";
    } else if (profile == NlpConfig.Profile.CODING) {
      annotators = "tokenize,ssplit,pos,lemma";
    } else if (profile == NlpConfig.Profile.NER || profile == NlpConfig.Profile.NER_SUTIME) {
      annotators = "tokenize,ssplit,pos,lemma,ner";
      p.setProperty("ner.useSUTime", Boolean.toString(profile == NlpConfig.Profile.NER_SUTIME));
      p.setProperty("ner.applyFineGrained", "false");
      p.setProperty("ner.buildEntityMentions", "false");
      p.putAll(sutimeProperties());
    } else if (profile == NlpConfig.Profile.CONSTITUENCY) {
      annotators = "tokenize,ssplit,pos,lemma,parse";
      p.setProperty("parse.maxlen", Integer.toString(config.maxSentenceTokens()));
    } else {
      throw new AssertionError(profile);
    }
    p.setProperty("annotators", annotators);
    // a blank line ends a sentence: captions and headlines have no final stop
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", Integer.toString(config.maxSentenceTokens() * 4));
    return p;
  }

  @Override
  public Result<AnnotatedArticle> apply(Article article) {
    Annotation doc = new Annotation(article.text());
    article.published().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    try {
      pipeline.annotate(doc);
      parser.ifPresent(p -> parse(p, doc));
      sutime.ifPresent(t -> TimeCandidates.annotate(t, doc));
    } catch (RuntimeException e) {
      return Result.rejected(
          ProblemKind.NLP_FAILED,
          "CoreNLP failed on article " + article.id() + " (" + article.origin() + "): " + e);
    } catch (StackOverflowError e) {
      return Result.rejected(
          ProblemKind.NLP_FAILED,
          article.origin() + ": CoreNLP ran out of stack on article " + article.id() + " (its longest sentence has "
              + longestSentence(doc) + " tokens); split run-on text into sentences, or raise the stack with -Xss");
    }
    return Result.ok(new AnnotatedArticle(article, convert(doc)));
  }

  /** The enhanced++ dependencies of every sentence up to {@link NlpConfig#maxSentenceTokens()} tokens long. */
  private void parse(DependencyParser p, Annotation doc) {
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() <= maxParsed) {
        GrammaticalStructure parse = p.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
            SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                GrammaticalStructure.Extras.NONE, null));
      }
    }
  }

  /** Sentences and tokens of one annotated document. */
  public record Counts(int sentences, int tokens) {}

  /**
   * Runs the annotators on the article's text and discards the result, counting sentences and tokens: the
   * bare-CoreNLP reference of {@code detente bench} (#6), with no conversion to records.
   *
   * @throws RuntimeException whatever CoreNLP throws
   */
  public Counts annotateOnly(Article article) {
    Annotation doc = new Annotation(article.text());
    article.published().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int tokens = 0;
    for (CoreMap s : sentences) {
      tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    return new Counts(sentences.size(), tokens);
  }

  private static int longestSentence(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    int max = 0;
    if (sentences != null) {
      for (CoreMap s : sentences) {
        max = Math.max(max, s.get(CoreAnnotations.TokensAnnotation.class).size());
      }
    }
    return max;
  }

  private List<Sentence> convert(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> out = new ArrayList<>(sentences.size());
    List<List<TimeMention>> timesBySentence = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      timesBySentence.add(new ArrayList<>());
    }
    if (sutime.isPresent()) {
      List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
      if (timexes != null) {
        for (CoreMap t : timexes) {
          toTimeMention(t, timesBySentence);
        }
      }
    }
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    for (int s = 0; s < sentences.size(); s++) {
      if (nerTimes) {
        timesBySentence.set(s, nerTimes(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class)));
      }
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel l = labels.get(i);
        String lemma = l.lemma() == null ? l.word() : l.lemma();
        String tag = l.tag() == null ? "" : l.tag();
        tokens.add(new Token(i, l.word(), lemma, tag, l.beginPosition(), l.endPosition()));
      }
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      out.add(
          new Sentence(
              s, begin, end, text.substring(begin, end), tokens, dependencies(sentence), timesBySentence.get(s)));
    }
    return out;
  }

  private static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    List<Dependency> out = new ArrayList<>();
    if (graph == null) {
      return out;
    }
    for (var root : graph.getRoots()) {
      out.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
        continue; // enhanced++ copy nodes have no token of their own
      }
      out.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
    }
    return out;
  }

  /** The time expressions the NER's SUTime marked on a sentence's tokens: runs of tokens with the same TIMEX3. */
  private static List<TimeMention> nerTimes(List<CoreLabel> labels) {
    List<TimeMention> out = new ArrayList<>();
    int i = 0;
    while (i < labels.size()) {
      Timex timex = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
      if (timex == null || timex.value() == null) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < labels.size() && timex.equals(labels.get(end).get(TimeAnnotations.TimexAnnotation.class))) {
        end++;
      }
      StringBuilder text = new StringBuilder();
      for (int k = i; k < end; k++) {
        text.append(k > i ? labels.get(k).before() : "").append(labels.get(k).originalText());
      }
      out.add(new TimeMention(i, end, text.toString(), timex.timexType() == null ? "" : timex.timexType(), timex.value()));
      i = end;
    }
    return out;
  }

  private static void toTimeMention(CoreMap t, List<List<TimeMention>> bySentence) {
    Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
    List<CoreLabel> tokens = t.get(CoreAnnotations.TokensAnnotation.class);
    if (timex == null || tokens == null || tokens.isEmpty() || timex.value() == null) {
      return;
    }
    CoreLabel first = tokens.get(0);
    CoreLabel last = tokens.get(tokens.size() - 1);
    Integer sentence = first.sentIndex() >= 0 ? first.sentIndex() : null;
    if (sentence == null || sentence >= bySentence.size()) {
      return;
    }
    String text = t.get(CoreAnnotations.TextAnnotation.class);
    bySentence
        .get(sentence)
        .add(
            new TimeMention(
                first.index() - 1,
                last.index(),
                text == null ? timex.text() : text,
                timex.timexType() == null ? "" : timex.timexType(),
                timex.value()));
  }
}
