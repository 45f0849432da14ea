package org.detente.web;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.detente.core.CameoCode;

/**
 * Names for people to read: CAMEO code names and actor key names. The codebook and dictionaries live in
 * stage modules the web must not use, so the wiring ({@code cli}) passes them in.
 */
public final class Labels {
  private final Function<CameoCode, String> codeNames;
  private final Map<String, String> actorNames;

  private Labels(Function<CameoCode, String> codeNames, Map<String, String> actorNames) {
    this.codeNames = codeNames;
    this.actorNames = Map.copyOf(actorNames);
  }

  /**
   * @param codeNames the name of a CAMEO code ("042" gives "Make a visit")
   * @param actorNames actor key to name ("JPN" to "Japan")
   */
  public static Labels of(Function<CameoCode, String> codeNames, Map<String, String> actorNames) {
    return new Labels(requireNonNull(codeNames, "codeNames"), requireNonNull(actorNames, "actorNames"));
  }

  public String codeName(CameoCode code) {
    return codeNames.apply(code);
  }

  public Optional<String> actorName(String key) {
    return Optional.ofNullable(actorNames.get(key));
  }

  /** Keys whose name contains {@code text} (case-insensitive), at most {@code max} of them. */
  public Set<String> keysNamed(String text, int max) {
    String needle = text.strip().toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    if (needle.isEmpty()) {
      return out;
    }
    actorNames.entrySet().stream()
        .filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains(needle))
        .map(Map.Entry::getKey)
        .sorted()
        .limit(max)
        .forEach(out::add);
    return out;
  }
}
