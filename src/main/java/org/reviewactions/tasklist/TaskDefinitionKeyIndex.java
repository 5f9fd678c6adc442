package org.reviewactions.tasklist;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on the engine's open tasks by their step in the diagram. Every group filter ("Evidence to verify",
 * "Lapsed: my decision", ...) asks for one or two task definition keys, and the engine's create scripts index
 * {@code ACT_RU_TASK} by assignee but not by {@code TASK_DEF_KEY_}: without this index PostgreSQL reads every
 * open task of every agency for each count and list call of a chair, with it only the tasks at that step
 * (12,002 read for 1,201 kept at 12,000 open actions; docs/benchmarks.md).
 *
 * <p>Made here, as {@code identity/GrantIndex} is, because the engine creates its own tables after the
 * migrations on a new installation; {@code if not exists} makes it one cheap statement on every later start.
 */
@Component
class TaskDefinitionKeyIndex {

  private static final Logger log = LoggerFactory.getLogger(TaskDefinitionKeyIndex.class);

  static final String NAME = "RAT_IDX_TASK_DEF_KEY";

  private final JdbcTemplate jdbc;

  TaskDefinitionKeyIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void ensure() {
    try {
      jdbc.execute("create index if not exists " + NAME + " on ACT_RU_TASK (TASK_DEF_KEY_)");
    } catch (DataAccessException e) {
      // Two nodes starting at once may both try; the other's index serves as well. Without it only speed suffers.
      log.warn("Could not create the index {} on the engine's tasks: {}", NAME, e.getMessage());
    }
  }
}
