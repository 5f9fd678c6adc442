package org.reviewactions.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb into {@code target/private-postgres/}, on a free port, trust auth),
 * for tests that stop and start the server: the shared one at 127.0.0.1:5432 serves other tests meanwhile. Its
 * binaries come from RAT_IT_PG_BIN (default /usr/lib/postgresql/15/bin). PostgreSQL refuses to run as root, so as
 * root (as CI runs) every command runs as the {@code postgres} user, who owns the folder.
 */
final class PrivatePostgres implements AutoCloseable {

  private static final Path BIN = Path.of(env("RAT_IT_PG_BIN", "/usr/lib/postgresql/15/bin"));
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
  private static final String OS_USER = env("RAT_IT_PG_OS_USER", "postgres");

  private final Path folder;
  private final int port;
  private boolean running;

  private PrivatePostgres(Path folder, int port) {
    this.folder = folder;
    this.port = port;
  }

  /** A new server, initialised and started. */
  static PrivatePostgres start() throws IOException, InterruptedException {
    if (!Files.isExecutable(BIN.resolve("initdb"))) {
      throw new IllegalStateException("No PostgreSQL binaries at " + BIN + ": install PostgreSQL 15 or set RAT_IT_PG_BIN");
    }
    Path folder = Files.createDirectories(Path.of("target", "private-postgres",
        UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath());
    if (ROOT) {
      run(List.of("chown", OS_USER + ":", folder.toString()), folder);
    }
    PrivatePostgres server = new PrivatePostgres(folder, RunningJar.freePort());
    // No fsync: the data is thrown away, and the test measures the application, not the disk.
    server.pg("initdb", "-D", server.data(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync");
    server.startAgain();
    return server;
  }

  int port() {
    return port;
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  void createDatabase(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
  }

  /** Stops the server as an administrator would for a restart: sessions ended, a clean shutdown. */
  void stop() throws IOException, InterruptedException {
    pg("pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "120", "stop");
    running = false;
  }

  void startAgain() throws IOException, InterruptedException {
    pg("pg_ctl", "-D", data(), "-l", folder.resolve("server.log").toString(), "-w", "-t", "120", "-o",
        "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    running = true;
  }

  /** The server's log, for a failure report. */
  String log() throws IOException {
    Path log = folder.resolve("server.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (running) {
      stop();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private String data() {
    return folder.resolve("data").toString();
  }

  private void pg(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (ROOT) {
      command.addAll(List.of("runuser", "-u", OS_USER, "--"));
    }
    command.add(BIN.resolve(program).toString());
    command.addAll(List.of(args));
    run(command, folder);
  }

  private static void run(List<String> command, Path folder) throws IOException, InterruptedException {
    // Into a file, not a pipe: the server started by pg_ctl would otherwise hold the pipe open.
    Path output = folder.resolve("commands.log");
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " did not finish in 3 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
          + Files.readString(output));
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
