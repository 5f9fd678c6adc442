package org.reviewactions.plan;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.springframework.stereotype.Component;

/**
 * The threads that save or start the chunks of a background import, {@link ImportJobSettings#workers()} at once.
 * A round of chunks ends only when every chunk of it has committed or failed, so that a rollback after a failure
 * never runs while a chunk of the same import is still writing: it would miss what that chunk commits after it.
 */
@Component
class ImportWorkers {

  private final int size;
  private final ExecutorService pool;

  ImportWorkers(ImportJobSettings settings) {
    this.size = settings.workers();
    AtomicInteger number = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(size, runnable -> {
      Thread thread = new Thread(runnable, "plan-import-worker-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** How many chunks a round runs at once. */
  int size() {
    return size;
  }

  /**
   * Runs chunks {@code 0..count-1} of one round at once and returns their results in that order. When any fails,
   * the others still end (commit or roll back) before its exception is thrown as it was: a RuntimeException or an
   * Error (a test's stand-in for a killed node) reaches the import as if the chunk had run on the import's thread.
   */
  <T> List<T> round(int count, IntFunction<T> chunk) {
    if (count == 1) {
      List<T> one = new ArrayList<>();
      one.add(chunk.apply(0));
      return one;
    }
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      futures.add(pool.submit(() -> chunk.apply(index)));
    }
    List<T> results = new ArrayList<>();
    Throwable failure = null;
    for (Future<T> future : futures) {
      try {
        results.add(awaitUninterruptibly(future));
      } catch (ExecutionException e) {
        failure = failure == null ? e.getCause() : failure;
      } catch (CancellationException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
    return results;
  }

  /**
   * Waits for a chunk even when the import's thread is interrupted (the node stopping): the chunk's transaction is
   * left to end by itself, then the interrupt is passed on, and the import's rollback runs after every chunk ended.
   */
  private static <T> T awaitUninterruptibly(Future<T> future) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
