package org.detente.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.detente.core.ActorCode;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.CameoCode;
import org.detente.core.CodedArticle;
import org.detente.core.CodedEvent;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.detente.store.DuckDbStore;

/**
 * A small store written event by event, so tests know every count: three articles on Japan and Russia
 * (September 2015, October 2015, March 2016), one on the United States and China.
 */
public final class Fixtures {
  private Fixtures() {}

  public static final String A1 = "Japan and Russia talk.\n\nJapan's foreign minister met Sergei Lavrov in Moscow on"
      + " Monday. Russia accused Japan of provocation on Tuesday. Tokyo may impose sanctions on Moscow.";
  public static final String A2 = "Kurils row.\n\nRussia will not return the islands, Moscow said. Japan protested"
      + " to Russia in October.";
  public static final String A3 = "Spring thaw.\n\nJapan and Russia signed a fishing agreement on Friday.";
  public static final String B1 = "Trade.\n\nThe United States criticised China on Monday.";

  /** Names the tests expect: every code has one, four actors have one. */
  public static Labels labels() {
    Map<String, String> codes = Map.of("042", "Make a visit", "112", "Accuse", "163", "Impose embargo, boycott, or sanctions",
        "036", "Express intent to meet or negotiate", "111", "Criticize or denounce", "057", "Sign formal agreement");
    return Labels.of(c -> codes.getOrDefault(c.value(), "CAMEO " + c.value()),
        Map.of("JPN", "Japan", "RUS", "Russia", "USA", "United States", "CHN", "China"));
  }

  /** Writes the store to {@code file}. */
  public static void write(Path file) {
    try (DuckDbStore s = DuckDbStore.open(file, ActorCode::country, "test")) {
      long run = s.beginRun();
      s.saveCodedAll(List.of(
          doc("a1", A1, LocalDate.of(2015, 9, 26),
              ev("a1", A1, "Japan's foreign minister met Sergei Lavrov", "JPNGOV", "Japan's foreign minister", "RUSGOV",
                  "Sergei Lavrov", "met", "042", 1.9, day(2015, 9, 21), Mode.ASSERTED),
              ev("a1", A1, "Russia accused Japan", "RUS", "Russia", "JPN", "Japan", "accused", "112", -2.0, day(2015, 9, 22),
                  Mode.ASSERTED),
              ev("a1", A1, "Tokyo may impose sanctions", "JPNGOV", "Tokyo", "RUSGOV", "Moscow", "impose", "163", -8.0,
                  day(2015, 9, 26), Mode.HYPOTHETICAL)),
          doc("a2", A2, LocalDate.of(2015, 10, 30),
              ev("a2", A2, "Russia will not return", "RUS", "Russia", "JPN", "Japan", "return", "036", 4.0,
                  Optional.of(new EventDate(LocalDate.of(2015, 10, 1), DatePrecision.MONTH)), Mode.NEGATED),
              ev("a2", A2, "Japan protested", "JPN", "Japan", "RUS", "Russia", "protested", "111", -3.0,
                  Optional.of(new EventDate(LocalDate.of(2015, 10, 1), DatePrecision.MONTH)), Mode.ASSERTED)),
          doc("a3", A3, LocalDate.of(2016, 3, 12),
              ev("a3", A3, "Japan and Russia signed", "JPN", "Japan", "RUS", "Russia", "signed", "057", 8.0, day(2016, 3, 11),
                  Mode.ASSERTED),
              ev("a3", A3, "Japan and Russia signed", "RUS", "Russia", "JPN", "Japan", "signed", "057", 8.0,
                  Optional.of(new EventDate(LocalDate.of(2016, 3, 12), DatePrecision.DOC)), Mode.FUTURE)),
          doc("b1", B1, LocalDate.of(2015, 9, 30),
              ev("b1", B1, "The United States criticised China", "USA", "The United States", "CHN", "China", "criticised",
                  "111", -3.0, day(2015, 9, 28), Mode.ASSERTED))), run);
      s.finishRun(run, 4, 4, 0);
    }
  }

  private static Optional<EventDate> day(int y, int m, int d) {
    return Optional.of(EventDate.ofDay(LocalDate.of(y, m, d)));
  }

  private static CodedArticle doc(String id, String text, LocalDate published, CodedEvent... events) {
    return new CodedArticle(new Article(new ArticleId(id), text, id + ".txt", "sha-" + id, Optional.of(published),
        Optional.of("Article " + id), Optional.of("Wire"), Optional.of("https://example.org/" + id)),
        text.split("\\. |\n\n").length, List.of(events));
  }

  /** An event whose evidence is the sentence of {@code text} that contains {@code inSentence}. */
  private static CodedEvent ev(String doc, String text, String inSentence, String source, String sourceText, String target,
      String targetText, String trigger, String code, double goldstein, Optional<EventDate> date, Mode mode) {
    int at = text.indexOf(inSentence);
    int start = Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf("\n\n", at) + 2);
    int end = text.indexOf('.', at) + 1;
    List<String> sentences = new ArrayList<>(List.of(text.substring(0, start).split("\\. |\n\n")));
    return new CodedEvent(new ArticleId(doc), sentences.size(), text.substring(start, end), start, end, Optional.of(new ActorCode(source)),
        sourceText, Optional.of(new ActorCode(target)), targetText, new CameoCode(code), goldstein, "", date, mode, Optional.empty(),
        trigger, 0.8);
  }
}
