package org.detente.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.detente.coding.CameoCodebook;
import org.detente.core.ActorCode;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.CodedArticle;
import org.detente.core.CodedEvent;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.detente.store.DuckDbStore;

/**
 * Invented coded articles for the API benchmark: the shape of real output (60 countries and three
 * organisations whose activity falls off like a power law, 2000-2024, every date precision and mode, a
 * sentence of evidence per event with consistent offsets), from a seeded generator so runs compare.
 * Nothing here is read from news; it only fills a store. Public for the store benchmark of module {@code bench}.
 */
public final class SyntheticEvents {
  private static final List<String> COUNTRIES = List.of(
      "USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "PAK", "JPN", "KOR", "PRK", "SYR",
      "IRQ", "SAU", "EGY", "AFG", "POL", "ITA", "ESP", "BRA", "MEX", "CAN", "AUS", "NGA", "ZAF", "ETH", "SDN", "LBY",
      "YEM", "QAT", "ARE", "JOR", "LBN", "CUB", "VEN", "COL", "ARG", "GRC", "SRB", "HUN", "BLR", "GEO", "ARM", "AZE",
      "KAZ", "VNM", "IDN", "PHL", "THA", "MMR", "BGD", "KEN", "MAR", "DZA", "CHL", "NOR");
  private static final List<String> ORGANISATIONS = List.of("IGOEUREEC", "IGOUNO", "IGOWSTNAT");
  private static final String[] SECTORS = {"", "", "GOV", "GOV", "MIL", "COP", "BUS"};
  private static final String[] VERBS = {
    "", "commented on", "appealed to", "offered to cooperate with", "held talks with", "praised", "cooperated with",
    "sent aid to", "made concessions to", "investigated", "demanded concessions from", "criticised", "rejected",
    "threatened", "protested against", "mobilised troops against", "cut ties with", "coerced", "attacked", "fought",
    "used mass violence against"};
  private static final String[] TOPICS = {
    "trade", "the border", "energy supplies", "fishing rights", "a peace plan", "sanctions", "nuclear talks",
    "refugees", "a disputed election", "the pipeline", "arms sales", "a detained journalist", "grain exports",
    "the islands", "visa rules", "a ceasefire"};
  private static final String[] WHEN = {"on Monday", "on Tuesday", "last week", "in March", "this year", "on Friday",
    "yesterday", "in the spring", "after the summit", "at the United Nations"};
  private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
  private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST.toEpochDay());

  private final Random random;
  private final Engine engine;
  private final List<String> actors;
  private final double[] cumulative;
  private final List<List<CameoCodebook.Definition>> byRoot;
  private int next;

  public SyntheticEvents(Engine engine, long seed) {
    this.random = new Random(seed);
    this.engine = engine;
    this.actors = new ArrayList<>(COUNTRIES);
    this.actors.addAll(3, ORGANISATIONS);
    // #4: power-law activity, as in news: a few actors take part in most events
    this.cumulative = new double[actors.size()];
    double sum = 0;
    for (int i = 0; i < actors.size(); i++) {
      sum += 1 / Math.pow(i + 1, 1.1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
    this.byRoot = new ArrayList<>();
    for (int r = 0; r <= 20; r++) {
      byRoot.add(new ArrayList<>());
    }
    for (CameoCodebook.Definition d : engine.codebook().all()) {
      byRoot.get(d.code().root()).add(d);
    }
  }

  /** Writes {@code events} events into {@code store}, {@code perDocument} to a document, in batches. */
  void fill(DuckDbStore store, int events, int perDocument) {
    long run = store.beginRun();
    int first = next;
    int written = 0;
    while (written < events) {
      int documents = Math.min(1000, (events - written + perDocument - 1) / perDocument);
      List<CodedArticle> batch = articles(documents, perDocument, events - written);
      store.saveCodedAll(batch, run);
      for (CodedArticle a : batch) {
        written += a.events().size();
      }
    }
    store.finishRun(run, next - first, next - first, 0);
  }

  /**
   * The next {@code documents} articles (ids go on from the previous call), {@code perDocument} events each
   * but {@code total} events at most over all of them.
   */
  public List<CodedArticle> articles(int documents, int perDocument, int total) {
    List<CodedArticle> out = new ArrayList<>(documents);
    int left = total;
    for (int i = 0; i < documents && left > 0; i++) {
      int n = Math.min(perDocument, left);
      out.add(article(next++, n));
      left -= n;
    }
    return out;
  }

  private String actor() {
    double x = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (x <= cumulative[i]) {
        return actors.get(i);
      }
    }
    return actors.get(actors.size() - 1);
  }

  private String name(String actor) {
    String key = engine.dictionary().scoringKey(new ActorCode(actor));
    return engine.dictionary().keyName(key).orElse(key);
  }

  private CodedArticle article(int index, int events) {
    ArticleId id = new ArticleId(String.format(Locale.ROOT, "syn-%07d", index));
    LocalDate published = FIRST.plusDays(random.nextInt(DAYS + 1));
    String a = actor();
    String b = actor();
    while (b.equals(a)) {
      b = actor();
    }
    StringBuilder text = new StringBuilder();
    List<CodedEvent> out = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      String source = a;
      String target = b;
      if (random.nextInt(10) < 3) {
        // a third of an article's events are about other pairs
        source = actor();
        target = actor();
        while (target.equals(source)) {
          target = actor();
        }
      } else if (random.nextBoolean()) {
        source = b;
        target = a;
      }
      out.add(event(id, i, text, source, target, published));
    }
    return new CodedArticle(new Article(id, text.toString(), "synthetic:" + id, "synthetic-" + index,
        Optional.of(published), Optional.of("Synthetic article " + index), Optional.of("synthetic"), Optional.empty()),
        events, out);
  }

  private CodedEvent event(ArticleId doc, int sentence, StringBuilder text, String source, String target,
      LocalDate published) {
    // cooperation is more often reported than conflict: roots 1-8 for 60% of events
    int root = random.nextInt(10) < 6 ? 1 + random.nextInt(8) : 9 + random.nextInt(12);
    List<CameoCodebook.Definition> codes = byRoot.get(root);
    CameoCodebook.Definition def = codes.get(random.nextInt(codes.size()));
    String sourceCode = code(source);
    String targetCode = code(target);
    String sourceText = name(source);
    String targetText = name(target);
    String verb = VERBS[root];
    String sentenceText = sourceText + " " + verb + " " + targetText + " over " + TOPICS[random.nextInt(TOPICS.length)]
        + " " + WHEN[random.nextInt(WHEN.length)] + ".";
    if (text.length() > 0) {
      text.append(' ');
    }
    int start = text.length();
    text.append(sentenceText);
    Mode mode = mode();
    return new CodedEvent(doc, sentence, sentenceText, start, text.length(), Optional.of(new ActorCode(sourceCode)), sourceText,
        Optional.of(new ActorCode(targetCode)), targetText, def.code(), def.goldstein(), def.plover(), date(published), mode,
        Optional.empty(), verb.split(" ")[0], 0.5 + random.nextInt(50) / 100.0);
  }

  private String code(String actor) {
    if (actor.startsWith("IGO")) {
      return actor;
    }
    return actor + SECTORS[random.nextInt(SECTORS.length)];
  }

  private Mode mode() {
    int x = random.nextInt(100);
    return x < 80 ? Mode.ASSERTED : x < 90 ? Mode.FUTURE : x < 95 ? Mode.NEGATED : Mode.HYPOTHETICAL;
  }

  private Optional<EventDate> date(LocalDate published) {
    int x = random.nextInt(100);
    if (x == 0) {
      return Optional.empty();
    }
    LocalDate day = published.minusDays(random.nextInt(30));
    if (x < 80) {
      return Optional.of(new EventDate(day, DatePrecision.DAY));
    }
    if (x < 88) {
      return Optional.of(new EventDate(day, DatePrecision.MONTH));
    }
    if (x < 92) {
      return Optional.of(new EventDate(day, DatePrecision.YEAR));
    }
    return Optional.of(new EventDate(published, DatePrecision.DOC));
  }
}
