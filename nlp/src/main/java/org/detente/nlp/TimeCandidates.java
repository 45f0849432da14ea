package org.detente.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs SUTime only on the sentences that may hold a time expression (#6): SUTime's rules try every sentence
 * and were most of the NLP stage's time, while most news sentences name no time. Every expression its rules
 * (english.sutime.txt, english.holidays.sutime.txt in the models jar) can match has a token with a digit or
 * one of {@link #WORDS}: a month, weekday, holiday, unit of time, part of day, season, decade or a word such
 * as "now", "ago" or "recently". SUTime reads each sentence against the publication date alone, so leaving
 * the others out changes no expression it finds ({@code TimeCandidatesIT} checks this on the seed articles).
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
      "quarters", "am", "pm", "bc", "ad", "zulu", "military", "universal", "standard",
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
      "noughts", "oughts", "hundreds",
      // holidays
      "christmas", "xmas", "easter", "thanksgiving", "halloween", "valentine", "valentines", "patrick",
      "inauguration", "groundhog", "fools", "mayo", "mayday", "bastille", "fawkes", "hallow", "hallows", "souls",
      "baptiste", "memorial", "veterans", "independence", "labor", "labour", "columbus", "birthday", "mlk",
      "clock");

  private TimeCandidates() {}

  /** Runs {@code sutime} on the document's candidate sentences and sets the document's time expressions. */
  static void annotate(TimeAnnotator sutime, Annotation doc) {
    List<CoreMap> candidates = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      if (mayHaveTime(s.get(CoreAnnotations.TokensAnnotation.class))) {
        candidates.add(s);
      }
    }
    if (candidates.isEmpty()) {
      doc.set(TimeAnnotations.TimexAnnotations.class, List.of());
      return;
    }
    Annotation some = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    String published = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (published != null) {
      some.set(CoreAnnotations.DocDateAnnotation.class, published);
    }
    some.set(CoreAnnotations.SentencesAnnotation.class, candidates);
    sutime.annotate(some);
    doc.set(TimeAnnotations.TimexAnnotations.class, some.get(TimeAnnotations.TimexAnnotations.class));
  }

  /** Whether a token has a digit or, without its dots and split at other non-letters, one of {@link #WORDS}. */
  static boolean mayHaveTime(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      String w = t.word();
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
      for (String part : w.toLowerCase(Locale.ROOT).replace(".", "").split("[^\\p{L}]+")) {
        if (WORDS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
