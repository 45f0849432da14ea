package org.detente.coding;

import org.detente.core.TabFile;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.detente.core.CameoCode;
import org.detente.core.QuadClass;

/** The CAMEO event codebook as project data: every code with its name, Goldstein value, quad class and PLOVER type. */
public final class CameoCodebook {
  /** One code of the codebook. */
  public record Definition(CameoCode code, String name, double goldstein, QuadClass quad, String plover) {}

  private final Map<String, Definition> byCode;

  private CameoCodebook(Map<String, Definition> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  public static CameoCodebook load() {
    Map<String, Definition> m = new LinkedHashMap<>();
    for (String[] row : TabFile.resource(CameoCodebook.class, "cameo.tsv", 5)) {
      CameoCode code = new CameoCode(row[0]);
      m.put(row[0], new Definition(code, row[1], Double.parseDouble(row[2]),
          QuadClass.ofNumber(Integer.parseInt(row[3])), row[4].equals("-") ? "" : row[4]));
    }
    return new CameoCodebook(m);
  }

  /** The definition of {@code code}, or of its nearest parent when the codebook lacks it. */
  public Definition define(CameoCode code) {
    String c = code.value();
    while (c.length() >= 2) {
      Definition d = byCode.get(c);
      if (d != null) {
        return d;
      }
      c = c.substring(0, c.length() - 1);
    }
    throw new IllegalArgumentException("CAMEO code " + code + " has no root in the codebook");
  }

  public Optional<Definition> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Collection<Definition> all() {
    return byCode.values();
  }
}
