package org.detente.actors;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import org.detente.core.ActorCode;
import org.detente.core.ActorMention;
import org.detente.core.AnnotatedArticle;
import org.detente.core.RecognizedArticle;
import org.detente.core.Result;
import org.detente.core.Sentence;
import org.detente.core.Stage;
import org.detente.core.Token;

/**
 * Finds actors by longest dictionary match over tokens, then joins neighbouring names into one actor:
 * "Japanese" + "Foreign Minister" + "Fumio Kishida" is one {@code JPNGOV} mention. People get the code of
 * the role they held on the article's publication date (with no date known, the role held today); out of every
 * role the dictionary gives them, they are one of their country's elite (ELI).
 * Combining forms ("Russo-Japanese") give one mention per country on the same token.
 *
 * <p>Consumes an {@link AnnotatedArticle}; produces a {@link RecognizedArticle}. Never rejects.
 */
public final class DictionaryActorRecognizer implements Stage<AnnotatedArticle, RecognizedArticle> {
  private final ActorDictionary dictionary;

  public DictionaryActorRecognizer(ActorDictionary dictionary) {
    this.dictionary = requireNonNull(dictionary, "dictionary");
  }

  private record Match(int start, int end, Entry entry) {}

  /**
   * Second halves of "X-led" compounds whose first half is the actor: who leads it, or whose flag it flies
   * ("a British-flagged tanker").
   */
  private static final Set<String> LEADING =
      Set.of("led", "headed", "commanded", "flagged", "registered", "owned", "operated");

  /** Things named after a people that are no actor: "the Russian language", "Japanese cuisine". */
  private static final Set<String> TONGUES = Set.of("language", "dialect", "alphabet", "script", "cuisine", "literature");

  /** Lower-case particles inside personal names: "Hamad bin Khalifa", "Hans van den Broek". */
  private static final Set<String> NAME_PARTICLES = Set.of(
      "bin", "ibn", "bint", "al", "el", "abu", "van", "von", "den", "der", "de", "da", "dos", "du", "di", "la", "le");

  /** An acronym in parentheses after an organisation's name: "(FUT)". */
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,9}");

  /** Words that may sit inside an organisation's name before its acronym. */
  private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "the", "'s", "'", "’s", "-");

  @Override
  public Result<RecognizedArticle> apply(AnnotatedArticle article) {
    LocalDate day = article.article().published().orElse(LocalDate.MAX);
    List<ActorMention> out = new ArrayList<>();
    List<ActorMention> sectors = new ArrayList<>();
    Map<String, ActorCode> names = new HashMap<>();
    for (Sentence s : article.sentences()) {
      out.addAll(recognize(s, day, sectors, names));
    }
    return Result.ok(new RecognizedArticle(article, out, sectors));
  }

  /** The actors of one sentence, with people resolved to their role on {@code day}. */
  public List<ActorMention> recognize(Sentence sentence, LocalDate day) {
    return recognize(sentence, day, new ArrayList<>(), new HashMap<>());
  }

  /**
   * As {@link #recognize(Sentence, LocalDate)}, adding the mentions that name only a sector to {@code sectors}.
   * {@code names} carries the people the dictionary does not know through an article: "Japanese Prime Minister
   * Fumio Kishida" makes a later "Kishida" (or "Prime Minister Kishida") the same JPNGOV.
   */
  private List<ActorMention> recognize(
      Sentence sentence, LocalDate day, List<ActorMention> sectors, Map<String, ActorCode> names) {
    List<Match> matches = matches(sentence.tokens());
    List<ActorMention> out = new ArrayList<>();
    Set<Integer> taken = new HashSet<>();
    for (Match m : matches) {
      for (int k = m.start(); k < m.end(); k++) {
        taken.add(k);
      }
    }
    int i = 0;
    while (i < matches.size()) {
      int j = i + 1;
      if (!sameToken(matches, i)) {
        while (j < matches.size() && joins(sentence.tokens(), matches.get(j - 1), matches.get(j))) {
          j++;
        }
      }
      List<Match> group = matches.subList(i, j);
      ActorMention m = resolve(sentence, group, day);
      int nameEnd = nameEnd(sentence, m.end(), taken);
      if (nameEnd > m.end() && group.get(group.size() - 1).entry().kind().sector()) {
        String surname = sentence.tokens().get(nameEnd - 1).word();
        ActorCode code = sectorOnly(group) ? names.get(surname) : m.code();
        if (code != null) {
          m = new ActorMention(m.sentence(), m.start(), nameEnd, nameEnd - 1, code, text(sentence, m.start(), nameEnd));
          names.putIfAbsent(surname, code);
          group = List.of();
        }
      }
      if (!group.isEmpty() && sectorOnly(group)) {
        // "a general strike": a sector word that is no noun here names nobody
        if (sentence.tokens().get(m.end() - 1).pos().startsWith("NN")) {
          sectors.add(m);
        }
      } else {
        out.add(m);
      }
      for (int k = m.start(); k < m.end(); k++) {
        taken.add(k);
      }
      i = j;
    }
    List<Token> tokens = sentence.tokens();
    acronyms(tokens, out, taken, names);
    for (int k = 0; k < tokens.size(); k++) {
      ActorCode known = names.get(tokens.get(k).word());
      if (known != null && !taken.contains(k) && tokens.get(k).pos().startsWith("NNP")) {
        out.add(new ActorMention(sentence.index(), k, k + 1, k, known, tokens.get(k).word()));
      }
    }
    out.sort(java.util.Comparator.comparingInt(ActorMention::start));
    return out;
  }

  /**
   * #3: an acronym in parentheses after a name that holds an actor ("the Freedonian Union of Teachers (FUT)")
   * stands for that actor from there on in the article, as long as no dictionary entry claims it. The name is
   * the run of capitalised words (with "of", "for", "and", "the" and possessives) right before the parenthesis.
   */
  private void acronyms(List<Token> tokens, List<ActorMention> out, Set<Integer> taken, Map<String, ActorCode> names) {
    for (int k = 2; k + 1 < tokens.size(); k++) {
      String acronym = tokens.get(k).word();
      if (!tokens.get(k - 1).word().equals("(") || !tokens.get(k + 1).word().equals(")") || taken.contains(k)
          || !ACRONYM.matcher(acronym).matches() || dictionary.lookup(List.of(acronym)).isPresent()) {
        continue;
      }
      int runStart = k - 1;
      while (runStart > 0 && inName(tokens.get(runStart - 1))) {
        runStart--;
      }
      for (int m = out.size() - 1; m >= 0; m--) {
        ActorMention a = out.get(m);
        if (a.end() <= k - 1 && a.start() >= runStart) {
          names.putIfAbsent(acronym, a.code());
          break;
        }
      }
    }
  }

  /** Whether a token can be part of an organisation's name before its acronym: a capitalised noun or adjective. */
  private static boolean inName(Token t) {
    String w = t.word();
    boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    return NAME_JOINERS.contains(w) || (capitalised && (t.pos().startsWith("NNP") || t.pos().startsWith("JJ")));
  }

  /**
   * The end of a person's name right after {@code from}: up to three capitalised proper nouns that no dictionary
   * entry and no time expression ("Tuesday") claims. #3: name particles and hyphens may join them ("Sheikh Hamad
   * bin Khalifa al-Thani", "Hans van den Broek"), as long as a capitalised word follows them.
   */
  private static int nameEnd(Sentence sentence, int from, Set<Integer> taken) {
    List<Token> tokens = sentence.tokens();
    int k = from;
    int end = from;
    int words = 0;
    while (k < tokens.size() && k - from < 8 && !taken.contains(k) && !inTime(sentence, k)) {
      Token t = tokens.get(k);
      if (nameWord(t)) {
        if (++words > 3) {
          break;
        }
        end = ++k;
      } else if (k > from && (NAME_PARTICLES.contains(t.word()) || t.word().equals("-"))) {
        k++; // kept only if a name word follows
      } else {
        break;
      }
    }
    return end;
  }

  /** A capitalised proper noun made of letters, with inner hyphens or apostrophes ("al-Thani", "O'Neill"). */
  private static boolean nameWord(Token t) {
    String w = t.word();
    if (!t.pos().equals("NNP") || w.isEmpty() || !Character.isLetter(w.charAt(w.length() - 1))) {
      return false;
    }
    String core = w.replaceAll("^[a-z]{1,3}-", ""); // "al-Thani", "el-Sisi" when not split: the particle is part of it
    return !core.isEmpty() && Character.isUpperCase(core.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
  }

  private static boolean inTime(Sentence sentence, int token) {
    return sentence.times().stream().anyMatch(t -> token >= t.start() && token < t.end());
  }

  private static boolean sameToken(List<Match> matches, int i) {
    Match m = matches.get(i);
    return (i + 1 < matches.size() && matches.get(i + 1).start() == m.start())
        || (i > 0 && matches.get(i - 1).start() == m.start());
  }

  /** Whether {@code next} continues the noun phrase of {@code prev}. */
  private static boolean joins(List<Token> tokens, Match prev, Match next) {
    if (next.start() <= prev.start()) {
      return false;
    }
    Entry.Kind a = prev.entry().kind();
    Entry.Kind b = next.entry().kind();
    boolean placeThenPlace = (a == Entry.Kind.PLACE || a == Entry.Kind.SEAT) && (b == Entry.Kind.PLACE || b == Entry.Kind.SEAT);
    if (placeThenPlace || (a == Entry.Kind.PERSON && !b.sector())) {
      return false;
    }
    for (int k = prev.end(); k < next.start(); k++) {
      Token t = tokens.get(k);
      boolean possessive = t.word().equals("'s") || t.word().equals("'") || t.word().equals("’s");
      boolean title = t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
      if (!possessive && !title) {
        return false;
      }
    }
    return next.start() - prev.end() <= 2;
  }

  private List<Match> matches(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int len = longestAt(tokens, i, out);
      if (len > 0 && i > 1 && tokens.get(i - 1).word().equals("-") && out.get(out.size() - 1).entry().kind().sector()) {
        out.remove(out.size() - 1); // "anti - government protesters", "third - party mediation": a word's second half
        i += len;
        continue;
      }
      if (len > 0) {
        i += len;
        if (ledBy(tokens, i) && out.get(out.size() - 1).entry().kind() == Entry.Kind.PLACE) {
          Match m = out.remove(out.size() - 1); // "US - led coalition": the leader's match takes "- led" along
          out.add(new Match(m.start(), i + 2, m.entry()));
          i += 2;
        }
        if (i < tokens.size() && TONGUES.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))
            && out.get(out.size() - 1).entry().kind() == Entry.Kind.PLACE) {
          out.remove(out.size() - 1); // "the Russian language" is nobody
        }
        continue;
      }
      Optional<String> prefix = i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-")
              && countryPart(tokens.get(i + 2).word())
          ? dictionary.prefix(tokens.get(i).word()) : Optional.empty();
      if (prefix.isPresent()) {
        // "Russo - Japanese" as CoreNLP splits it: the combining form names its country ("Indo - Pacific" does not)
        out.add(new Match(i, i + 1, new Entry(Entry.Kind.PLACE, List.of(Role.always(new ActorCode(prefix.get()))))));
      } else {
        compound(tokens.get(i), i, out);
      }
      i++;
    }
    return out;
  }

  /** Whether a word names a country or is a combining form, as the second half of "Sino-Japanese" must. */
  private boolean countryPart(String word) {
    return dictionary.lookup(List.of(word)).filter(e -> e.kind() == Entry.Kind.PLACE).isPresent()
        || dictionary.prefix(word).isPresent();
  }

  /** Whether tokens {@code i} and {@code i + 1} are "-" and "led" (or another {@link #LEADING} word). */
  private static boolean ledBy(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).word().equals("-")
        && LEADING.contains(tokens.get(i + 1).word().toLowerCase(Locale.ROOT));
  }

  private int longestAt(List<Token> tokens, int i, List<Match> out) {
    for (int len = Math.min(dictionary.longestStartingWith(tokens.get(i).word()), tokens.size() - i); len >= 1; len--) {
      List<String> words = new ArrayList<>(len);
      for (int k = i; k < i + len; k++) {
        words.add(tokens.get(k).word());
      }
      Optional<Entry> e = dictionary.lookup(words);
      if (e.isEmpty() && len > 1 && words.get(0).equals("The")) {
        words.set(0, "the");
        e = dictionary.lookup(words);
      }
      if (e.isPresent()) {
        out.add(new Match(i, i + len, e.get()));
        return len;
      }
    }
    return 0;
  }

  /**
   * "Russo-Japanese", "Japan-Russia": one match per country named in a hyphenated token. "US-led",
   * "Vietnamese-led", "NATO-led": the leader named before "-led" (#3); "Russia-backed" stays unmatched, since
   * the backer is not the actor.
   */
  private void compound(Token token, int index, List<Match> out) {
    if (!token.word().contains("-")) {
      return;
    }
    int dash = token.word().lastIndexOf('-');
    String suffix = token.word().substring(dash + 1).toLowerCase(Locale.ROOT);
    if (dash > 0 && LEADING.contains(suffix)) {
      List<String> leader = List.of(ActorDictionary.key(token.word().substring(0, dash)).split(" "));
      dictionary.lookup(leader).filter(e -> e.kind() == Entry.Kind.PLACE)
          .ifPresent(e -> out.add(new Match(index, index + 1, e)));
      return;
    }
    List<Match> parts = new ArrayList<>();
    for (String part : token.word().split("-")) {
      Optional<Entry> e = dictionary.lookup(List.of(part)).filter(x -> x.kind() == Entry.Kind.PLACE);
      if (e.isEmpty()) {
        e = dictionary.prefix(part).map(c -> new Entry(Entry.Kind.PLACE, List.of(Role.always(new ActorCode(c)))));
      }
      if (e.isEmpty()) {
        return; // "Russia-backed", "anti-Japanese": not a compound of countries
      }
      parts.add(new Match(index, index + 1, e.get()));
    }
    if (parts.size() >= 2) {
      out.addAll(parts);
    }
  }

  private static boolean sectorOnly(List<Match> group) {
    return group.stream().allMatch(m -> m.entry().kind().sector());
  }

  /** The mention of a group of matches; a group of sectors alone gets the (last) sector's code. */
  private ActorMention resolve(Sentence sentence, List<Match> group, LocalDate day) {
    Optional<ActorCode> place = Optional.empty();
    Optional<ActorCode> person = Optional.empty();
    Optional<String> sector = Optional.empty();
    boolean sectorFirst = false;
    for (Match m : group) {
      Entry e = m.entry();
      if (e.kind() == Entry.Kind.PERSON) {
        Optional<Role> r = e.on(day);
        // out of office on the day (before or after the roles the dictionary knows): one of the country's elite
        person = Optional.of(r.map(Role::code).orElse(new ActorCode(e.roles().get(0).code().country() + "ELI")));
      } else if (e.kind().sector()) {
        sector = Optional.of(e.roles().get(0).code().value());
        sectorFirst = e.kind() == Entry.Kind.PREFIX;
      } else if (place.isEmpty()) {
        // places from user dictionaries may change code on a date (PETRARCH's [RHO <790606])
        place = Optional.of(e.on(day).orElse(e.roles().get(0)).code());
      }
    }
    ActorCode code;
    if (person.isPresent()) {
      code = person.get();
    } else if (place.isPresent()) {
      ActorCode p = place.get();
      boolean plainCountry = p.value().length() == 3 && !dictionary.isOrganisation(p);
      if (sector.isPresent() && plainCountry) {
        code = new ActorCode(sectorFirst ? sector.get() + p.value() : p.value() + sector.get());
      } else {
        code = p;
      }
    } else {
      code = new ActorCode(sector.orElseThrow()); // a sector alone ("the minister") names no country
    }
    int start = group.get(0).start();
    int end = group.get(group.size() - 1).end();
    return new ActorMention(sentence.index(), start, end, end - 1, code, text(sentence, start, end));
  }

  /** The sentence's text of tokens {@code start} (inclusive) to {@code end} (exclusive). */
  private static String text(Sentence sentence, int start, int end) {
    List<Token> tokens = sentence.tokens();
    int from = tokens.get(start).begin() - sentence.begin();
    int to = tokens.get(end - 1).end() - sentence.begin();
    return from >= 0 && to <= sentence.text().length() ? sentence.text().substring(from, to) : tokens.get(start).word();
  }
}
