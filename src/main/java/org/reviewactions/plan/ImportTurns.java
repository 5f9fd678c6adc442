package org.reviewactions.plan;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Saves of plans take turns on a node. Two imports saving at once on H2 wait on each other's uncommitted rows (the
 * same review, a shared new responsible role) until H2's lock timeout ends one of them with an error; a large plan
 * saved while another is also held in memory is what the heap is least able to afford. A background import takes
 * its turn per round of chunks ({@link ImportWorkers}), so a small plan imported meanwhile waits for one round, not
 * for the whole plan.
 */
@Component
class ImportTurns {

  private final ReentrantLock saving = new ReentrantLock(true);
  private final ImportLimits limits;

  ImportTurns(ImportLimits limits) {
    this.limits = limits;
  }

  /** Runs {@code work} in this node's turn; throws {@link Busy} when the turn did not come within the wait. */
  <T> T inTurn(Supplier<T> work) {
    try {
      if (!saving.tryLock(limits.waitForOtherImport().toMillis(), TimeUnit.MILLISECONDS)) {
        throw new Busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    try {
      return work.get();
    } finally {
      saving.unlock();
    }
  }

  /** Another import held the turn for longer than {@link ImportLimits#waitForOtherImport()}. */
  static final class Busy extends RuntimeException {
    Busy() {
      super("another plan was being saved for too long");
    }
  }
}
