package org.reviewactions.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.reviewactions.plan.ImportStatus.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code plan_import} rows. Each change is its own statement, committed at once (auto-commit outside the
 * chunks' transactions), so the page sees progress while a chunk is being written and the row outlives a
 * rolled-back chunk.
 */
@Repository
class PlanImports {

  private static final int ERROR_LENGTH = 2000;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  PlanImports(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  long queue(String reviewRef, int recommendations, int actions, String startedBy, String node) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    Timestamp now = now();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into plan_import (review_ref, status, recommendation_count, "
          + "action_count, actions_saved, actions_started, started_by, queued_at, heartbeat_at, node) "
          + "values (?, 'QUEUED', ?, ?, 0, 0, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, reviewRef);
      statement.setInt(2, recommendations);
      statement.setInt(3, actions);
      statement.setString(4, startedBy);
      statement.setTimestamp(5, now);
      statement.setTimestamp(6, now);
      statement.setString(7, node);
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  void running(long id) {
    jdbc.update("update plan_import set status = 'RUNNING', heartbeat_at = ? where id = ?", now(), id);
  }

  void reviewSaved(long id, long reviewId) {
    jdbc.update("update plan_import set review_id = ?, heartbeat_at = ? where id = ?", reviewId, now(), id);
  }

  void saved(long id, int actions) {
    jdbc.update("update plan_import set actions_saved = actions_saved + ?, heartbeat_at = ? where id = ?", actions,
        now(), id);
  }

  void started(long id, int actions) {
    jdbc.update("update plan_import set actions_started = actions_started + ?, heartbeat_at = ? where id = ?", actions,
        now(), id);
  }

  void finish(long id, Status status, String error) {
    String message = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    jdbc.update("update plan_import set status = ?, error_message = coalesce(?, error_message), finished_at = ?, "
        + "heartbeat_at = ? where id = ?", status.name(), message, status == Status.FAILED ? null : now(), now(), id);
  }

  Optional<Long> reviewId(long id) {
    return jdbc.query("select review_id from plan_import where id = ?", (rs, n) -> (Long) rs.getObject(1, Long.class), id)
        .stream().filter(java.util.Objects::nonNull).findFirst();
  }

  Optional<ImportStatus> find(long id) {
    return jdbc.query("select * from plan_import where id = ?", PlanImports::status, id).stream().findFirst();
  }

  /** Imports left unfinished by this node, or by any node that has not reported for {@code staleBefore}. */
  List<Long> unfinished(String node, Instant staleBefore) {
    return jdbc.queryForList("select id from plan_import where status in ('QUEUED', 'RUNNING', 'FAILED') "
        + "and (node = ? or heartbeat_at < ?) order by id", Long.class, node, Timestamp.from(staleBefore));
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static ImportStatus status(ResultSet rs, int row) throws SQLException {
    Status status = Status.valueOf(rs.getString("status"));
    Timestamp finished = rs.getTimestamp("finished_at");
    String reviewRef = rs.getString("review_ref");
    return new ImportStatus(rs.getLong("id"), reviewRef, status, rs.getInt("recommendation_count"),
        rs.getInt("action_count"), rs.getInt("actions_saved"), rs.getInt("actions_started"), rs.getString("started_by"),
        rs.getTimestamp("queued_at").toInstant(), finished == null ? null : finished.toInstant(),
        ImportStatus.outcome(status, reviewRef), rs.getString("error_message"));
  }
}
