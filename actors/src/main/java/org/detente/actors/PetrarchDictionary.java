package org.detente.actors;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.detente.core.ActorCode;

/**
 * Reads actor and agent dictionaries in the PETRARCH/Phoenix format (inherited from TABARI), so that users can
 * bring the dictionaries they already have.
 *
 * <p>Both kinds of file: {@code <!-- ... -->} comments (also over several lines), lines starting with
 * {@code <!}, and everything from {@code #} to the end of a line are ignored. In names, {@code _} and spaces
 * both separate words; names are matched as whole words, in any letter case.
 *
 * <p><b>Actors.</b> A block starts with a name, optionally followed on the same line by a code in brackets;
 * lines starting with {@code +} add other names of the same actor; lines starting with {@code [} add codes.
 * A code may carry a date restriction: {@code [RUSGOV 991231-080507]} (from–to, inclusive),
 * {@code [HOB <950601]} (before), {@code [HOBREB >990816]} (after). Dates are {@code YYMMDD} (years 00–30
 * are 20xx, others 19xx) or {@code YYYYMMDD}. A code without dates is the default; when several restrictions
 * cover a day, the first listed wins. Codes are upper-cased; of {@code A/B} alternatives the first is kept;
 * {@code ---} (no actor) periods are left out, and so are codes that are not 2–18 letters or digits.
 *
 * <p><b>Agents.</b> One per line: {@code NAME {PLURAL} [~CODE]}. {@code ~CODE} is added after a country's
 * code ({@code ~GOV}: {@code FRA} → {@code FRAGOV}), {@code CODE~} before it ({@code NGO~}). Without braces a
 * regular English plural of the last word is added; {@code {}} means none. {@code !SET! = A, B} defines a
 * substitution set: {@code CONGRESS!PERSON!} stands for {@code CONGRESSMAN}, {@code CONGRESSMEN}, …, without
 * plurals.
 *
 * <p>Lines that cannot be used are reported in {@link Read#skipped()} with file and line, not silently dropped.
 */
public final class PetrarchDictionary {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,18}");
  private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");
  private static final Pattern SET = Pattern.compile("!([^!]+)!\\s*=(.*)");
  private static final Pattern MARKER = Pattern.compile("!([^!]+)!");

  private PetrarchDictionary() {}

  /** What a file gave: names (upper case, words separated by one space) to entries, and the lines left out. */
  public record Read(Map<String, Entry> names, List<String> skipped) {
    public Read {
      names = Map.copyOf(names);
      skipped = List.copyOf(skipped);
    }
  }

  /** A line of a file with its number, comments removed. */
  private record Line(int number, String text) {}

  /**
   * Reads an actor dictionary: names map to PERSON entries when a dated code is longer than a country code,
   * PLACE entries otherwise.
   */
  public static Read actors(List<String> lines, String file) {
    Map<String, Entry> names = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    List<String> blockNames = new ArrayList<>();
    List<Role> dated = new ArrayList<>();
    List<Role> undated = new ArrayList<>();
    int blockLine = 0;
    for (Line l : meaningful(lines)) {
      String t = l.text();
      String where = file + ":" + l.number() + ": ";
      if (t.startsWith("[") || t.startsWith("+")) {
        if (blockNames.isEmpty()) {
          skipped.add(where + "'" + t + "' comes before any actor name");
          continue;
        }
        if (t.startsWith("+")) {
          addName(blockNames, t.substring(1));
        } else {
          role(t, where, dated, undated, skipped);
        }
        continue;
      }
      finish(blockNames, dated, undated, names, file + ":" + blockLine + ": ", skipped);
      blockLine = l.number();
      int bracket = t.indexOf('[');
      addName(blockNames, bracket < 0 ? t : t.substring(0, bracket));
      if (bracket >= 0) {
        role(t.substring(bracket), where, dated, undated, skipped);
      }
    }
    finish(blockNames, dated, undated, names, file + ":" + blockLine + ": ", skipped);
    return new Read(names, skipped);
  }

  private static void addName(List<String> names, String raw) {
    String key = name(raw);
    if (!key.isEmpty()) {
      names.add(key);
    }
  }

  private static void finish(List<String> blockNames, List<Role> dated, List<Role> undated, Map<String, Entry> out,
      String where, List<String> skipped) {
    if (!blockNames.isEmpty()) {
      List<Role> roles = new ArrayList<>(dated);
      roles.addAll(undated); // the default comes last: a restriction that holds wins over it
      if (roles.isEmpty()) {
        skipped.add(where + "actor '" + blockNames.get(0) + "' has no usable code");
      } else {
        // People have terms of office: a dated code longer than a country's marks a person, whose code is kept
        // whole; countries (even ones whose code changed on a date) combine with agents like built-in places.
        boolean person = dated.stream().anyMatch(r -> r.code().value().length() > 3);
        Entry e = new Entry(person ? Entry.Kind.PERSON : Entry.Kind.PLACE, roles);
        for (String n : blockNames) {
          out.put(n, e);
        }
      }
    }
    blockNames.clear();
    dated.clear();
    undated.clear();
  }

  /** Parses {@code [CODE]} or {@code [CODE restriction]} into a role, or reports why not. */
  private static void role(String t, String where, List<Role> dated, List<Role> undated, List<String> skipped) {
    int close = t.indexOf(']');
    if (close < 0) {
      skipped.add(where + "'" + t + "' has no closing ']'");
      return;
    }
    String[] parts = t.substring(1, close).strip().split("\\s+", 2);
    String code = parts[0].toUpperCase(Locale.ROOT);
    if (code.contains("/")) {
      code = code.substring(0, code.indexOf('/'));
    }
    String restriction = parts.length > 1 ? parts[1].replaceAll("\\s+", "") : "";
    if (code.equals("---")) {
      return; // "no actor" for that period: the name codes nothing then
    }
    if (!CODE.matcher(code).matches()) {
      skipped.add(where + "'" + parts[0] + "' is not an actor code (want 2-18 letters or digits)");
      return;
    }
    ActorCode c = new ActorCode(code);
    try {
      if (restriction.isEmpty()) {
        undated.add(Role.always(c));
      } else if (restriction.startsWith("<")) {
        dated.add(new Role(c, LocalDate.MIN, date(restriction.substring(1)).minusDays(1)));
      } else if (restriction.startsWith(">")) {
        dated.add(new Role(c, date(restriction.substring(1)).plusDays(1), LocalDate.MAX));
      } else if (restriction.contains("-")) {
        String[] fromTo = restriction.split("-", 2);
        dated.add(new Role(c, date(fromTo[0]), date(fromTo[1])));
      } else {
        skipped.add(where + "date restriction '" + restriction + "' is not <DATE, >DATE or DATE-DATE");
      }
    } catch (IllegalArgumentException e) {
      skipped.add(where + e.getMessage());
    }
  }

  /** {@code YYMMDD} (00-30 → 20xx, else 19xx) or {@code YYYYMMDD}. */
  static LocalDate date(String text) {
    if (!DATE.matcher(text).matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a date (want YYMMDD or YYYYMMDD)");
    }
    String full = text;
    if (text.length() == 6) {
      int yy = Integer.parseInt(text.substring(0, 2));
      full = (yy <= 30 ? "20" : "19") + text;
    }
    try {
      return LocalDate.parse(full.substring(0, 4) + "-" + full.substring(4, 6) + "-" + full.substring(6, 8));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a calendar date", e);
    }
  }

  /** Reads an agent dictionary: names (upper case) to SECTOR entries, or PREFIX entries for {@code CODE~}. */
  public static Read agents(List<String> lines, String file) {
    Map<String, Entry> names = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    Map<String, List<String>> sets = new LinkedHashMap<>();
    for (Line l : meaningful(lines)) {
      String t = l.text();
      String where = file + ":" + l.number() + ": ";
      Matcher set = SET.matcher(t);
      if (set.matches()) {
        List<String> members = new ArrayList<>();
        for (String m : set.group(2).split(",")) {
          if (!m.isBlank()) {
            members.add(m.strip());
          }
        }
        sets.put(set.group(1).strip(), members);
        continue;
      }
      int open = t.indexOf('[');
      int close = t.indexOf(']', open + 1);
      if (open < 0 || close < 0) {
        skipped.add(where + "agent '" + t + "' has no [code]");
        continue;
      }
      String code = t.substring(open + 1, close).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
      boolean prefix = code.endsWith("~") && !code.startsWith("~");
      code = code.replace("~", "");
      if (!CODE.matcher(code).matches()) {
        skipped.add(where + "'" + t.substring(open, close + 1) + "' is not an agent code (want [~ABC] or [ABC~])");
        continue;
      }
      Entry entry = new Entry(prefix ? Entry.Kind.PREFIX : Entry.Kind.SECTOR, List.of(Role.always(new ActorCode(code))));
      String phrase = t.substring(0, open).strip();
      for (String form : forms(phrase, sets, where, skipped)) {
        String key = name(form);
        if (!key.isEmpty()) {
          names.put(key, entry);
        }
      }
    }
    return new Read(names, skipped);
  }

  /** The written forms of an agent phrase: substitution sets expanded, or the phrase and its plural(s). */
  private static List<String> forms(String phrase, Map<String, List<String>> sets, String where, List<String> skipped) {
    List<String> out = new ArrayList<>();
    Matcher marker = MARKER.matcher(phrase);
    if (marker.find()) {
      List<String> members = sets.get(marker.group(1));
      if (members == null) {
        skipped.add(where + "substitution set !" + marker.group(1) + "! is not defined above");
        return out;
      }
      for (String m : members) {
        out.add(phrase.substring(0, marker.start()) + m + phrase.substring(marker.end()));
      }
      return out;
    }
    int brace = phrase.indexOf('{');
    if (brace >= 0) {
      int end = phrase.indexOf('}', brace);
      if (end < 0) {
        skipped.add(where + "'" + phrase + "' has no closing '}'");
        return out;
      }
      out.add(phrase.substring(0, brace));
      String plural = phrase.substring(brace + 1, end).strip();
      if (!plural.isEmpty()) {
        out.add(plural);
      }
      return out;
    }
    out.add(phrase);
    out.add(plural(phrase.strip()));
    return out;
  }

  /** A regular English plural of the last word (upper case): -IES after a consonant + Y, -ES after S, X, Z, CH, SH. */
  static String plural(String phrase) {
    if (phrase.isEmpty()) {
      return phrase;
    }
    String p = phrase.toUpperCase(Locale.ROOT);
    char last = p.charAt(p.length() - 1);
    if (last == 'Y' && p.length() > 1 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
      return p.substring(0, p.length() - 1) + "IES";
    }
    if (last == 'S' || last == 'X' || last == 'Z' || p.endsWith("CH") || p.endsWith("SH")) {
      return p + "ES";
    }
    return p + "S";
  }

  /** A dictionary name as a lookup key: words split at {@code _} and spaces, upper case, "'s" apart. */
  static String name(String raw) {
    String spaced = raw.replace('_', ' ').strip();
    if (spaced.isEmpty()) {
      return "";
    }
    return ActorDictionary.key(spaced).toUpperCase(Locale.ROOT);
  }

  /** Lines without comments, blank ones dropped, each with its 1-based number. */
  private static List<Line> meaningful(List<String> lines) {
    requireNonNull(lines, "lines");
    List<Line> out = new ArrayList<>();
    boolean inComment = false;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i);
      StringBuilder kept = new StringBuilder();
      int at = 0;
      while (at < t.length()) {
        if (inComment) {
          int end = t.indexOf("-->", at);
          if (end < 0) {
            at = t.length();
          } else {
            inComment = false;
            at = end + 3;
          }
        } else {
          int start = t.indexOf("<!", at);
          if (start < 0) {
            kept.append(t, at, t.length());
            at = t.length();
          } else {
            kept.append(t, at, start);
            inComment = true;
            at = start + 2;
          }
        }
      }
      String s = kept.toString();
      int hash = s.indexOf('#');
      if (hash >= 0) {
        s = s.substring(0, hash);
      }
      s = s.strip();
      if (!s.isEmpty()) {
        out.add(new Line(i + 1, s));
      }
    }
    return out;
  }
}
