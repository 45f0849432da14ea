package org.detente.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PloverGsrReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // Records written for this test in the layout of the PLOVER gold-standard file.
  private static JsonNode json(String text) throws IOException {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @Test
  void skipsTheHeaderAndReadsCompoundActorsMissingTargetsAndAliases() throws IOException {
    List<PloverRecord> r = PloverGsrReader.parse(json("["
        + "{'id':'H','event':'DOCUMENT','eventText':'about this file'},"
        + "{'id':'A1','date':'2000-01-01','event':'AGREE','text':'Ruritania and Freedonia agreed.',"
        + " 'source':[{'actorText':'Ruritania','code':'RUR'},{'actorText':'Freedonia','code':'FRDGOV','sector':'GOV'}]},"
        + "{'id':'A2','date':'2000-01-01','event':'consult','text':'Tokyo hosted the UN envoy.',"
        + " 'source':[{'actorText':'Tokyo','code':'JAP'}],'target':[{'actorText':'UN','code':'IGO','sector':'GOV'}]},"
        + "{'id':'A3','date':'2001-02-03','event':'FIGHT','text':'Civilians were killed.',"
        + " 'target':[{'actorText':'civilians','code':'ITL'}]},"
        + "{'id':'A4','date':'2001-02-03','event':'AGREE','text':'They agreed.','source':[{'code':'RUR'}],'target':''}"
        + "]"), "test");
    assertThat(r).extracting(PloverRecord::id).containsExactly("A1", "A2", "A3", "A4");
    assertThat(r.get(0).sources()).containsExactly("RUR", "FRD");
    assertThat(r.get(0).targets()).isEmpty();
    assertThat(r.get(1).event()).isEqualTo("CONSULT");
    assertThat(r.get(1).sources()).containsExactly("JPN");
    assertThat(r.get(1).targets()).containsExactly("IGO");
    assertThat(r.get(2).sources()).isEmpty();
    assertThat(r.get(2).targets()).containsExactly("ITA");
    assertThat(r.get(2).date()).isEqualTo(LocalDate.of(2001, 2, 3));
    assertThat(r.get(3).targets()).isEmpty();
  }

  @Test
  void aRecordWithoutTextIsAnErrorNamingIt() throws IOException {
    JsonNode bad = json("[{'id':'X9','date':'2000-01-01','event':'AGREE','source':[]}]");
    assertThatThrownBy(() -> PloverGsrReader.parse(bad, "gsr.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gsr.json").hasMessageContaining("X9").hasMessageContaining("\"text\"");
  }

  @Test
  void notAnArrayIsAnError() throws IOException {
    assertThatThrownBy(() -> PloverGsrReader.parse(json("{'id':'x'}"), "gsr.json"))
        .hasMessageContaining("JSON array");
  }
}
