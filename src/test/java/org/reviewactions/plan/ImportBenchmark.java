package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test (surefire does not pick it up by name): imports plans of 600, 1,200, 2,400 and 6,000 actions (ten
 * actions to a recommendation) and prints wall time and CPU per action. Run alone:
 * {@code mvn -o -q test -Dtest=ImportBenchmark -Djacoco.skip=true -Dsurefire.failIfNoSpecifiedTests=false}; other
 * sizes with {@code -Dbench.sizes=600,1200}; the background import (chunks) with {@code -Dbench.threshold=100}. The
 * import runs on this thread (or, in the background, on the "plan-import" thread, which is waited for), so that
 * thread's CPU time is the import's own cost; the process CPU time adds the JIT, the garbage collector and the rest.
 */
@TestPropertySource(properties = {"rat.import.max-rows=10000",
    "rat.import.background-threshold=${bench.threshold:100000}"})
class ImportBenchmark extends ProcessTestSupport {

  @org.springframework.beans.factory.annotation.Autowired PlanImports imports;
  @org.springframework.beans.factory.annotation.Autowired BackgroundImports background;

  @Test
  void importsPlansOfGrowingSize() {
    // Warm-up: class loading, JIT and the engine's caches are not the plan's cost.
    importOnce(200, false);
    for (String size : System.getProperty("bench.sizes", "600,1200,2400,6000").split(",")) {
      importOnce(Integer.parseInt(size.strip()), true);
    }
  }

  private void importOnce(int actions, boolean print) {
    byte[] csv = plan(actions);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.gc();
    long process = os.getProcessCpuTime();
    long thread = threads.getCurrentThreadCpuTime();
    long importThread = importThreadCpu(threads);
    long wall = System.nanoTime();
    ImportResult result = importer.importPlan(new ImportCommand("BENCH-" + UUID.randomUUID().toString().substring(0, 8),
        "Benchmark plan", "Bench LSCB", "2026-01-15", "bench.csv", csv, false, "tester"));
    if (result.outcome() == ImportResult.Outcome.STARTED) {
      while (background.busy()) {
        sleep();
      }
      assertThat(imports.find(result.importId()).orElseThrow().status()).isEqualTo(ImportStatus.Status.DONE);
    } else {
      assertThat(result.outcome()).as("%s", result.errors()).isEqualTo(ImportResult.Outcome.IMPORTED);
    }
    long wallMs = (System.nanoTime() - wall) / 1_000_000;
    long threadMs = (threads.getCurrentThreadCpuTime() - thread + importThreadCpu(threads) - importThread) / 1_000_000;
    long processMs = (os.getProcessCpuTime() - process) / 1_000_000;
    if (print) {
      System.out.printf("BENCHMARK import %,d actions: wall %,d ms (%.1f actions/s), import thread CPU %,d ms = %.2f ms "
              + "per action, process CPU %,d ms = %.2f ms per action, load %s%n", actions, wallMs,
          actions * 1000.0 / wallMs, threadMs, threadMs / (double) actions, processMs, processMs / (double) actions,
          Arrays.toString(loadAverage()));
    }
  }

  /** The CPU time of the background import's thread so far (0 before the first background import). */
  private static long importThreadCpu(ThreadMXBean threads) {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("plan-import"))
        .mapToLong(t -> threads.getThreadCpuTime(t.getId())).sum();
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static double[] loadAverage() {
    return new double[] {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
  }

  /** Ten actions to a recommendation, due dates spread over the next three years, one agency per 50 actions. */
  static byte[] plan(int actions) {
    StringBuilder csv = new StringBuilder(String.join(",", LargePlans.HEADER)).append('\n');
    for (int i = 0; i < actions; i++) {
      int rec = i / 10 + 1;
      csv.append(rec).append(",Recommendation ").append(rec).append(",Audit the referrals made in quarter ").append(i)
          .append(",by ").append(java.time.Month.of(i % 12 + 1).getDisplayName(java.time.format.TextStyle.FULL,
              java.util.Locale.UK)).append(' ').append(2027 + i % 3).append(",Head of Service,Bench agency ")
          .append(i / 50).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
