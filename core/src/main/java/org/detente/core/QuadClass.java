package org.detente.core;

/** The four CAMEO quad classes, numbered as in GDELT. */
public enum QuadClass {
  VERBAL_COOPERATION(1),
  MATERIAL_COOPERATION(2),
  VERBAL_CONFLICT(3),
  MATERIAL_CONFLICT(4);

  private final int number;

  QuadClass(int number) {
    this.number = number;
  }

  public int number() {
    return number;
  }

  public boolean cooperative() {
    return number <= 2;
  }

  public static QuadClass ofRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root must be 1-20, was " + root);
    }
    if (root <= 5) {
      return VERBAL_COOPERATION;
    }
    if (root <= 8) {
      return MATERIAL_COOPERATION;
    }
    if (root <= 13) {
      return VERBAL_CONFLICT;
    }
    return MATERIAL_CONFLICT;
  }

  public static QuadClass ofNumber(int number) {
    for (QuadClass q : values()) {
      if (q.number == number) {
        return q;
      }
    }
    throw new IllegalArgumentException("quad class must be 1-4, was " + number);
  }
}
