package org.detente.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.detente.analysis.EventTable;
import org.detente.coding.CameoCodebook;
import org.detente.core.CameoCode;
import org.detente.core.CodedEvent;
import org.detente.core.Mode;
import org.detente.store.StoredEvent;

/** How events are written out: JSON Lines, CSV (same columns), or GDELT 2.0 event rows (tab-separated). */
enum EventFormat {
  JSONL,
  CSV,
  GDELT;

  static final List<String> COLUMNS = EventTable.COLUMNS;

  /** The 61 columns of the GDELT 2.0 event table, in order. */
  static final List<String> GDELT_COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
      "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
      "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  static EventFormat parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format '" + name + "' (want jsonl, csv or gdelt)", e);
    }
  }

  void header(Writer out) {
    if (this == CSV) {
      line(out, EventTable.csvHeader());
    }
  }

  /**
   * Writes one event. GDELT rows have no mode: they give a planned or conditional event the code the CAMEO
   * manual gives it (intent 03, threat 13; see {@link CameoCode#inManualTerms}) with that code's Goldstein value,
   * and leave negated events out, since a row says the event happened. Returns whether a line was written.
   */
  boolean write(StoredEvent stored, Writer out, CameoCodebook codebook) {
    CodedEvent e = stored.event();
    if (this == JSONL) {
      line(out, EventTable.json(e));
    } else if (this == CSV) {
      line(out, EventTable.csv(e));
    } else if (e.mode() == Mode.NEGATED) {
      return false;
    } else {
      line(out, String.join("\t", gdelt(stored, codebook.define(e.code().inManualTerms(e.mode())))));
    }
    return true;
  }

  private static List<String> gdelt(StoredEvent s, CameoCodebook.Definition code) {
    CodedEvent e = s.event();
    String[] row = new String[GDELT_COLUMNS.size()];
    java.util.Arrays.fill(row, "");
    row[0] = Long.toString(s.id());
    e.date().ifPresent(d -> {
      row[1] = d.value().format(DateTimeFormatter.BASIC_ISO_DATE);
      row[2] = row[1].substring(0, 6);
      row[3] = row[1].substring(0, 4);
      row[4] = String.format(Locale.ROOT, "%.4f", d.value().getYear() + (d.value().getDayOfYear() - 1) / 365.0);
    });
    e.source().ifPresent(a -> actor(row, 5, a.value(), e.sourceText(), s.sourceKey()));
    e.target().ifPresent(t -> actor(row, 15, t.value(), e.targetText(), s.targetKey()));
    row[25] = "0";
    row[26] = code.code().value();
    row[27] = code.code().value().substring(0, Math.min(3, code.code().value().length()));
    row[28] = code.code().rootCode();
    row[29] = Integer.toString(code.quad().number());
    row[30] = Double.toString(code.goldstein());
    row[31] = "1";
    row[32] = "1";
    row[33] = "1";
    e.location().ifPresent(l -> row[52] = clean(l));
    row[60] = s.url();
    return List.of(row);
  }

  private static void actor(String[] row, int at, String code, String text, String key) {
    row[at] = code;
    row[at + 1] = clean(text).toUpperCase(Locale.ROOT);
    row[at + 2] = key.length() == 3 ? key : "";
    if (code.length() >= 6) {
      row[at + 7] = code.substring(3, 6);
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  private static void line(Writer out, String text) {
    try {
      out.write(text);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write export: " + e.getMessage(), e);
    }
  }
}
