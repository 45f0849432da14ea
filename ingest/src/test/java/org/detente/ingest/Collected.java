package org.detente.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.core.Article;
import org.detente.core.Rejection;

/** What a reader put into its sink; reading checks that the planned count matches it. */
final class Collected implements DocumentSink {
  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();

  @Override
  public void article(Article a) {
    articles.add(a);
  }

  @Override
  public void rejected(Rejection r) {
    rejections.add(r);
  }

  /** Plans and reads the inputs into this collection; the plan's count must equal what arrived. */
  Collected read(IngestConfig config, Optional<Path> manifest, List<Path> inputs) {
    DocumentReader reader = new DocumentReader(config);
    DocumentReader.Plan plan = reader.plan(inputs, manifest);
    int before = articles.size() + rejections.size();
    reader.read(plan, this);
    assertThat(reader.count(plan)).as("planned count = articles + rejections")
        .isEqualTo(articles.size() + rejections.size() - before);
    return this;
  }
}
