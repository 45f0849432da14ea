package org.detente.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.detente.core.ActorCode;
import org.detente.core.ActorMention;
import org.detente.core.AnnotatedArticle;
import org.detente.core.Article;
import org.detente.core.ArticleId;
import org.detente.core.RecognizedArticle;
import org.detente.core.Result;
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

  /** The code of the one actor recognised in {@code tagged}; fails unless there is exactly one. */
  private static String onlyCode(ActorDictionary d, String tagged, LocalDate day) {
    List<ActorMention> found = recognize(d, tagged, day);
    assertThat(found).as("actors in %s", tagged).hasSize(1);
    return found.get(0).code().value();
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
    assertThat(onlyCode(BUILT_IN, "Abe/NNP", LocalDate.of(2015, 1, 1))).isEqualTo("JPNGOV");
    assertThat(recognize(BUILT_IN, "Abe/NNP", LocalDate.of(2010, 1, 1)))
        .singleElement().satisfies(a -> assertThat(a.code().value()).isNotEqualTo("JPNGOV").startsWith("JPN"));
  }

  @Test
  void aLanguageNamedAfterAPeopleIsNoActor() {
    assertThat(recognize(BUILT_IN, "the/DT Russian/JJ language/NN", LocalDate.of(2015, 1, 1))).isEmpty();
    assertThat(onlyCode(BUILT_IN, "the/DT Russian/JJ government/NN", LocalDate.of(2015, 1, 1))).startsWith("RUS");
  }

  @Test
  void aSectorWordThatIsNoNounIsNoSector() {
    assertThat(sectors("Opposition/NN parties/NNS called/VBD a/DT general/JJ strike/NN")).containsExactly("Opposition parties");
    assertThat(sectors("the/DT general/NN resigned/VBD")).containsExactly("general");
  }

  @Test
  void aSectorWordAfterAHyphenIsTheSecondHalfOfAnotherWord() {
    assertThat(sectors("refused/VBD third/JJ -/HYPH party/NN mediation/NN")).isEmpty();
    assertThat(sectors("the/DT ruling/VBG party/NN refused/VBD")).containsExactly("ruling party");
  }

  private static List<String> sectors(String tagged) {
    Sentence s = sentence(tagged);
    AnnotatedArticle article = new AnnotatedArticle(new Article(new ArticleId("a1"), s.text(), "test", "0",
        Optional.of(LocalDate.of(2012, 3, 1)), Optional.empty(), Optional.empty(), Optional.empty()), List.of(s));
    RecognizedArticle r = ((Result.Ok<RecognizedArticle>) new DictionaryActorRecognizer(BUILT_IN).apply(article)).value();
    return r.sectorsIn(0).stream().map(ActorMention::text).toList();
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
    assertThat(onlyCode(d, "Roe/NNP", LocalDate.of(2032, 1, 1))).isEqualTo("GBRGOV");
    assertThat(onlyCode(d, "Abe/NNP", LocalDate.of(2015, 1, 1))).isEqualTo("JPNOPP");
  }

  @Test
  void theLeaderNamedInAnXLedCompoundIsTheActor() {
    assertThat(onlyCode(BUILT_IN, "Brazilian-led/JJ peacekeepers/NNS arrived/VBD", LocalDate.of(2005, 1, 1))).isEqualTo("BRAMIL");
    assertThat(onlyCode(BUILT_IN, "a/DT NATO-led/JJ mission/NN", LocalDate.of(2005, 1, 1))).isEqualTo("IGOWSTNAT");
    assertThat(recognize(BUILT_IN, "a/DT student-led/JJ march/NN", LocalDate.of(2005, 1, 1))).isEmpty();
    assertThat(recognize(BUILT_IN, "a/DT British/JJ -/HYPH flagged/VBN tanker/NN", LocalDate.of(2019, 1, 1)))
        .singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("British - flagged"));
  }

  @Test
  void organisationTitlesKeepTheOrganisationsCodeAndTakeTheNameAfterThem() {
    List<ActorMention> m = recognize(BUILT_IN,
        "Arab/NNP League/NNP Secretary-General/NNP Omar/NNP Halabi/NNP arrived/VBD", LocalDate.of(2003, 5, 1));
    assertThat(m).singleElement().satisfies(a -> {
      assertThat(a.code().value()).isEqualTo("IGOMEAARL");
      assertThat(a.text()).isEqualTo("Arab League Secretary-General Omar Halabi");
    });
  }

  @Test
  void namesWithParticlesAndHyphensStayOneName() {
    List<ActorMention> m = recognize(BUILT_IN,
        "Omani/JJ minister/NN Salim/NNP bin/NNP Rashid/NNP al-Harthi/NNP met/VBD envoys/NNS", LocalDate.of(2010, 1, 1));
    assertThat(m).first().satisfies(a -> {
      assertThat(a.code().value()).isEqualTo("OMNGOV");
      assertThat(a.text()).isEqualTo("Omani minister Salim bin Rashid al-Harthi");
    });
    // a particle that no capitalised word follows is not part of the name
    assertThat(recognize(BUILT_IN, "Omani/JJ minister/NN Salim/NNP de/IN", LocalDate.of(2010, 1, 1)))
        .singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("Omani minister Salim"));
  }

  @Test
  void formerNamesPeoplesAndNationalBodiesNameTodaysState() {
    LocalDate day = LocalDate.of(1985, 6, 1);
    assertThat(onlyCode(BUILT_IN, "Kampuchean/JJ troops/NNS", day)).isEqualTo("KHMMIL");
    assertThat(onlyCode(BUILT_IN, "Yugoslavia/NNP", day)).isEqualTo("SRB");
    assertThat(onlyCode(BUILT_IN, "Bosnian/NNP Serbs/NNPS", day)).isEqualTo("BIH");
    assertThat(onlyCode(BUILT_IN, "the/DT Bundeswehr/NNP", day)).isEqualTo("DEUMIL");
    assertThat(onlyCode(BUILT_IN, "UNITA/NNP", day)).isEqualTo("AGOREB");
  }

  @Test
  void theEuropeanCommunityAndUnPeacekeepersScoreAsTheirOrganisation() {
    assertThat(recognize(BUILT_IN, "the/DT European/NNP Community/NNP", LocalDate.of(1990, 1, 1)))
        .singleElement().satisfies(a -> assertThat(BUILT_IN.scoringKey(a.code())).isEqualTo("EU"));
    assertThat(recognize(BUILT_IN, "UN/NNP peacekeepers/NNS", LocalDate.of(1990, 1, 1)))
        .singleElement().satisfies(a -> assertThat(BUILT_IN.scoringKey(a.code())).isEqualTo("UN"));
  }

  @Test
  void leadersOutsideTheG20HaveDatedRoles() {
    assertThat(onlyCode(BUILT_IN, "Mubarak/NNP", LocalDate.of(1995, 1, 1))).isEqualTo("EGYGOV");
    // after the role ended the person still names the country, as one of its elite
    assertThat(onlyCode(BUILT_IN, "Mubarak/NNP", LocalDate.of(2015, 1, 1))).isEqualTo("EGYELI");
    assertThat(onlyCode(BUILT_IN, "Boutros-Ghali/NNP", LocalDate.of(1994, 1, 1))).isEqualTo("IGOUNO");
  }

  @Test
  void hyphenatedNamesMatchAsCoreNlpSplitsThem() {
    LocalDate day = LocalDate.of(1994, 1, 1);
    assertThat(onlyCode(BUILT_IN, "Boutros/NNP -/HYPH Ghali/NNP spoke/VBD", day)).isEqualTo("IGOUNO");
    assertThat(recognize(BUILT_IN, "Sino/NNP -/HYPH Indian/JJ talks/NNS", day))
        .extracting(a -> a.code().value()).containsExactly("CHN", "IND");
    assertThat(recognize(BUILT_IN, "the/DT Indo/NNP -/HYPH Pacific/NNP", day)).isEmpty();
    List<ActorMention> led = recognize(BUILT_IN, "Chilean/JJ -/HYPH led/VBN troops/NNS withdrew/VBD", day);
    assertThat(led).singleElement().satisfies(a -> {
      assertThat(a.code().value()).isEqualTo("CHLMIL");
      assertThat(a.text()).isEqualTo("Chilean - led troops");
    });
    List<ActorMention> named = recognize(BUILT_IN,
        "Omani/JJ minister/NN Salim/NNP bin/NNP Rashid/NNP al/NNP -/HYPH Harthi/NNP met/VBD", day);
    assertThat(named).singleElement().satisfies(a -> assertThat(a.text()).endsWith("Rashid al - Harthi"));
  }

  @Test
  void anAcronymInParenthesesStandsForTheActorOfTheNameBeforeIt() {
    Sentence first = sentence("The/DT Chilean/JJ Union/NNP of/IN Miners/NNPS (/-LRB- CUM/NNP )/-RRB- struck/VBD");
    Sentence later = sentence("CUM/NNP leaders/NNS met/VBD");
    AnnotatedArticle article = new AnnotatedArticle(
        new Article(new ArticleId("a1"), first.text() + " " + later.text(), "test", "0",
            Optional.of(LocalDate.of(2012, 3, 1)), Optional.empty(), Optional.empty(), Optional.empty()),
        List.of(first, new Sentence(1, 0, later.text().length(), later.text(), later.tokens(), List.of(), List.of())));
    RecognizedArticle r = ((Result.Ok<RecognizedArticle>) new DictionaryActorRecognizer(BUILT_IN).apply(article)).value();
    assertThat(r.actors()).extracting(a -> a.text() + "=" + a.code().value())
        .containsExactly("Chilean=CHL", "CUM=CHL", "CUM=CHL");
    // an acronym the dictionaries know keeps its own code
    assertThat(recognize(BUILT_IN, "the/DT Chilean/JJ office/NN of/IN the/DT (/-LRB- UN/NNP )/-RRB-", LocalDate.of(2012, 3, 1)))
        .extracting(a -> a.code().value()).containsExactly("CHL", "IGOUNO");
  }
}
