package org.reviewactions.it;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls a condition on a running jar or its database until it holds; fails naming what was awaited. */
final class Await {

  private Await() {}

  static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + what);
      }
      Thread.sleep(500);
    }
  }
}
