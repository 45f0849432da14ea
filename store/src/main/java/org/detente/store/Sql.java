package org.detente.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/** Parameterised statements: placeholders and the binding of values to them. */
final class Sql {
  private Sql() {}

  /** Work on a connection that may fail with an SQL error. */
  interface Work {
    void run() throws SQLException;
  }

  /** Runs {@code work} in one transaction on {@code c}: committed if it returns, rolled back if it throws. */
  static void inTransaction(Connection c, Work work) throws SQLException {
    c.setAutoCommit(false);
    try {
      work.run();
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  static PreparedStatement prepare(Connection c, String sql, List<?> params) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    try {
      for (int i = 0; i < params.size(); i++) {
        Object v = params.get(i);
        if (v instanceof String s) {
          p.setString(i + 1, s);
        } else if (v instanceof Integer n) {
          p.setInt(i + 1, n);
        } else if (v instanceof Long n) {
          p.setLong(i + 1, n);
        } else if (v instanceof LocalDate d) {
          p.setDate(i + 1, Date.valueOf(d));
        } else {
          throw new AssertionError("no binding for " + v.getClass());
        }
      }
      return p;
    } catch (SQLException | RuntimeException e) {
      p.close();
      throw e;
    }
  }
}
