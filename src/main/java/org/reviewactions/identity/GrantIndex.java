package org.reviewactions.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on the engine's grants by user. Every permission-checked query starts by picking the reader's
 * grants ({@code TYPE_ < 2 and (USER_ID_ in (user, '*') or GROUP_ID_ in (groups))}); the engine's own indexes
 * lead with {@code TYPE_} or hold only {@code GROUP_ID_}, so without this PostgreSQL reads every grant in the
 * table for each query (48,000 rows, 50 to 80 ms, at 12,000 actions). With it, it reads the reader's own.
 *
 * <p>Created here rather than by a Flyway migration because the engine creates its tables itself, after the
 * migrations on a new installation; {@code if not exists} makes it one statement on every later start.
 */
@Component
class GrantIndex {

  private static final Logger log = LoggerFactory.getLogger(GrantIndex.class);

  static final String NAME = "RAT_IDX_AUTH_USER_ID";

  private final JdbcTemplate jdbc;

  GrantIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void ensure() {
    try {
      jdbc.execute("create index if not exists " + NAME + " on ACT_RU_AUTHORIZATION (USER_ID_)");
    } catch (DataAccessException e) {
      // Two nodes starting at once may both try; the other's index serves as well.
      log.warn("Could not create the index {} on the engine's grants: {}", NAME, e.getMessage());
    }
  }
}
