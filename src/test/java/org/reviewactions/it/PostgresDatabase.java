package org.reviewactions.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throw-away database on the local PostgreSQL server, so integration test runs never collide.
 * Server settings come from RAT_IT_PG_HOST/PORT/USER (defaults: 127.0.0.1, 5432, postgres, trust auth).
 */
public final class PostgresDatabase {

  private static final String HOST = env("RAT_IT_PG_HOST", "127.0.0.1");
  private static final String PORT = env("RAT_IT_PG_PORT", "5432");
  private static final String USER = env("RAT_IT_PG_USER", "postgres");
  private static final String PASSWORD = env("RAT_IT_PG_PASSWORD", "");

  private final String name = "rat_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  public static PostgresDatabase create() {
    PostgresDatabase db = new PostgresDatabase();
    db.admin("CREATE DATABASE " + db.name);
    return db;
  }

  public String url() {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
  }

  /** The database's name, for pg_dump and pg_restore. */
  public String name() {
    return name;
  }

  public static String host() {
    return HOST;
  }

  public static String port() {
    return PORT;
  }

  public String user() {
    return USER;
  }

  public String password() {
    return PASSWORD;
  }

  public void drop() {
    admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD);
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " refused: " + sql
          + " (is it running? .ci/run starts it)", e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
