package org.reviewactions.tasklist;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's open tasks for the Tasklist filters, which the engine's create scripts lack.
 *
 * <ul>
 *   <li>{@link #STEP}: every group filter ("Evidence to verify", "Lapsed: my decision", ...) asks for one or two task
 *       definition keys; without it PostgreSQL reads every open task of every agency for each count and list call of
 *       a chair, with it only the tasks at that step (12,002 read for 1,201 kept at 12,000 open actions).
 *   <li>{@link #ASSIGNEE_DUE}: the owner's filters ("My actions", "Due in the next 14 days", "Overdue") ask for one
 *       assignee, by due date, most urgent first, then oldest first. The engine's index on the assignee alone finds an
 *       owner's tasks but not in that order, so a page of 15 sorted all of them; this one is read in order and stops
 *       at 15, and the date filters read only the dates they ask for (docs/benchmarks.md).
 * </ul>
 *
 * <p>Made here, as {@code identity/GrantIndex} is, because the engine creates its own tables after the
 * migrations on a new installation; {@code if not exists} makes each one cheap statement on every later start.
 */
@Component
class TaskIndexes {

  private static final Logger log = LoggerFactory.getLogger(TaskIndexes.class);

  static final String STEP = "RAT_IDX_TASK_DEF_KEY";
  static final String ASSIGNEE_DUE = "RAT_IDX_TASK_ASSIGNEE_DUE";

  private static final Map<String, String> COLUMNS = Map.of(
      STEP, "TASK_DEF_KEY_",
      ASSIGNEE_DUE, "ASSIGNEE_, DUE_DATE_, CREATE_TIME_");

  private final JdbcTemplate jdbc;

  TaskIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void ensure() {
    COLUMNS.forEach((name, columns) -> {
      try {
        jdbc.execute("create index if not exists " + name + " on ACT_RU_TASK (" + columns + ")");
      } catch (DataAccessException e) {
        // Two nodes starting at once may both try; the other's index serves as well. Without it only speed suffers.
        log.warn("Could not create the index {} on the engine's tasks: {}", name, e.getMessage());
      }
    });
  }
}
