package org.detente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs SUTime only around the tokens that may start a time expression (#6): SUTime's rules try every token of
 * what they are shown and were most of the NLP stage's time, while most news sentences name no time. Every
 * expression its rules (english.sutime.txt, english.holidays.sutime.txt in the models jar) can match has an
 * <em>anchor</em>: a token with a digit (other than a plain number of one to three digits, a grouped or a
 * decimal one, which only make part of an expression next to another anchor: "5 May", "two days") or one of
 * {@link #WORDS}, a month, weekday, unit of time, part of day, season, decade, a holiday needing no "day", or a
 * word such as "now", "ago" or "recently". SUTime reads each stretch against the publication date alone; an
 * expression reaches at most four tokens before its first anchor, four between two and two after the last (in the
 * public sets), and SUTime's last rules look up to three tokens beyond it, for nothing but a past-tense verb or a
 * tense word ("said on Monday", "will meet Monday" decide last or next Monday). So SUTime is shown an expression's
 * reach around each anchor ({@link #REACH_BEFORE}, {@link #REACH_AFTER}), and the three tokens beyond only up to
 * the farthest such word among them (#6: this saves about two fifths of SUTime's time against {@link #BEFORE} and
 * {@link #AFTER} around every anchor, which found the same expressions): {@code TimeCandidatesIT} compares,
 * expression by expression, with SUTime on every sentence of the seed articles and the 1,349 pentaclass sentences.
 */
final class TimeCandidates {
  /** Anchors of SUTime's rules, in lower case; tokens are split at hyphens and slashes ("mid-March"). */
  static final Set<String> WORDS = Set.of(
      // months and weekdays, with their abbreviations and plurals
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "januarys",
      "februarys", "marchs", "aprils", "mays", "junes", "julys", "augusts", "septembers", "octobers", "novembers",
      "decembers", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
      "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mon", "mons", "tue", "tues", "wed",
      "weds", "thu", "thur", "thurs", "fri", "fris", "sat", "sats", "sun", "suns",
      // the present, past and future
      "now", "nowadays", "today", "todays", "tonight", "tonights", "tonite", "tonites", "yesterday", "yesterdays",
      "tomorrow", "tomorrows", "current", "currently", "recent", "recently", "lately", "present", "presently", "past",
      "future", "previously", "formerly", "ago", "earlier", "later", "latest", "once", "twice", "time", "times",
      "medieval", "annual", "annually", "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "quarterly",
      // units of time
      "day", "days", "daytime", "daytimes", "daylight", "daylights", "week", "weeks", "wk", "wks", "weekday",
      "weekdays", "weekend", "weekends", "workweek", "fortnight", "fortnights", "month", "months", "mo", "mos", "year",
      "years", "yr", "yrs", "decade", "decades", "century", "centuries", "centurys", "millennium", "millenniums",
      "millennia", "millenia", "millenium", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins",
      "second", "seconds", "sec", "secs", "millisecond", "milliseconds", "millisec", "millisecs", "quarter",
      "quarters", "am", "pm", "bc", "ad",
      // parts of the day
      "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night", "nights", "nighttime",
      "nighttimes", "overnight", "overnights", "noon", "noons", "midday", "middays", "midnight", "midnights", "dawn",
      "dawns", "dusk", "dusks", "daybreak", "daybreaks", "sunrise", "sunrises", "sunset", "sunsets", "sundown",
      "sundowns", "sunup", "sunups", "twilight", "twilights", "lunchtime", "lunchtimes", "dinnertime", "dinnertimes",
      "suppertime", "suppertimes", "teatime", "teatimes", "eve",
      // seasons
      "spring", "springs", "summer", "summers", "autumn", "autumns", "fall", "falls", "winter", "winters", "season",
      "seasons", "springtime", "summertime", "wintertime",
      // decades and centuries in words
      "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
      "noughts", "oughts",
      // holidays whose rules need no other anchor ("Memorial Day" and the like have "day")
      "christmas", "xmas", "easter", "thanksgiving", "halloween", "mayo", "birthday", "clock");

  /**
   * Numbers no rule reads as a time on their own: one to three digits ("300"), grouped ("1,000") or with one
   * decimal point ("12.5"). Four digits (a year), six or eight ("20150921") and everything with letters or other
   * signs ("1990s", "9:30", "2015-09-21") stay anchors.
   */
  static final Pattern PLAIN_NUMBER = Pattern.compile("\\d{1,3}|\\d{1,3}(,\\d{3})+|\\d+\\.\\d+");

  private TimeCandidates() {}

  /** Tokens an expression reaches before its first anchor (four in the public sets). */
  static final int REACH_BEFORE = 4;

  /** Tokens an expression reaches after its last anchor (two in the public sets). */
  static final int REACH_AFTER = 2;

  /**
   * Tokens before an anchor that SUTime may be shown: an expression's reach plus the context its last rules read
   * (three: a tense word, then up to two tokens, then the expression).
   */
  static final int BEFORE = REACH_BEFORE + 3;

  /** Tokens after an anchor that SUTime may be shown: an expression's reach plus three, as {@link #BEFORE}. */
  static final int AFTER = REACH_AFTER + 3;

  /**
   * The words SUTime's last rules read near an expression to resolve it to the past or the future (english.sutime.txt:
   * "have", "would", "could", "should", "will", "going to", "'ll", the last two also as separate tokens), in lower
   * case; past-tense verbs (VBD) too. A superset is safe: it only shows SUTime more tokens.
   */
  private static final Set<String> TENSE_WORDS =
      Set.of("have", "would", "could", "should", "will", "going", "to", "'ll", "’ll", "ll", "'", "’");

  /**
   * Runs {@code sutime} on the stretches of the document's sentences around their anchors and sets the
   * document's time expressions. SUTime's cost grows with the tokens it is shown, and a sentence's anchors are
   * mostly one or two of thirty tokens.
   */
  static void annotate(TimeAnnotator sutime, Annotation doc) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> windows = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int from = -1;
      int to = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (!isAnchor(tokens.get(i))) {
          continue;
        }
        int start = Math.max(0, i - REACH_BEFORE);
        for (int k = Math.max(0, i - BEFORE); k < start; k++) {
          if (isTenseWord(tokens.get(k))) {
            start = k;
            break;
          }
        }
        int end = Math.min(tokens.size(), i + REACH_AFTER + 1);
        for (int k = Math.min(tokens.size(), i + AFTER + 1) - 1; k >= end; k--) {
          if (isTenseWord(tokens.get(k))) {
            end = k + 1;
            break;
          }
        }
        if (from >= 0 && start > to) {
          windows.add(window(s, tokens, from, to, text));
          from = -1;
        }
        if (from < 0) {
          from = start;
        }
        to = Math.max(to, end);
      }
      if (from >= 0) {
        windows.add(window(s, tokens, from, to, text));
      }
    }
    if (windows.isEmpty()) {
      doc.set(TimeAnnotations.TimexAnnotations.class, List.of());
      return;
    }
    Annotation some = new Annotation(text);
    String published = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (published != null) {
      some.set(CoreAnnotations.DocDateAnnotation.class, published);
    }
    some.set(CoreAnnotations.SentencesAnnotation.class, windows);
    sutime.annotate(some);
    doc.set(TimeAnnotations.TimexAnnotations.class, some.get(TimeAnnotations.TimexAnnotations.class));
  }

  /** Tokens {@code from} to {@code to} (exclusive) of a sentence, as a sentence of their own for SUTime. */
  private static CoreMap window(CoreMap sentence, List<CoreLabel> tokens, int from, int to, String text) {
    CoreMap w = new ArrayCoreMap();
    List<CoreLabel> part = tokens.subList(from, to);
    int begin = part.get(0).beginPosition();
    int end = part.get(part.size() - 1).endPosition();
    w.set(CoreAnnotations.TokensAnnotation.class, part);
    w.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    w.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    if (first != null) {
      w.set(CoreAnnotations.TokenBeginAnnotation.class, first + from);
      w.set(CoreAnnotations.TokenEndAnnotation.class, first + to);
    }
    return w;
  }

  /** Whether SUTime's last rules may read the token to resolve a nearby expression: a past-tense verb or a tense word. */
  private static boolean isTenseWord(CoreLabel t) {
    return "VBD".equals(t.tag()) || TENSE_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a token has a digit and is no plain number (below), or, without its dots and split at other
   * non-letters, is one of {@link #WORDS}.
   */
  static boolean isAnchor(CoreLabel t) {
    String w = t.word();
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return !PLAIN_NUMBER.matcher(w).matches();
      }
    }
    for (String part : w.toLowerCase(Locale.ROOT).replace(".", "").split("[^\\p{L}]+")) {
      if (WORDS.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
