package org.reviewactions.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The indicator tables (V17), read and written in plain SQL: four small tables, no behaviour of their own. */
@Repository
class IndicatorStore {

  record Definition(Long id, String name, Unit unit, Long recommendationId, BigDecimal target, boolean active,
      String createdBy, Instant createdAt, Map<String, String> agencies) {}

  record Submission(Long id, String agencyGroup, String agency, String quarter, boolean submitted, String processInstanceId,
      Instant lateAt, Instant escalatedAt, String submittedBy, Instant submittedAt) {}

  record Figure(Long indicatorId, String agencyGroup, String quarter, BigDecimal value) {}

  private final JdbcTemplate jdbc;

  IndicatorStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Long insertIndicator(String name, Unit unit, Long recommendationId, BigDecimal target, String by, Instant at,
      Map<String, String> agencies) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into indicator (name, unit, recommendation_id, target, "
          + "created_by, created_at, active) values (?, ?, ?, ?, ?, ?, true)", new String[] {"id"});
      statement.setString(1, name);
      statement.setString(2, unit.name());
      if (recommendationId == null) {
        statement.setNull(3, java.sql.Types.BIGINT);
      } else {
        statement.setLong(3, recommendationId);
      }
      statement.setBigDecimal(4, target);
      statement.setString(5, by);
      statement.setTimestamp(6, Timestamp.from(at));
      return statement;
    }, key);
    Long id = key.getKey().longValue();
    agencies.forEach((group, agency) -> jdbc.update(
        "insert into indicator_agency (indicator_id, agency_group, agency) values (?, ?, ?)", id, group, agency));
    return id;
  }

  /** Every indicator, newest last, with the agencies (group id to name) that report it. */
  List<Definition> indicators(boolean activeOnly) {
    Map<Long, Map<String, String>> agencies = new LinkedHashMap<>();
    jdbc.query("select indicator_id, agency_group, agency from indicator_agency order by agency", rs -> {
      agencies.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
    });
    return jdbc.query("select * from indicator" + (activeOnly ? " where active = true" : "") + " order by id",
        (rs, row) -> new Definition(rs.getLong("id"), rs.getString("name"), Unit.valueOf(rs.getString("unit")),
            (Long) rs.getObject("recommendation_id", Long.class), rs.getBigDecimal("target"), rs.getBoolean("active"),
            rs.getString("created_by"), instant(rs, "created_at"), agencies.getOrDefault(rs.getLong("id"), Map.of())));
  }

  boolean recommendationExists(Long id) {
    return jdbc.queryForObject("select count(*) from recommendation where id = ?", Integer.class, id) > 0;
  }

  /** "Recommendation 3 of CSPR-2025-01", for the list of indicators. */
  Map<Long, String> recommendationLabels() {
    Map<Long, String> labels = new LinkedHashMap<>();
    jdbc.query("select r.id, r.number, v.reference from recommendation r join review v on v.id = r.review_id "
        + "where r.id in (select recommendation_id from indicator)",
        rs -> { labels.put(rs.getLong(1), "Recommendation " + rs.getString(2) + " of " + rs.getString(3)); });
    return labels;
  }

  /**
   * The agency's request for the quarter, made now unless one exists: a second run for the quarter asks nobody again.
   *
   * @return the new request's id, or empty when the agency was already asked for the quarter
   */
  Optional<Long> insertSubmissionIfNew(String agencyGroup, String agency, String quarter, String processInstanceId, Instant at) {
    Integer existing = jdbc.queryForObject("select count(*) from indicator_submission where agency_group = ? and quarter = ?",
        Integer.class, agencyGroup, quarter);
    if (existing > 0) {
      return Optional.empty();
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into indicator_submission (agency_group, agency, quarter, "
          + "status, process_instance_id, requested_at) values (?, ?, ?, 'REQUESTED', ?, ?)", new String[] {"id"});
      statement.setString(1, agencyGroup);
      statement.setString(2, agency);
      statement.setString(3, quarter);
      statement.setString(4, processInstanceId);
      statement.setTimestamp(5, Timestamp.from(at));
      return statement;
    }, key);
    return Optional.of(key.getKey().longValue());
  }

  Optional<Submission> submission(Long id) {
    return jdbc.query("select * from indicator_submission where id = ?", IndicatorStore::submission, id).stream().findFirst();
  }

  List<Submission> submissions(String quarter) {
    return jdbc.query("select * from indicator_submission where quarter = ? order by agency", IndicatorStore::submission, quarter);
  }

  void markLate(Long id, Instant at) {
    jdbc.update("update indicator_submission set late_at = ? where id = ? and late_at is null", Timestamp.from(at), id);
  }

  void markEscalated(Long id, Instant at) {
    jdbc.update("update indicator_submission set escalated_at = ? where id = ? and escalated_at is null", Timestamp.from(at), id);
  }

  /** Records the agency's figures and marks its request submitted; false when it was submitted already. */
  boolean submit(Submission submission, Map<Long, BigDecimal> figures, String by, Instant at) {
    int updated = jdbc.update("update indicator_submission set status = 'SUBMITTED', submitted_by = ?, submitted_at = ? "
        + "where id = ? and status = 'REQUESTED'", by, Timestamp.from(at), submission.id());
    if (updated == 0) {
      return false;
    }
    figures.forEach((indicatorId, value) -> jdbc.update("insert into indicator_figure (indicator_id, submission_id, "
        + "agency_group, quarter, figure, submitted_by, submitted_at) values (?, ?, ?, ?, ?, ?, ?)", indicatorId,
        submission.id(), submission.agencyGroup(), submission.quarter(), value, by, Timestamp.from(at)));
    return true;
  }

  /** Every figure of the quarters, oldest quarter first. */
  List<Figure> figures(List<String> quarters) {
    if (quarters.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", java.util.Collections.nCopies(quarters.size(), "?"));
    return jdbc.query("select indicator_id, agency_group, quarter, figure from indicator_figure where quarter in ("
        + marks + ") order by quarter", (rs, row) -> new Figure(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getBigDecimal(4)), quarters.toArray());
  }

  /** The quarters any figure was submitted for, oldest first. */
  List<String> quarters() {
    return new ArrayList<>(jdbc.queryForList("select distinct quarter from indicator_figure order by quarter", String.class));
  }

  private static Submission submission(ResultSet rs, int row) throws SQLException {
    return new Submission(rs.getLong("id"), rs.getString("agency_group"), rs.getString("agency"), rs.getString("quarter"),
        "SUBMITTED".equals(rs.getString("status")), rs.getString("process_instance_id"), instant(rs, "late_at"),
        instant(rs, "escalated_at"), rs.getString("submitted_by"), instant(rs, "submitted_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
