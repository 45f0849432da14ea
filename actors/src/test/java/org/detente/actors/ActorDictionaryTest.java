package org.detente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.detente.core.ActorMention;
import org.detente.core.ActorCode;
import org.detente.core.Sentence;
import org.detente.core.TabFile;
import org.detente.core.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User dictionaries layered over the built-in ones: both actor formats and PETRARCH agents. */
class ActorDictionaryTest {
  @TempDir Path dir;

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
  }

  private static Sentence sentence(String... wordsAndTags) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < wordsAndTags.length; i += 2) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(wordsAndTags[i]);
      tokens.add(new Token(i / 2, wordsAndTags[i], wordsAndTags[i].toLowerCase(), wordsAndTags[i + 1], begin,
          text.length()));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(), List.of());
  }

  @Test
  void anAgencyOfAnOrganisationScoresAsTheAgencyNotItsParent() {
    ActorDictionary d = ActorDictionary.load(List.of());
    assertThat(d.scoringKey(new ActorCode("IGOUNOWFP"))).isEqualTo("WFP");
    assertThat(d.scoringKey(new ActorCode("IGOUNO"))).isEqualTo("UN");
    assertThat(d.scoringKey(new ActorCode("JPNGOV"))).isEqualTo("JPN");
  }

  @Test
  void theFormatOfAnActorFileIsToldByItsFirstLine() {
    assertThat(ActorDictionary.isPeopleFormat(List.of("# people", "Jane Roe\tGBRGOV\t2031-01-01\t-\tminister")))
        .isTrue();
    assertThat(ActorDictionary.isPeopleFormat(List.of("<!-- actors -->", "RURITANIA [RUR]"))).isFalse();
    assertThat(ActorDictionary.isPeopleFormat(List.of("RURITANIA\t[RUR]"))).isFalse();
    assertThat(ActorDictionary.isPeopleFormat(List.of("ENT", "\t[ENT]"))).isFalse();
  }

  @Test
  void petrarchActorsAndAgentsAreMergedOverTheBuiltInOnes() throws IOException {
    Path actors = write("made.actors.txt",
        "<!-- made up for this test -->",
        "RURITANIA [RUR]",
        "+RURITANIAN",
        "JAPAN [JAP] # a user's own code replaces the built-in one",
        "MAYOR_OF_STRELSAU",
        "  [RURGOV 20100101-20191231]",
        "  [RURELI >20191231]");
    Path agents = write("made.agents.txt", "HARBOUR_MASTER [~HBR]", "RIGHTS_WATCHDOG [NGO~]");
    ActorDictionary d = ActorDictionary.load(List.of(actors), List.of(agents));
    assertThat(d.skipped()).isEmpty();
    assertThat(d.lookup(List.of("Ruritania"))).isPresent();
    assertThat(d.lookup(List.of("RURITANIAN"))).isPresent();
    assertThat(d.lookup(List.of("ruritanian"))).as("all lower case is not a name").isEmpty();
    assertThat(d.lookup(List.of("Japan")).orElseThrow().roles().get(0).code().value()).isEqualTo("JAP");
    assertThat(d.lookup(List.of("France"))).as("built-in names stay").isPresent();
    assertThat(d.lookup(List.of("harbour", "masters")).orElseThrow().kind()).isEqualTo(Entry.Kind.SECTOR);
    assertThat(d.lookup(List.of("troops"))).as("built-in sectors stay").isPresent();

    DictionaryActorRecognizer r = new DictionaryActorRecognizer(d);
    List<ActorMention> m = r.recognize(sentence("Ruritanian", "JJ", "harbour", "NN", "masters", "NNS", "met", "VBD",
        "the", "DT", "Mayor", "NNP", "of", "IN", "Strelsau", "NNP"), LocalDate.of(2015, 1, 1));
    assertThat(m).extracting(a -> a.code().value()).containsExactly("RURHBR", "RURGOV");
    List<ActorMention> later = r.recognize(sentence("Mayor", "NNP", "of", "IN", "Strelsau", "NNP"),
        LocalDate.of(2020, 6, 1));
    assertThat(later).extracting(a -> a.code().value()).containsExactly("RURELI");
    List<ActorMention> prefix = r.recognize(sentence("Ruritanian", "JJ", "rights", "NNS", "watchdog", "NN"),
        LocalDate.of(2015, 1, 1));
    assertThat(prefix).extracting(a -> a.code().value()).containsExactly("NGORUR");
  }

  @Test
  void peopleFormatFilesStillWorkAndUnusableLinesAreListed() throws IOException {
    Path people = write("people.tsv", "# made up", "Jane Roe|Roe\tGBRGOV\t2031-01-01\t-\tForeign Secretary");
    Path petrarch = write("bad.actors.txt", "RURITANIA [R/]", "FREEDONIA [FRD 2001]");
    ActorDictionary d = ActorDictionary.load(List.of(people, petrarch), List.of());
    assertThat(d.lookup(List.of("Jane", "Roe")).orElseThrow().kind()).isEqualTo(Entry.Kind.PERSON);
    // 'R' is too short a code and '2001' no restriction, so neither actor has a code: four lines in all
    assertThat(d.skipped()).hasSize(4);
    assertThat(d.lookup(List.of("Freedonia"))).isEmpty();
    assertThat(d.isOrganisationKey("EU")).isTrue();
    assertThat(d.isOrganisationKey("IGO")).isTrue();
    assertThat(d.isOrganisationKey("FRA")).isFalse();
  }

  @Test
  void noBuiltInNameStandsForTwoDifferentActors() {
    // #3: the name files are read with first-wins, so a name listed twice with different codes would be a silent
    // error in whichever file is read later
    Map<String, String> seen = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (String file : List.of("groups.tsv", "bodies.tsv", "peoples.tsv", "places.tsv")) {
      for (String[] row : TabFile.resource(ActorDictionary.class, file, 2)) {
        for (String name : row[1].split("\\|")) {
          String before = seen.putIfAbsent(name.strip(), row[0]);
          if (before != null && !before.equals(row[0])) {
            clashes.add(file + ": " + name + " is " + row[0] + " and " + before);
          }
        }
      }
    }
    for (String[] row : TabFile.resource(ActorDictionary.class, "organisations.tsv", 3)) {
      for (String name : row[2].split("\\|")) {
        String before = seen.putIfAbsent(name.strip(), row[1]);
        if (before != null && !before.equals(row[1])) {
          clashes.add("organisations.tsv: " + name + " is " + row[1] + " and " + before);
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void hyphenatedNamesAreAlsoFoundAsCoreNlpTokenizesThem() {
    ActorDictionary d = ActorDictionary.load(List.of());
    assertThat(ActorDictionary.splitHyphens("al-Qaeda in Iraq")).isEqualTo("al - Qaeda in Iraq");
    assertThat(d.lookup(List.of("Guinea", "-", "Bissau"))).isPresent();
    assertThat(d.lookup(List.of("secretary", "-", "general")).orElseThrow().kind()).isEqualTo(Entry.Kind.SECTOR);
  }
}
