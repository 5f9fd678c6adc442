package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.reviewactions.notification.NotificationRequests;
import org.reviewactions.shared.AsSystem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes everything a background import saved and started: its processes (runtime and history, with the
 * authorizations the engine keeps for them), its held e-mails, and its review with every row under it. Works in
 * chunks of recommendations and can be run again after it was interrupted: each chunk removes what is left.
 */
@Component
class ImportRollback {

  private static final int RECOMMENDATIONS_PER_CHUNK = 20;
  private static final String ACTIONS = "(select id from plan_action where recommendation_id in (:recs))";
  /** Rows of an action, children first (evidence files before evidence). */
  private static final List<String> ACTION_ROWS = List.of("action_state_change", "progress_update", "evidence_file",
      "evidence", "action_history", "notification");

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final NotificationRequests notifications;
  private final AsSystem asSystem;
  private final PlanImports imports;
  private final TransactionTemplate transaction;

  ImportRollback(JdbcTemplate jdbc, RuntimeService runtimeService, HistoryService historyService,
      NotificationRequests notifications, AsSystem asSystem, PlanImports imports,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.notifications = notifications;
    this.asSystem = asSystem;
    this.imports = imports;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The recommendation processes started for a review so far. */
  List<String> processesOf(Long reviewId) {
    return jdbc.queryForList("select process_instance_id from recommendation where review_id = ? "
        + "and process_instance_id is not null order by position", String.class, reviewId);
  }

  void rollBack(long importId, String holdKey) {
    transaction.executeWithoutResult(status -> asSystem.call(() -> notifications.discard(holdKey)));
    Long reviewId = imports.reviewId(importId).orElse(null);
    if (reviewId == null) {
      return;
    }
    List<Long> recommendations = jdbc.queryForList("select id from recommendation where review_id = ? order by id",
        Long.class, reviewId);
    for (int from = 0; from < recommendations.size(); from += RECOMMENDATIONS_PER_CHUNK) {
      List<Long> chunk = recommendations.subList(from, Math.min(recommendations.size(), from + RECOMMENDATIONS_PER_CHUNK));
      transaction.executeWithoutResult(status -> asSystem.call(() -> {
        removeProcesses(chunk);
        MapSqlParameterSource recs = new MapSqlParameterSource("recs", chunk);
        for (String table : ACTION_ROWS) {
          named.update("delete from " + table + " where action_id in " + ACTIONS, recs);
        }
        named.update("delete from plan_action where recommendation_id in (:recs)", recs);
        named.update("delete from recommendation where id in (:recs)", recs);
        return null;
      }));
    }
    transaction.executeWithoutResult(status -> {
      jdbc.update("delete from agency_statement_step where statement_id in "
          + "(select id from agency_statement where review_id = ?)", reviewId);
      jdbc.update("delete from agency_statement where review_id = ?", reviewId);
      jdbc.update("delete from review where id = ?", reviewId);
    });
  }

  private void removeProcesses(List<Long> recommendations) {
    List<String> roots = named.queryForList("select process_instance_id from recommendation where id in (:recs) "
        + "and process_instance_id is not null", new MapSqlParameterSource("recs", recommendations), String.class);
    List<String> all = new ArrayList<>();
    for (String root : roots) {
      historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(root).list().stream()
          .map(HistoricProcessInstance::getId).forEach(all::add);
    }
    if (!roots.isEmpty()) {
      // The import's own removal: no listener of the diagrams is to act on it (no e-mail, no history entry).
      runtimeService.deleteProcessInstancesIfExists(roots, "plan import rolled back", true, true, false);
    }
    if (!all.isEmpty()) {
      historyService.deleteHistoricProcessInstancesIfExists(List.copyOf(Set.copyOf(all)));
    }
  }
}
