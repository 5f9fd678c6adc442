package org.reviewactions.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL on a running jar's database, a connection per call, for what a test reads or moves behind its back. */
final class Jdbc {

  private final String url;
  private final String user;
  private final String password;

  Jdbc(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  long number(String sql, Object... args) throws SQLException {
    List<String> values = texts(sql, args);
    if (values.size() != 1 || values.get(0) == null) {
      throw new AssertionError("Expected one number from " + sql + ", got " + values);
    }
    return Long.parseLong(values.get(0));
  }

  /** The first column of every row. */
  List<String> texts(String sql, Object... args) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, args); ResultSet rs = s.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  int update(String sql, Object... args) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, args)) {
      return s.executeUpdate();
    }
  }

  /** One placeholder per value, for {@code in (...)}. */
  static String marks(List<?> values) {
    return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
    return s;
  }
}
