package org.reviewactions.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/review-action-tracker-*.jar}, built by {@code package}
 * before failsafe runs) started as its own process with {@code java -Xmx512m -jar} in a given folder,
 * with none of the application's variables from the environment. Its output is kept for waiting on
 * and for the failure report; it can be killed the moment a given line appears.
 */
final class RunningJar implements AutoCloseable {

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;
  final int port;
  final String name;

  private RunningJar(String name, Process process, int port, Predicate<String> killOn) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.reader = new Thread(() -> read(killOn), "output of " + name);
    reader.setDaemon(true);
    reader.start();
  }

  static RunningJar start(String name, Path folder, Predicate<String> killOn, String... args) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", jar().toString(), "--server.port=" + port));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
    // The jar must stand on what it carries: nothing from the developer's or CI's environment.
    builder.environment().keySet().removeIf(key -> key.startsWith("RAT_") || key.startsWith("SPRING_"));
    return new RunningJar(name, builder.start(), port, killOn);
  }

  static Path jar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("review-action-tracker-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No target/review-action-tracker-*.jar: run 'mvn verify', "
              + "whose package phase builds it before the integration tests")).toAbsolutePath();
    }
  }

  private void read(Predicate<String> killOn) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        synchronized (lines) {
          lines.add(line);
        }
        if (killOn.test(line)) {
          process.destroyForcibly();
        }
      }
    } catch (IOException e) {
      // The process was killed while writing; what was read is kept.
    }
  }

  /** Waits for a line of output; fails, naming what was awaited, if it is not seen in time or the process ends. */
  String await(String description, Predicate<String> line, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      synchronized (lines) {
        for (String seen : lines) {
          if (line.test(seen)) {
            return seen;
          }
        }
      }
      if (!process.isAlive() && !reader.isAlive()) {
        throw new AssertionError(name + " ended (exit " + process.exitValue() + ") before " + description);
      }
      Thread.sleep(100);
    }
    throw new AssertionError(name + " did not show " + description + " within " + timeout.toSeconds() + " s");
  }

  /** Waits for the process to end by itself (or by its kill line) and returns its exit code. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(name + " was still running after " + timeout.toSeconds() + " s");
    }
    reader.join(TimeUnit.SECONDS.toMillis(10));
    return process.exitValue();
  }

  /** The operating system's process id, for the report of a kill. */
  long pid() {
    return process.pid();
  }

  /**
   * Ends the process at once with SIGKILL, as a crash or {@code kill -9} would (on Linux {@link
   * Process#destroyForcibly()} sends SIGKILL: the JVM runs no shutdown hook, closes no connection, commits nothing),
   * and returns its exit code: 137 (128 + 9) for a process the signal ended.
   */
  int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " still ran 30 s after SIGKILL");
    }
    return process.exitValue();
  }

  String output() {
    synchronized (lines) {
      return String.join("\n", lines);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
