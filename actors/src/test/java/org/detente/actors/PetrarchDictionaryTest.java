package org.detente.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PETRARCH-format reader on small dictionaries of made-up actors written for these tests. */
class PetrarchDictionaryTest {
  private static final List<String> ACTORS = List.of(
      "<!-- made-up actors for a unit test",
      "     spread over two lines -->",
      "RURITANIA [RUR]  # the country",
      "+RURITANIAN",
      "+STRELSAU_",
      "",
      "FREEDONIA_GOVERNMENT [FRDGOV] <!-- inline comment --> ",
      "# a whole-line comment",
      "KING_RUDOLF_V",
      "+RUDOLF",
      "\t[RURGOV 990101-101231]",
      "\t[RURELI > 101231]",
      "\t[RUR]",
      "OLD_SYLVANIA",
      "  [SYL <19800601]",
      "  [NSY]",
      "GHOST_TOWN [---]",
      "TWIN_CITIES [abc/DEF]",
      "BAD_ACTOR [R!R]",
      "+ORPHANED",
      "[XYZ 2001]");

  @Test
  void readsNamesSynonymsAndCodesAcrossLinesWithoutComments() {
    PetrarchDictionary.Read r = PetrarchDictionary.actors(ACTORS, "made.actors.txt");
    assertThat(r.names()).containsKeys("RURITANIA", "RURITANIAN", "STRELSAU", "FREEDONIA GOVERNMENT", "KING RUDOLF V",
        "RUDOLF", "OLD SYLVANIA", "TWIN CITIES");
    assertThat(r.names().get("RURITANIAN").roles()).singleElement()
        .satisfies(role -> assertThat(role.code().value()).isEqualTo("RUR"));
    assertThat(r.names().get("RURITANIA").kind()).isEqualTo(Entry.Kind.PLACE);
    assertThat(r.names().get("FREEDONIA GOVERNMENT").roles().get(0).code().value()).isEqualTo("FRDGOV");
    assertThat(r.names().get("TWIN CITIES").roles().get(0).code().value()).as("first of A/B, upper case")
        .isEqualTo("ABC");
  }

  @Test
  void datedCodesHoldInTheirPeriodAndTheDefaultOtherwise() {
    Entry king = PetrarchDictionary.actors(ACTORS, "made.actors.txt").names().get("RUDOLF");
    assertThat(king.kind()).isEqualTo(Entry.Kind.PERSON);
    assertThat(king.on(LocalDate.of(1999, 1, 1)).orElseThrow().code().value()).isEqualTo("RURGOV");
    assertThat(king.on(LocalDate.of(2010, 12, 31)).orElseThrow().code().value()).isEqualTo("RURGOV");
    assertThat(king.on(LocalDate.of(2011, 1, 1)).orElseThrow().code().value()).isEqualTo("RURELI");
    assertThat(king.on(LocalDate.of(1998, 12, 31)).orElseThrow().code().value()).isEqualTo("RUR");
    Entry sylvania = PetrarchDictionary.actors(ACTORS, "made.actors.txt").names().get("OLD SYLVANIA");
    assertThat(sylvania.kind()).as("a country whose code changed stays a place").isEqualTo(Entry.Kind.PLACE);
    assertThat(sylvania.on(LocalDate.of(1980, 5, 31)).orElseThrow().code().value()).isEqualTo("SYL");
    assertThat(sylvania.on(LocalDate.of(1980, 6, 1)).orElseThrow().code().value()).isEqualTo("NSY");
  }

  @Test
  void unusableLinesAreReportedWithFileAndLine() {
    PetrarchDictionary.Read r = PetrarchDictionary.actors(ACTORS, "made.actors.txt");
    assertThat(r.names()).as("a synonym shares its block's fate").doesNotContainKeys("GHOST TOWN", "BAD ACTOR", "ORPHANED");
    assertThat(r.skipped()).anySatisfy(s -> assertThat(s).startsWith("made.actors.txt:17:").contains("GHOST TOWN"));
    assertThat(r.skipped()).anySatisfy(s -> assertThat(s).startsWith("made.actors.txt:19:").contains("R!R"));
    assertThat(r.skipped()).anySatisfy(s -> assertThat(s).startsWith("made.actors.txt:21:").contains("2001"));
    assertThat(PetrarchDictionary.actors(List.of("+LONELY", "[ABC]"), "f").skipped()).hasSize(2);
  }

  @Test
  void twoDigitYearsFollowTheTabariPivot() {
    assertThat(PetrarchDictionary.date("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
    assertThat(PetrarchDictionary.date("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    assertThat(PetrarchDictionary.date("19991231")).isEqualTo(LocalDate.of(1999, 12, 31));
    assertThatThrownBy(() -> PetrarchDictionary.date("990231")).hasMessageContaining("990231");
    assertThatThrownBy(() -> PetrarchDictionary.date("99-1-1")).hasMessageContaining("YYMMDD");
  }

  @Test
  void agentsGetPluralsSubstitutionSetsAndPrefixCodes() {
    PetrarchDictionary.Read r = PetrarchDictionary.agents(List.of(
        "<!-- made-up agents -->",
        "!HAND! = HAND, HANDS, WORKER",
        "HARBOUR_MASTER [~GOV] # regular plural",
        "DEPUTY {} [~GOV]",
        "EMISSARY [ ~GOV]",
        "MARSH_GOOSE {MARSH_GEESE} [~CVL]",
        "DOCK!HAND! [~LAB]",
        "RIGHTS_WATCHDOG [NGO~]",
        "COMPASS [~BUS]",
        "NO_CODE_HERE",
        "FERRY!CREW! [~BUS]"), "made.agents.txt");
    assertThat(r.names()).containsKeys("HARBOUR MASTER", "HARBOUR MASTERS", "DEPUTY", "EMISSARY", "EMISSARIES",
        "MARSH GOOSE", "MARSH GEESE", "DOCKHAND", "DOCKHANDS", "DOCKWORKER", "RIGHTS WATCHDOG", "COMPASSES");
    assertThat(r.names()).doesNotContainKeys("DEPUTIES", "DEPUTYS", "DOCKWORKERS", "NO CODE HERE");
    assertThat(r.names().get("HARBOUR MASTERS").kind()).isEqualTo(Entry.Kind.SECTOR);
    assertThat(r.names().get("HARBOUR MASTERS").roles().get(0).code().value()).isEqualTo("GOV");
    assertThat(r.names().get("RIGHTS WATCHDOGS").kind()).isEqualTo(Entry.Kind.PREFIX);
    assertThat(r.skipped()).hasSize(2);
    assertThat(r.skipped().get(0)).startsWith("made.agents.txt:10:");
    assertThat(r.skipped().get(1)).contains("!CREW!");
  }

  @Test
  void regularPlurals() {
    assertThat(PetrarchDictionary.plural("ENVOY")).isEqualTo("ENVOYS");
    assertThat(PetrarchDictionary.plural("ARMY")).isEqualTo("ARMIES");
    assertThat(PetrarchDictionary.plural("BOSS")).isEqualTo("BOSSES");
    assertThat(PetrarchDictionary.plural("WATCH")).isEqualTo("WATCHES");
    assertThat(PetrarchDictionary.plural("chief")).isEqualTo("CHIEFS");
  }
}
