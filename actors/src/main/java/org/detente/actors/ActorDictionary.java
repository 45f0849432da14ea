package org.detente.actors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.detente.core.ActorCode;
import org.detente.core.TabFile;

/**
 * Names to actors. The built-in data (countries with names, adjectives, capitals, seats of power and
 * combining forms; cities and regions; armed and political groups; national bodies such as agencies, armed
 * forces and parties; ethnic and regional peoples; international organisations; sector nouns; people with dated
 * roles) lives in tab-separated files beside this class. Users add or override entries with actor files,
 * either in the people format ({@code names, actor, from, to, role}, tab-separated) or in the
 * PETRARCH/Phoenix format ({@link PetrarchDictionary}), told apart by content, and with PETRARCH agent
 * files.
 */
public final class ActorDictionary {
  private final Map<String, Entry> names;
  private final Map<String, Entry> userNames;
  private final Map<String, Entry> sectors;
  private final Map<String, String> prefixes;
  private final Map<String, String> organisationTokens;
  private final List<String> skipped;
  private final Map<String, String> keyNames;
  private final int longest;
  // #6: the most tokens a name can have given its first word, for each map as lookup() keys it
  private final Map<String, Integer> longestByFirstName;
  private final Map<String, Integer> longestByFirstUserName;
  private final Map<String, Integer> longestByFirstSector;
  private final Map<String, String> scoringKeys = new ConcurrentHashMap<>();

  private ActorDictionary(Map<String, Entry> names, Map<String, Entry> userNames, Map<String, Entry> sectors,
      Map<String, String> prefixes, Map<String, String> orgs, List<String> skipped, Map<String, String> keyNames) {
    this.names = withSplitHyphens(names);
    this.userNames = withSplitHyphens(userNames);
    this.skipped = List.copyOf(skipped);
    this.keyNames = Map.copyOf(keyNames);
    this.sectors = withSplitHyphens(sectors);
    this.prefixes = Map.copyOf(prefixes);
    this.organisationTokens = Map.copyOf(orgs);
    int max = 1;
    for (String k : this.names.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    for (String k : this.userNames.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    for (String k : this.sectors.keySet()) {
      max = Math.max(max, k.split(" ").length);
    }
    this.longest = max;
    this.longestByFirstName = longestByFirstWord(this.names.keySet());
    this.longestByFirstUserName = longestByFirstWord(this.userNames.keySet());
    this.longestByFirstSector = longestByFirstWord(this.sectors.keySet());
  }

  /**
   * The map with every hyphenated name also under the tokens CoreNLP splits it into (#3): its tokenizer makes
   * "al-Qaeda" three tokens "al - Qaeda", so "Boutros-Ghali" or "Secretary-General" would otherwise never match.
   * The names as written stay, for text tokenized without splitting.
   */
  private static Map<String, Entry> withSplitHyphens(Map<String, Entry> map) {
    Map<String, Entry> out = new HashMap<>(map);
    for (Map.Entry<String, Entry> e : map.entrySet()) {
      String split = splitHyphens(e.getKey());
      if (!split.equals(e.getKey())) {
        out.putIfAbsent(split, e.getValue());
      }
    }
    return Map.copyOf(out);
  }

  /** "al-Qaeda" gives "al - Qaeda": a hyphen inside a word becomes a token of its own. */
  static String splitHyphens(String key) {
    return key.replaceAll("(?<=\\S)-(?=\\S)", " - ");
  }

  private static Map<String, Integer> longestByFirstWord(Set<String> keys) {
    Map<String, Integer> out = new HashMap<>();
    for (String k : keys) {
      String[] words = k.split(" ");
      out.merge(words[0], words.length, Math::max);
    }
    return Map.copyOf(out);
  }

  /** The built-in dictionaries, with actor files (people or PETRARCH format) layered over them in order. */
  public static ActorDictionary load(List<Path> actorFiles) {
    return load(actorFiles, List.of());
  }

  /**
   * The built-in dictionaries with actor files (people or PETRARCH format, told apart by {@link #isPeopleFormat})
   * and PETRARCH agent files layered over them, in order: a later name replaces an earlier one of the same
   * format, and names from PETRARCH files are looked up before all others.
   */
  public static ActorDictionary load(List<Path> actorFiles, List<Path> agentFiles) {
    Map<String, Entry> names = new HashMap<>();
    Map<String, Entry> sectors = new HashMap<>();
    Map<String, String> prefixes = new HashMap<>();
    Map<String, String> orgs = new LinkedHashMap<>();
    Map<String, String> keyNames = new HashMap<>();
    for (String[] row : TabFile.resource(ActorDictionary.class, "countries.tsv", 6)) {
      ActorCode code = new ActorCode(row[0]);
      values(row[1]).stream().findFirst().ifPresent(n -> keyNames.putIfAbsent(row[0], n));
      Entry place = new Entry(Entry.Kind.PLACE, List.of(Role.always(code)));
      for (int col = 1; col <= 3; col++) {
        for (String n : values(row[col])) {
          names.putIfAbsent(key(n), place);
        }
      }
      Entry seat = new Entry(Entry.Kind.SEAT, List.of(Role.always(new ActorCode(row[0] + "GOV"))));
      for (String n : values(row[4])) {
        names.putIfAbsent(key(n), seat);
      }
      for (String p : values(row[5])) {
        prefixes.putIfAbsent(p, row[0]);
      }
    }
    // #3: armed groups, national bodies (agencies, armed forces, parties), peoples and places: code, names
    for (String file : List.of("groups.tsv", "bodies.tsv", "peoples.tsv", "places.tsv")) {
      for (String[] row : TabFile.resource(ActorDictionary.class, file, 2)) {
        Entry named = new Entry(Entry.Kind.PLACE, List.of(Role.always(new ActorCode(row[0]))));
        for (String n : values(row[1])) {
          names.putIfAbsent(key(n), named);
        }
      }
    }
    for (String[] row : TabFile.resource(ActorDictionary.class, "organisations.tsv", 3)) {
      ActorCode code = new ActorCode(row[1]);
      orgs.put(row[1], row[0]);
      values(row[2]).stream().findFirst().ifPresent(n -> keyNames.putIfAbsent(row[0], n));
      Entry org = new Entry(Entry.Kind.PLACE, List.of(Role.always(code)));
      for (String n : values(row[2])) {
        names.putIfAbsent(key(n), org);
      }
    }
    for (String[] row : TabFile.resource(ActorDictionary.class, "agents.tsv", 2)) {
      Entry sector = new Entry(Entry.Kind.SECTOR, List.of(Role.always(new ActorCode(row[0]))));
      for (String n : values(row[1])) {
        sectors.putIfAbsent(key(n).toLowerCase(Locale.ROOT), sector);
      }
    }
    addPeople(names, TabFile.resource(ActorDictionary.class, "people.tsv", 5), "people.tsv", false);
    Map<String, Entry> userNames = new HashMap<>();
    List<String> skipped = new ArrayList<>();
    for (Path file : actorFiles) {
      List<String> lines = lines(file, "actor");
      if (isPeopleFormat(lines)) {
        InputStream in = new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        addPeople(names, TabFile.rows(in, file.toString(), 5), file.toString(), true);
      } else {
        PetrarchDictionary.Read read = PetrarchDictionary.actors(lines, file.toString());
        userNames.putAll(read.names());
        skipped.addAll(read.skipped());
      }
    }
    for (Path file : agentFiles) {
      PetrarchDictionary.Read read = PetrarchDictionary.agents(lines(file, "agent"), file.toString());
      read.names().forEach((k, e) -> sectors.put(k.toLowerCase(Locale.ROOT), e));
      skipped.addAll(read.skipped());
    }
    return new ActorDictionary(names, userNames, sectors, prefixes, orgs, skipped, keyNames);
  }

  /**
   * Whether an actor file is in the people format: its first line that is neither blank nor a {@code #} comment
   * has five tab-separated cells and no {@code [}. PETRARCH files start with a comment ({@code <!--}) or a
   * name followed by a bracketed code.
   */
  public static boolean isPeopleFormat(List<String> lines) {
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      return line.split("\t", -1).length == 5 && !line.contains("[");
    }
    return true; // an empty file: nothing to read either way
  }

  private static List<String> lines(Path file, String kind) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + kind + " file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Lines of user dictionaries that could not be used, each with file, line and reason. */
  public List<String> skipped() {
    return skipped;
  }

  private static void addPeople(Map<String, Entry> names, List<String[]> rows, String file, boolean override) {
    Map<String, List<Role>> roles = new LinkedHashMap<>();
    for (String[] row : rows) {
      Role role = new Role(new ActorCode(row[1]), date(row[2], LocalDate.MIN, file), date(row[3], LocalDate.MAX, file));
      for (String n : values(row[0])) {
        roles.computeIfAbsent(key(n), k -> new ArrayList<>()).add(role);
      }
    }
    roles.forEach(
        (k, r) -> {
          Entry e = new Entry(Entry.Kind.PERSON, r);
          if (override) {
            names.put(k, e);
          } else {
            names.putIfAbsent(k, e);
          }
        });
  }

  /**
   * The entry for a run of tokens, if any: names from PETRARCH actor files in any letter case (as long as the
   * run has a capital letter, so that "us" is not "US"), then built-in and people-format names as written,
   * then sector nouns in any case.
   */
  public Optional<Entry> lookup(List<String> tokens) {
    String k = String.join(" ", tokens);
    if (!userNames.isEmpty() && !k.equals(k.toLowerCase(Locale.ROOT))) {
      Entry user = userNames.get(k.toUpperCase(Locale.ROOT));
      if (user != null) {
        return Optional.of(user);
      }
    }
    Entry e = names.get(k);
    if (e == null) {
      e = sectors.get(k.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(e);
  }

  /** The country for a combining form such as "Russo" or "Sino". */
  public Optional<String> prefix(String form) {
    return Optional.ofNullable(prefixes.get(form));
  }

  /**
   * The most tokens a name that {@link #lookup} finds can have when its first token is {@code word} (0 when
   * none starts with it): lookups of longer runs from that token are sure to fail, so callers skip them (#6).
   */
  public int longestStartingWith(String word) {
    if (word.indexOf(' ') >= 0) {
      return longest; // a token with a space inside: its words are not the key's words
    }
    int n = longestByFirstName.getOrDefault(word, 0);
    if (word.equals("The")) {
      n = Math.max(n, longestByFirstName.getOrDefault("the", 0)); // lookups retry "The ..." as "the ..."
    }
    if (!userNames.isEmpty()) {
      n = Math.max(n, longestByFirstUserName.getOrDefault(word.toUpperCase(Locale.ROOT), 0));
    }
    return Math.max(n, longestByFirstSector.getOrDefault(word.toLowerCase(Locale.ROOT), 0));
  }

  /** Whether the code is an international organisation's (its code is kept whole, with no sector added). */
  public boolean isOrganisation(ActorCode code) {
    return organisationTokens.containsKey(code.value());
  }

  /**
   * Whether a scoring key stands for an international or non-governmental organisation: a built-in
   * organisation's token ({@code EU}, {@code UN}), or {@code IGO}/{@code NGO} for codes of organisations the
   * built-in list does not name.
   */
  public boolean isOrganisationKey(String key) {
    return key.equals("IGO") || key.equals("NGO") || organisationTokens.containsValue(key);
  }

  /**
   * The key events are scored by: the organisation token ({@code IGOEUREEC} gives {@code EU}) or the
   * first three letters ({@code JPNGOV} gives {@code JPN}).
   */
  public String scoringKey(ActorCode code) {
    // #6: the store asks twice for every event it writes; codes are few, so each is worked out once
    // the longest organisation code the actor code starts with: IGOUNOWFP is the WFP, not the UN
    return scoringKeys.computeIfAbsent(code.value(), c -> {
      String best = "";
      for (String org : organisationTokens.keySet()) {
        if (c.startsWith(org) && org.length() > best.length()) {
          best = org;
        }
      }
      return best.isEmpty() ? code.country() : organisationTokens.get(best);
    });
  }

  /**
   * The name of a scoring key for people to read: a country's ({@code JPN} gives "Japan") or an
   * organisation's ({@code EU} gives its first listed name).
   */
  public Optional<String> keyName(String key) {
    return Optional.ofNullable(keyNames.get(key));
  }

  /** Every scoring key with a name (see {@link #keyName}). */
  public Map<String, String> keyNames() {
    return keyNames;
  }

  /** Splits a dictionary name the way the tokenizer splits text ("Japan's" gives "Japan", "'s"). */
  static String key(String name) {
    List<String> parts = new ArrayList<>();
    for (String p : name.strip().split("\\s+")) {
      if (p.length() > 2 && (p.endsWith("'s") || p.endsWith("’s"))) {
        parts.add(p.substring(0, p.length() - 2));
        parts.add("'s");
      } else {
        parts.add(p);
      }
    }
    return String.join(" ", parts);
  }

  private static List<String> values(String column) {
    List<String> out = new ArrayList<>();
    if (column.equals("-")) {
      return out;
    }
    for (String v : column.split("\\|")) {
      if (!v.isBlank()) {
        out.add(v.strip());
      }
    }
    return out;
  }

  private static LocalDate date(String text, LocalDate open, String file) {
    if (text.equals("-") || text.isBlank()) {
      return open;
    }
    try {
      if (text.matches("\\d{4}-\\d{2}")) {
        return LocalDate.parse(text + "-01");
      }
      if (text.matches("\\d{4}")) {
        return LocalDate.parse(text + "-01-01");
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(file + ": not a date: '" + text + "' (want YYYY-MM-DD, YYYY-MM or -)", e);
    }
  }
}
