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

  /**
   * The code the CAMEO manual gives this event when it is told in {@code mode}. detente keeps what was
   * planned, promised or made a condition under its own code with a mode; the manual folds that into the code:
   * a planned or offered act of cooperation (roots 04-08) is an expression of intent (03), a planned or
   * conditional act of conflict (14-20) is a threat (13). Other codes, and asserted or negated events, stay
   * as they are.
   */
  public CameoCode inManualTerms(Mode mode) {
    if (mode != Mode.FUTURE && mode != Mode.HYPOTHETICAL) {
      return this;
    }
    String told = switch (root()) {
      case 4 -> "036";
      case 5 -> "032";
      case 6 -> "031";
      case 7 -> "033";
      case 8 -> "035";
      case 14 -> "133";
      case 16 -> "131";
      case 17 -> "137";
      case 15, 18, 19, 20 -> "138";
      default -> value;
    };
    return told.equals(value) ? this : new CameoCode(told);
  }

  /**
   * The CAMEO code of refusing this act: refusing cooperation (03-08) is a rejection (12) of its kind; other
   * codes have no rejection and stay as they are.
   */
  public CameoCode refused() {
    String told = switch (root()) {
      case 3, 5 -> "120";
      case 4 -> "125";
      case 6, 7 -> "121";
      case 8 -> "124";
      default -> value;
    };
    return told.equals(value) ? this : new CameoCode(told);
  }

  @Override
  public String toString() {
    return value;
  }
}
