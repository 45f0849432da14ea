package org.detente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Optional;
import org.detente.coding.CameoCodebook;
import org.detente.core.ActorCode;
import org.detente.core.ArticleId;
import org.detente.core.CameoCode;
import org.detente.core.CodedEvent;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.detente.store.StoredEvent;
import org.junit.jupiter.api.Test;

class EventFormatTest {
  private static final CameoCodebook CODEBOOK = CameoCodebook.load();

  private static StoredEvent visit(Mode mode) {
    CodedEvent e = new CodedEvent(new ArticleId("d1"), 0, "Ruritania's king will visit Chile.", 0, 34,
        Optional.of(new ActorCode("RUTGOV")), "Ruritania's king", Optional.of(new ActorCode("CHL")), "Chile", new CameoCode("042"),
        1.9, "CONSULT", Optional.of(new EventDate(LocalDate.of(2020, 5, 4), DatePrecision.DAY)), mode, Optional.empty(),
        "visit", 0.8);
    return new StoredEvent(7, e, "RUT", "CHL", "");
  }

  private static String[] gdeltRow(Mode mode) {
    StringWriter out = new StringWriter();
    assertThat(EventFormat.GDELT.write(visit(mode), out, CODEBOOK)).isTrue();
    return out.toString().replace("\n", "").split("\t", -1);
  }

  @Test
  void aGdeltRowGivesAPlannedVisitTheManualsIntentCodeAndItsGoldstein() {
    String[] row = gdeltRow(Mode.FUTURE);
    assertThat(row).hasSize(EventFormat.GDELT_COLUMNS.size());
    assertThat(row[26]).isEqualTo("036");
    assertThat(row[28]).isEqualTo("03");
    assertThat(row[29]).isEqualTo("1");
    assertThat(row[30]).isEqualTo(Double.toString(CODEBOOK.define(new CameoCode("036")).goldstein()));
    assertThat(gdeltRow(Mode.ASSERTED)[26]).isEqualTo("042");
  }

  @Test
  void aNegatedEventIsNoGdeltRowButStaysInJsonLines() {
    StringWriter out = new StringWriter();
    assertThat(EventFormat.GDELT.write(visit(Mode.NEGATED), out, CODEBOOK)).isFalse();
    assertThat(out.toString()).isEmpty();
    assertThat(EventFormat.JSONL.write(visit(Mode.NEGATED), out, CODEBOOK)).isTrue();
    assertThat(out.toString()).contains("\"negated\"");
  }
}
