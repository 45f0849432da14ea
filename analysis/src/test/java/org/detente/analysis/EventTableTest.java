package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.core.ActorCode;
import org.detente.core.ArticleId;
import org.detente.core.CameoCode;
import org.detente.core.CodedEvent;
import org.detente.core.DatePrecision;
import org.detente.core.EventDate;
import org.detente.core.Mode;
import org.junit.jupiter.api.Test;

class EventTableTest {
  private static final CodedEvent EVENT = new CodedEvent(new ArticleId("d1"), 2, "Japan said \"no\", twice.", 10, 33,
      Optional.of(new ActorCode("JPNGOV")), "Japan", Optional.of(new ActorCode("RUS")), "Russia", new CameoCode("0361"), 4.0, "AGREE",
      Optional.of(new EventDate(LocalDate.of(2015, 9, 1), DatePrecision.MONTH)), Mode.FUTURE, Optional.empty(), "said", 0.75);

  @Test
  void jsonHasEveryColumnInOrderWithNumbersAndNulls() throws Exception {
    JsonNode n = new ObjectMapper().readTree(EventTable.json(EVENT));
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyElementsOf(EventTable.COLUMNS);
    assertThat(n.get("quad_class").isInt()).isTrue();
    assertThat(n.get("date").asText()).isEqualTo("2015-09");
    assertThat(n.get("date_precision").asText()).isEqualTo("month");
    assertThat(n.get("location").isNull()).isTrue();
    assertThat(n.get("root").asText()).isEqualTo("03");
  }

  @Test
  void csvQuotesCellsWithCommasAndQuotes() {
    assertThat(EventTable.csvHeader()).startsWith("doc_id,sentence,evidence,");
    assertThat(EventTable.csv(EVENT)).startsWith("d1,2,\"Japan said \"\"no\"\", twice.\",10,33,JPNGOV,");
  }
}
