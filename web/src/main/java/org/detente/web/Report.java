package org.detente.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.store.Dyad;
import org.detente.store.EventFilter;
import org.detente.store.Interval;
import org.detente.store.PeriodCount;
import org.detente.store.Series;
import org.detente.store.StoreReader;

/**
 * A dyad's chart and event list as one self-contained HTML file: styles, ECharts, the page script and the
 * data are inlined, so it opens from a mail attachment or an archive with no server and no network.
 * Consumes a {@link StoreReader}; produces HTML on a {@link Writer}.
 */
public final class Report {
  /** Events beyond this many are left out of a report (the chart still counts them all). */
  public static final int MAX_EVENTS = 20_000;

  private static final Pattern SLOT = Pattern.compile("\\{\\{([A-Z]+)\\}\\}");
  private static final Pattern SCRIPT_END = Pattern.compile("</script", Pattern.CASE_INSENSITIVE);

  /** What a report holds: the dyad's events, and how many of them are listed. */
  public record Summary(long events, int listed, int periods) {
    public boolean truncated() {
      return listed < events;
    }
  }

  private Report() {}

  /**
   * Writes the report of {@code dyad} to {@code out}.
   *
   * @param interval the period the chart opens with (the reader can switch between all three)
   * @throws IllegalArgumentException if the store holds no events between the two actors
   */
  public static Summary write(StoreReader store, Labels labels, Dyad dyad, Interval interval, Writer out) throws IOException {
    requireNonNull(store, "store");
    requireNonNull(labels, "labels");
    requireNonNull(dyad, "dyad");
    requireNonNull(interval, "interval");
    requireNonNull(out, "out");
    EventFilter filter = EventFilter.all().withDyad(dyad);
    Map<String, Views.SeriesView> series = new LinkedHashMap<>();
    long dated = 0;
    long undated = 0;
    int periods = 0;
    for (Interval i : Interval.values()) {
      Series s = store.series(filter, i);
      List<Views.Period> ps = new ArrayList<>();
      for (PeriodCount c : s.periods()) {
        ps.add(Views.period(c, i));
      }
      series.put(i.label(), new Views.SeriesView(Views.actor(dyad.a(), labels), Views.actor(dyad.b(), labels), i.label(),
          Optional.empty(), Optional.empty(), s.undated(), ps));
      if (i == interval) {
        dated = s.periods().stream().mapToLong(PeriodCount::events).sum();
        undated = s.undated();
        periods = ps.size();
      }
    }
    long total = dated + undated;
    if (total == 0) {
      throw new IllegalArgumentException("the store has no events between " + dyad.a() + " and " + dyad.b()
          + " (see detente serve, or /api/dyads, for the pairs it holds)");
    }
    List<Views.Event> events = new ArrayList<>();
    store.forEach(filter, e -> {
      if (events.size() < MAX_EVENTS) {
        events.add(Views.event(e, labels));
      }
    });

    String title = name(dyad.a(), labels) + " – " + name(dyad.b(), labels);
    Summary summary = new Summary(total, events.size(), periods);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("a", dyad.a());
    data.put("b", dyad.b());
    data.put("interval", interval.label());
    data.put("series", series);
    data.put("events", events);
    data.put("totalEvents", total);

    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("TITLE", html(title));
    slots.put("SUBTITLE", html(total + " events" + span(series.get("year")) + (summary.truncated()
        ? "; the list holds the first " + events.size() + " (the chart counts them all)" : "")));
    slots.put("FOOTER", html("Written by detente report on " + LocalDate.now() + " from " + store.file().getFileName()
        + ". CAMEO-coded events, each with the sentence it comes from."));
    slots.put("CSS", Assets.page("app.css"));
    slots.put("ECHARTS", script(Assets.echartsCommon(), "ECharts"));
    slots.put("DATA", json(data));
    slots.put("APP", script(Assets.page("app.js"), "app.js"));

    Matcher m = SLOT.matcher(Assets.text("/org/detente/web/report.html"));
    StringBuilder page = new StringBuilder();
    while (m.find()) {
      String value = slots.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("report.html has an unknown slot " + m.group());
      }
      m.appendReplacement(page, Matcher.quoteReplacement(value));
    }
    m.appendTail(page);
    out.write(page.toString());
    out.flush();
    return summary;
  }

  private static String name(String key, Labels labels) {
    return labels.actorName(key).map(n -> n + " (" + key + ")").orElse(key);
  }

  private static String span(Views.SeriesView years) {
    List<Views.Period> ps = years.periods();
    if (ps.isEmpty()) {
      return "";
    }
    String first = ps.get(0).label();
    String last = ps.get(ps.size() - 1).label();
    return first.equals(last) ? " in " + first : ", " + first + " to " + last;
  }

  /** JSON safe inside a script element: {@code <} only occurs in strings, where \\u003c reads the same. */
  private static String json(Object data) {
    ObjectMapper mapper = WebServer.mapper();
    try {
      return mapper.writeValueAsString(data).replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report data: " + e.getMessage(), e);
    }
  }

  private static String script(String js, String what) {
    if (SCRIPT_END.matcher(js).find()) {
      throw new IllegalStateException(what + " contains '</script' and cannot be inlined as it is");
    }
    return js;
  }

  static String html(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '<') {
        b.append("&lt;");
      } else if (c == '>') {
        b.append("&gt;");
      } else if (c == '&') {
        b.append("&amp;");
      } else if (c == '"') {
        b.append("&quot;");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
