package org.detente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.detente.core.ActorCode;
import org.detente.core.ActorMention;
import org.detente.core.Sentence;
import org.detente.core.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryActorRecognizerTest {
  private static final ActorDictionary BUILT_IN = ActorDictionary.load(List.of());

  /** A sentence from "word/TAG word/TAG ..." (the recognizer reads only words and tags). */
  private static Sentence sentence(String tagged) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(w);
      tokens.add(new Token(tokens.size(), w, w, wt.substring(slash + 1), begin, text.length()));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of(), List.of());
  }

  private static List<ActorMention> recognize(ActorDictionary d, String tagged, LocalDate day) {
    return new DictionaryActorRecognizer(d).recognize(sentence(tagged), day);
  }

  @Test
  void joinsNationalityTitleAndNameIntoOneGovernmentActor() {
    List<ActorMention> m = recognize(BUILT_IN,
        "The/DT Japanese/JJ Foreign/NNP Minister/NNP Fumio/NNP Kishida/NNP traveled/VBD", LocalDate.of(2015, 9, 26));
    assertThat(m).singleElement().satisfies(a -> {
      assertThat(a.code()).isEqualTo(new ActorCode("JPNGOV"));
      assertThat(a.text()).isEqualTo("Japanese Foreign Minister Fumio Kishida");
      assertThat(a.head()).isEqualTo(5);
    });
  }

  @Test
  void metonymsAndSeatsOfPowerNameTheirCountry() {
    List<ActorMention> m = recognize(BUILT_IN, "The/DT Kremlin/NNP accused/VBD Tokyo/NNP", LocalDate.of(2015, 1, 1));
    assertThat(m).extracting(a -> a.code().value()).containsExactly("RUSGOV", "JPN");
  }

  @Test
  void possessiveCountryAndSectorNoun() {
    List<ActorMention> m = recognize(BUILT_IN, "Japan/NNP 's/POS troops/NNS", LocalDate.of(2015, 1, 1));
    assertThat(m).singleElement().satisfies(a -> assertThat(a.code().value()).isEqualTo("JPNMIL"));
  }

  @Test
  void combiningFormsGiveOneActorPerCountryOnTheSameToken() {
    List<ActorMention> m = recognize(BUILT_IN, "Russo-Japanese/JJ relations/NNS", LocalDate.of(2015, 1, 1));
    assertThat(m).extracting(a -> a.code().value()).containsExactlyInAnyOrder("RUS", "JPN");
    assertThat(recognize(BUILT_IN, "Russia-backed/JJ rebels/NNS", LocalDate.of(2015, 1, 1))).isEmpty();
  }

  @Test
  void aPersonsCodeDependsOnTheDate() {
    assertThat(recognize(BUILT_IN, "Abe/NNP", LocalDate.of(2015, 1, 1)))
        .singleElement().satisfies(a -> assertThat(a.code().value()).isEqualTo("JPNGOV"));
    assertThat(recognize(BUILT_IN, "Abe/NNP", LocalDate.of(2010, 1, 1)))
        .singleElement().satisfies(a -> assertThat(a.code().value()).isNotEqualTo("JPNGOV").startsWith("JPN"));
  }

  @Test
  void aSectorNounAloneNamesNoActor() {
    assertThat(recognize(BUILT_IN, "The/DT minister/NN left/VBD", LocalDate.of(2015, 1, 1))).isEmpty();
  }

  @Test
  void aUserFileAddsAndOverridesEntries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "# mine\nJane Roe|Roe\tGBRGOV\t2031-01-01\t-\tForeign Secretary\nAbe\tJPNOPP\t-\t-\tmade up\n",
        StandardCharsets.UTF_8);
    ActorDictionary d = ActorDictionary.load(List.of(file));
    assertThat(recognize(d, "Roe/NNP", LocalDate.of(2032, 1, 1)))
        .singleElement().satisfies(a -> assertThat(a.code().value()).isEqualTo("GBRGOV"));
    assertThat(recognize(d, "Abe/NNP", LocalDate.of(2015, 1, 1)))
        .singleElement().satisfies(a -> assertThat(a.code().value()).isEqualTo("JPNOPP"));
  }
}
