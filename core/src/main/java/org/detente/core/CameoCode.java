package org.detente.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** CAMEO event code such as "0211". Kept as text: leading zeros matter. */
public record CameoCode(String value) {
  private static final Pattern FORM = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");

  public CameoCode {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "not a CAMEO code: '" + value + "' (want 2-4 digits, root 01-20)");
    }
  }

  public int root() {
    return Integer.parseInt(value, 0, 2, 10);
  }

  /** The root as the two-digit text used in gold files and exports, e.g. "04". */
  public String rootCode() {
    return value.substring(0, 2);
  }

  /** The quad class every event of this root belongs to. */
  public QuadClass quadClass() {
    return QuadClass.ofRoot(root());
  }

  @Override
  public String toString() {
    return value;
  }
}
