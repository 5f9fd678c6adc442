package org.reviewactions.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo load as named steps, each done at most once: a step's work and the row recording it commit
 * together or not at all, so a start killed part-way leaves only whole steps behind and the next start
 * does the rest.
 */
@Component
class DemoSteps {

  private static final Logger log = LoggerFactory.getLogger(DemoSteps.class);
  /** The job executor works the same processes (lapse timers fall due on import); a clash is retried. */
  private static final int ATTEMPTS = 3;

  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  DemoSteps(PlatformTransactionManager transactionManager, JdbcTemplate jdbc, Clock clock) {
    this.transaction = new TransactionTemplate(transactionManager);
    this.jdbc = jdbc;
    this.clock = clock;
  }

  boolean done(String step) {
    Integer rows = jdbc.queryForObject("select count(*) from demo_load_step where name = ?", Integer.class, step);
    return rows != null && rows > 0;
  }

  /** Runs the step's work and records it in one transaction, unless it is recorded already. */
  void run(String step, Runnable work) {
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.executeWithoutResult(status -> {
          if (!done(step)) {
            work.run();
            jdbc.update("insert into demo_load_step (name, completed_at) values (?, ?)", step, OffsetDateTime.now(clock));
          }
        });
        return;
      } catch (DuplicateKeyException e) {
        // Another node sharing the database did this step at the same time; its copy stands, ours rolled back.
        log.info("Demo step '{}' was done by another node", step);
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        log.info("Demo step '{}' met a concurrent change and is tried again", step);
      }
    }
  }
}
