package org.detente.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.detente.core.Article;
import org.detente.core.CodedArticle;
import org.detente.core.Problem;
import org.detente.core.ProblemKind;
import org.detente.core.Result;
import org.detente.core.Stage;

/**
 * Codes articles held in memory on several threads, without a store: the evaluation sets are thousands of
 * one-sentence documents that need no archive. Results come back in input order; a document the pipeline
 * rejects, or that makes it throw, is a {@link Result.Rejected} in its place.
 */
final class BatchCoder {
  private final Stage<Article, CodedArticle> pipeline;
  private final int threads;

  BatchCoder(Stage<Article, CodedArticle> pipeline, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1, was " + threads);
    }
    this.pipeline = pipeline;
    this.threads = threads;
  }

  List<Result<CodedArticle>> code(List<Article> articles, PrintStream err, boolean terminal) {
    Progress progress = new Progress(err, terminal, articles.size());
    ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "detente-eval-coder");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Result<CodedArticle>>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(workers.submit(() -> codeOne(a)));
      }
      List<Result<CodedArticle>> out = new ArrayList<>();
      for (Future<Result<CodedArticle>> f : futures) {
        out.add(f.get());
        progress.step();
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while coding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a coding worker failed unexpectedly", e.getCause());
    } finally {
      workers.shutdownNow();
      progress.finish();
    }
  }

  private Result<CodedArticle> codeOne(Article a) {
    try {
      return pipeline.apply(a);
    } catch (RuntimeException e) {
      return new Result.Rejected<>(new Problem(ProblemKind.CODING_FAILED,
          a.origin() + ": coding failed (" + e + "); please report this with the sentence"));
    }
  }
}
