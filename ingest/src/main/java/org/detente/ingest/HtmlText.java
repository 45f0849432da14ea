package org.detente.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The readable main text of an HTML page, without navigation, scripts and other boilerplate. */
final class HtmlText {
  private static final String BOILERPLATE =
      "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, "
          + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .nav, .menu, .sidebar, "
          + ".footer, .header, .share, .social, .advert, .ad, .cookie, .related, .comments";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td";

  private HtmlText() {}

  record Page(String text, Optional<String> title, Optional<String> published) {}

  static Page extract(String html) {
    Document doc = Jsoup.parse(html);
    Optional<String> title = Optional.of(doc.title().strip()).filter(t -> !t.isEmpty());
    Optional<String> published =
        Optional.ofNullable(doc.selectFirst("meta[property=article:published_time], meta[name=date], time[datetime]"))
            .map(e -> e.hasAttr("content") ? e.attr("content") : e.attr("datetime"))
            .filter(s -> s.length() >= 10)
            .map(s -> s.substring(0, 10));
    doc.select(BOILERPLATE).remove();
    Element main = doc.selectFirst("article");
    if (main == null) {
      main = doc.selectFirst("main");
    }
    if (main == null) {
      main = doc.body();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element block : main.select(BLOCKS)) {
      if (!block.select(BLOCKS).not(":root").isEmpty() && !block.is("li, td")) {
        continue; // its nested blocks are taken on their own
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty()) {
      paragraphs.add(main.text().strip());
    }
    return new Page(String.join("\n\n", paragraphs).strip(), title, published);
  }
}
