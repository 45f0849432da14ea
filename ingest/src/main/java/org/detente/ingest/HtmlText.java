package org.detente.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The readable main text of an HTML page, without navigation, scripts and other boilerplate. */
final class HtmlText {
  private static final String BOILERPLATE =
      "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, "
          + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .nav, .menu, .sidebar, "
          + ".footer, .header, .share, .social, .advert, .ad, .cookie, .related, .comments";
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "td");

  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0]+");

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
    List<String> paragraphs = paragraphs(main);
    if (paragraphs.isEmpty()) {
      paragraphs.add(main.text().strip());
    }
    return new Page(String.join("\n\n", paragraphs).strip(), title, published);
  }

  /**
   * The text of each paragraph-like block, in document order, in one pass over the tree (#5: pages nested
   * thousands deep must cost time linear in their size). A block's own text is cut where a nested block starts,
   * so nested blocks are taken on their own and no text is taken twice.
   */
  private static List<String> paragraphs(Element root) {
    List<String> paragraphs = new ArrayList<>();
    Deque<StringBuilder> open = new ArrayDeque<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text && !open.isEmpty()) {
          open.peek().append(text.getWholeText());
        } else if (node instanceof Element e) {
          if (BLOCKS.contains(e.normalName())) {
            if (!open.isEmpty()) {
              flush(open.peek(), paragraphs);
            }
            open.push(new StringBuilder());
          } else if (!open.isEmpty() && (e.isBlock() || e.normalName().equals("br"))) {
            open.peek().append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
          flush(open.pop(), paragraphs);
        } else if (node instanceof Element e && e.isBlock() && !open.isEmpty()) {
          open.peek().append(' ');
        }
      }
    }, root);
    return paragraphs;
  }

  private static void flush(StringBuilder text, List<String> paragraphs) {
    String t = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (!t.isEmpty()) {
      paragraphs.add(t);
    }
    text.setLength(0);
  }
}
