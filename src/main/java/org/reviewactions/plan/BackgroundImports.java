package org.reviewactions.plan;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.reviewactions.notification.NotificationRequests;
import org.reviewactions.plan.ImportResult.PreviewRecommendation;
import org.reviewactions.plan.ImportStatus.Status;
import org.reviewactions.review.Review;
import org.reviewactions.shared.AsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a large plan as a background job, chunk by chunk, all or nothing.
 *
 * <p>One import at a time per node, on threads of its own, not a Camunda async job: the checked plan is in memory (the
 * file is never stored), a job would have to serialise it into a variable, and the engine's retries would run a
 * half-done import again. The order: the review, then every recommendation and action in chunks of about
 * {@link ImportJobSettings#chunkSize()} actions, then the processes in chunks, {@link ImportJobSettings#workers()}
 * chunks at once, each process suspended as it starts and its e-mails held
 * ({@link NotificationRequests#holding}), so no task can be worked, no timer fires and no one is e-mailed about a plan
 * that may yet be rolled back. The last transaction activates every process and releases the e-mails. A failure
 * removes every chunk ({@link ImportRollback}); an import left unfinished by a stopped node is rolled back when the
 * node starts again, never resumed, since the file it came from is gone.
 */
@Component
class BackgroundImports {

  private static final Logger log = LoggerFactory.getLogger(BackgroundImports.class);

  private final PlanImports imports;
  private final PlanWriter writer;
  private final ImportRollback rollback;
  private final ImportTurns turns;
  private final NotificationRequests notifications;
  private final ReviewRepository reviews;
  private final AsSystem asSystem;
  private final TransactionTemplate transaction;
  private final ImportJobSettings settings;
  private final ImportNode node;
  private final ImportWorkers workers;
  private final Clock clock;
  private final ThreadPoolExecutor executor;
  /** Tests make a chunk fail (or the node "die") here; the chunk's number counts from 1 across both phases. */
  private volatile IntConsumer afterChunk = chunk -> { };

  BackgroundImports(PlanImports imports, PlanWriter writer, ImportRollback rollback, ImportTurns turns,
      NotificationRequests notifications, ReviewRepository reviews, AsSystem asSystem,
      PlatformTransactionManager transactions, ImportJobSettings settings, ImportNode node, ImportWorkers workers,
      Clock clock) {
    this.imports = imports;
    this.writer = writer;
    this.rollback = rollback;
    this.turns = turns;
    this.notifications = notifications;
    this.reviews = reviews;
    this.asSystem = asSystem;
    this.transaction = new TransactionTemplate(transactions);
    this.settings = settings;
    this.node = node;
    this.workers = workers;
    this.clock = clock;
    this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(settings.queueSize()),
        runnable -> {
          Thread thread = new Thread(runnable, "plan-import");
          thread.setDaemon(true);
          return thread;
        });
  }

  /** Whether a plan of this many actions is imported in the background. */
  boolean isLarge(int actions) {
    return actions > settings.backgroundThreshold();
  }

  /** Queues the import; empty when the queue is full. */
  java.util.Optional<Long> submit(ImportCommand command, LocalDate published, List<PreviewRecommendation> plan,
      LocalDate progressAsAt) {
    int actionCount = plan.stream().mapToInt(r -> r.actions().size()).sum();
    long id = imports.queue(command.reviewRef().strip(), plan.size(), actionCount, command.importedBy(),
        node.name());
    try {
      executor.execute(() -> run(id, command, published, plan, progressAsAt));
      return java.util.Optional.of(id);
    } catch (RejectedExecutionException e) {
      imports.finish(id, Status.ROLLED_BACK, "Too many plans were waiting to be imported on this server; nothing "
          + "was saved. Try again in a few minutes.");
      return java.util.Optional.empty();
    }
  }

  void run(long id, ImportCommand command, LocalDate published, List<PreviewRecommendation> plan,
      LocalDate progressAsAt) {
    imports.running(id);
    String hold = holdKey(id);
    try {
      int chunk = 0;
      Long reviewId;
      try {
        reviewId = inChunk(++chunk, () -> {
          if (reviews.existsByReferenceKey(Review.key(command.reviewRef()))) {
            throw duplicate(command);
          }
          return writer.saveReview(command, published, plan);
        });
      } catch (DataIntegrityViolationException e) {
        // Another node saved the same review first; the unique key on reference_key let only one through.
        throw duplicate(command);
      }
      imports.reviewSaved(id, reviewId);
      List<PlanWriter.Slice> slices = PlanWriter.slices(plan, settings.chunkSize());
      List<List<Long>> recommendationIds = inRounds(chunk, slices.size(),
          i -> writer.saveRecommendations(command, reviewId, slices.get(i), progressAsAt),
          i -> imports.saved(id, slices.get(i).actionCount()));
      chunk += slices.size();
      inRounds(chunk, slices.size(), i -> notifications.holding(hold, () -> {
        writer.startProcesses(recommendationIds.get(i), true);
        return null;
      }), i -> imports.started(id, slices.get(i).actionCount()));
      chunk += slices.size();
      inChunk(++chunk, () -> {
        writer.activate(rollback.processesOf(reviewId));
        notifications.release(hold);
        return null;
      });
      imports.finish(id, Status.DONE, null);
      log.info("Plan import {} of review {}: {} actions imported", id, command.reviewRef(), plan.stream()
          .mapToInt(r -> r.actions().size()).sum());
    } catch (RuntimeException e) {
      String why = e instanceof ImportRefused ? e.getMessage()
          : e instanceof ImportTurns.Busy ? "Another plan was being saved for longer than the wait allows "
              + "(rat.import.wait-for-other-import)."
          : "The import stopped with an error (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").";
      log.warn("Plan import {} of review {} failed; rolling it back", id, command.reviewRef(), e);
      imports.finish(id, Status.FAILED, why);
      rollBack(id, why);
    }
  }

  /**
   * Rolls back every import this node left unfinished (it was stopped or killed mid-import), and any other node's
   * that has not reported for {@link ImportJobSettings#staleAfter()}. Runs once the application is ready.
   */
  @EventListener(ApplicationReadyEvent.class)
  void rollBackUnfinished() {
    log.info("Plan imports of this node are recorded as node '{}' (rat.import.node)", node.name());
    if (node.unstable()) {
      log.warn("rat.import.node is not set and server.port is random: after a restart this node will not recognise "
          + "an import it left unfinished, which is then rolled back only after rat.import.stale-after; set "
          + "rat.import.node");
    }
    for (Long id : imports.unfinished(node.name(), clock.instant().minus(settings.staleAfter()))) {
      log.warn("Plan import {} was left unfinished when the application stopped; rolling it back", id);
      imports.finish(id, Status.FAILED, "The application stopped while the plan was being imported.");
      rollBack(id, null);
    }
  }

  private void rollBack(long id, String why) {
    try {
      rollback.rollBack(id, holdKey(id));
      imports.finish(id, Status.ROLLED_BACK, why);
    } catch (RuntimeException e) {
      // Left FAILED: the next start of a node tries again.
      log.error("Plan import {} could not be rolled back; it is tried again when the application next starts", id, e);
    }
  }

  private <T> T inChunk(int chunk, Supplier<T> work) {
    return turns.inTurn(() -> inTransaction(chunk, work));
  }

  private <T> T inTransaction(int chunk, Supplier<T> work) {
    return transaction.execute(status -> asSystem.call(() -> {
      T result = work.get();
      afterChunk.accept(chunk);
      return result;
    }));
  }

  /**
   * Runs {@code count} chunks, numbered on from {@code before}, in rounds of {@link ImportWorkers#size()} at once, each
   * in its own transaction; {@code committed} reports each chunk after its commit. The node's turn is taken per
   * round, so an import on the page waits for one round, not for the whole plan. Chunks of one import share no row
   * they write: the review is committed before them, and the plan's roles and agency groups too
   * ({@link PlanWriter#saveReview}), so that no two chunks create the same role.
   */
  private <T> List<T> inRounds(int before, int count, IntFunction<T> work, IntConsumer committed) {
    List<T> results = new ArrayList<>();
    for (int first = 0; first < count; first += workers.size()) {
      int from = first;
      results.addAll(turns.inTurn(() -> workers.round(Math.min(workers.size(), count - from), n -> {
        T result = inTransaction(before + from + n + 1, () -> work.apply(from + n));
        committed.accept(from + n);
        return result;
      })));
    }
    return results;
  }

  private static ImportRefused duplicate(ImportCommand command) {
    return new ImportRefused("A review with the reference '" + command.reviewRef().strip() + "' has already been "
        + "imported (references are the same whatever their capitals); it is not imported twice.");
  }

  static String holdKey(long id) {
    return "plan-import-" + id;
  }

  /** Whether an import is running or waiting on this node. */
  boolean busy() {
    return executor.getActiveCount() > 0 || !executor.getQueue().isEmpty();
  }

  void afterChunk(IntConsumer hook) {
    this.afterChunk = hook == null ? chunk -> { } : hook;
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }

  /** A reason not to import that the plan manager can act on, as opposed to a fault. */
  static final class ImportRefused extends RuntimeException {
    ImportRefused(String message) {
      super(message);
    }
  }
}
