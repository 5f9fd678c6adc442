package org.reviewactions.it;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.notification.NotificationProcess;

/**
 * What the engine and the application recorded about one review's reminders, read straight from the shared
 * PostgreSQL database while the nodes run: each action's scheduled reminder, its timer job, the e-mail sends
 * waiting, the job log per node, the notification records.
 */
final class ReminderJobs {

  /** The reminder timer of action.bpmn ("Reminder due"). */
  static final String REMINDER_TIMER = "Timer_ReminderDue";
  private static final String SEND = NotificationProcess.Element.SEND;

  private final PostgresDatabase db;
  private final String reviewRef;

  ReminderJobs(PostgresDatabase db, String reviewRef) {
    this.db = db;
    this.reviewRef = reviewRef;
  }

  /** The review's actions, oldest first. */
  List<Long> actions() throws SQLException {
    List<Long> ids = new ArrayList<>();
    query("select a.id from plan_action a join recommendation r on r.id = a.recommendation_id"
        + " join review v on v.id = r.review_id where v.reference = ? order by a.id", rs -> ids.add(rs.getLong(1)), reviewRef);
    return ids;
  }

  /** How many of the review's actions wait at their reminder timer. */
  long waitingTimers() throws SQLException {
    return number("select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
        + " join plan_action a on a.process_instance_id = j.process_instance_id_ join recommendation r on r.id = a.recommendation_id"
        + " join review v on v.id = r.review_id where d.act_id_ = ? and v.reference = ?", REMINDER_TIMER, reviewRef);
  }

  /**
   * The idempotency keys of the reminders the given actions have scheduled next, as the action process makes them
   * when the timer fires (action/ActionNotifications: action, kind, the scheduled instant, the owner), from the
   * variables the process set when it planned each reminder (its instant, and its offset if it is a reminder).
   */
  Set<String> scheduledKeys(List<Long> actionIds) throws SQLException {
    Set<String> keys = new HashSet<>();
    List<String> rows = new ArrayList<>();
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
        "select a.id, a.owner_user_id, at.long_, offset_days.id_ from plan_action a"
            + " join act_ru_variable at on at.proc_inst_id_ = a.process_instance_id and at.name_ = ? and at.task_id_ is null"
            + " left join act_ru_variable offset_days on offset_days.proc_inst_id_ = a.process_instance_id"
            + " and offset_days.name_ = ? and offset_days.task_id_ is null"
            + " where a.id = any (?)")) {
      s.setString(1, ActionProcess.Var.NEXT_REMINDER_AT);
      // A reminder before the due date stores its offset; a progress request stores none (ActionVariables).
      s.setString(2, ActionProcess.Var.NEXT_REMINDER_OFFSET);
      s.setArray(3, c.createArrayOf("bigint", actionIds.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String kind = rs.getString(4) == null ? "progress-request" : "reminder";
          String key = "action:" + rs.getLong(1) + ":" + kind + ":" + Instant.ofEpochMilli(rs.getLong(3)) + ":" + rs.getString(2);
          rows.add(key);
          keys.add(key);
        }
      }
    }
    if (rows.size() != actionIds.size() || keys.size() != actionIds.size()) {
      throw new AssertionError(actionIds.size() + " actions but " + rows.size() + " scheduled reminders (" + keys.size()
          + " distinct)");
    }
    return keys;
  }

  /** Makes the given actions' reminder timers due now, all in one statement: they fall due at the same instant. */
  int makeDueNow(List<Long> actionIds) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
        "update act_ru_job set duedate_ = localtimestamp where id_ in (select j.id_ from act_ru_job j"
            + " join act_ru_jobdef d on d.id_ = j.job_def_id_ join plan_action a on a.process_instance_id = j.process_instance_id_"
            + " where d.act_id_ = ? and a.id = any (?))")) {
      s.setString(1, REMINDER_TIMER);
      Array ids = c.createArrayOf("bigint", actionIds.toArray());
      s.setArray(2, ids);
      return s.executeUpdate();
    }
  }

  /** Reminder timers that are due and e-mail sends not yet done, on every node. */
  long outstanding() throws SQLException {
    return number("select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
        + " where d.act_id_ = ? or (d.act_id_ = ? and j.duedate_ <= localtimestamp)", SEND, REMINDER_TIMER);
  }

  /** Reminder timers and e-mail sends done successfully since {@code since}, by the engine hostname of the node. */
  Map<String, Long> jobsDoneByNode(Timestamp since) throws SQLException {
    Map<String, Long> byNode = new LinkedHashMap<>();
    // Job log state 2 is SUCCESSFUL (org.camunda.bpm.engine.impl.persistence.entity.JobState, not public API).
    query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and act_id_ in (?, ?) and timestamp_ >= ?"
        + " group by hostname_ order by hostname_", rs -> byNode.put(rs.getString(1), rs.getLong(2)), REMINDER_TIMER, SEND, since);
    return byNode;
  }

  /** The keys among {@code keys} that the application has recorded as sent. */
  Set<String> recordedSent(Set<String> keys) throws SQLException {
    Set<String> sent = new HashSet<>();
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
        "select idempotency_key from notification where status = 'SENT' and idempotency_key = any (?)")) {
      s.setArray(1, c.createArrayOf("varchar", keys.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          sent.add(rs.getString(1));
        }
      }
    }
    return sent;
  }

  /** The keys among {@code keys} whose acceptance by the mail server is recorded (notification/MailHandovers). */
  Set<String> handedOver(Set<String> keys) throws SQLException {
    Set<String> found = new HashSet<>();
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
        "select idempotency_key from notification_handover where idempotency_key = any (?)")) {
      s.setArray(1, c.createArrayOf("varchar", keys.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  /** Notification records per key among {@code keys} (the unique index allows one). */
  long notificationRows(Set<String> keys) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
        "select count(*) from notification where idempotency_key = any (?)")) {
      s.setArray(1, c.createArrayOf("varchar", keys.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Jobs that failed (an exception recorded, retries used up or not) and incidents: what an operator must look at. */
  String leftovers() throws SQLException {
    return "jobs with an exception: " + number("select count(*) from act_ru_job where exception_msg_ is not null"
        + " or exception_stack_id_ is not null") + ", incidents: " + number("select count(*) from act_ru_incident");
  }

  long number(String sql, Object... parameters) throws SQLException {
    long[] result = new long[1];
    query(sql, rs -> result[0] = rs.getLong(1), parameters);
    return result[0];
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, Row row, Object... parameters) throws SQLException {
    try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          row.read(rs);
        }
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(db.url(), db.user(), db.password());
  }
}
