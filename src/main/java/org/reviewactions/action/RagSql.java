package org.reviewactions.action;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@link ActionService#rag} as an SQL expression on {@code plan_action}, so pages that count tens of
 * thousands of actions by RAG let the database count them instead of loading every action. The two must
 * say the same thing: change them together ({@code RagSqlTest} compares them row by row).
 */
@Component
public class RagSql {

  private final Clock clock;
  private final RagProperties rag;

  RagSql(Clock clock, RagProperties rag) {
    this.clock = clock;
    this.rag = rag;
  }

  /**
   * A {@code case} expression giving the {@link Rag} name of the action row with this table alias. It
   * reads the named parameters {@code ragToday}, {@code ragAmberLimit} and {@code ragNow}: add {@link #parameters()}.
   * A task past its deadline is looked up in the engine's own task table, as {@link ActionService#rag} asks the
   * engine, so the dashboard and Tasklist cannot disagree about it. The late tasks are one uncorrelated
   * {@code in} subquery, which the database reads once per statement, not a correlated {@code exists} run once per
   * action row (50,000 of them on the dashboard: see docs/benchmarks.md).
   */
  public String expression(String alias) {
    String a = alias + ".";
    String deadlineTasks = ActionProcess.TASKS_WITH_DEADLINES.stream().map(key -> "'" + key + "'")
        .collect(Collectors.joining(", "));
    return "case when " + a + "status = 'COMPLETE' then 'COMPLETE'"
        + " when " + a + "status = 'CLOSED_INCOMPLETE' then 'CLOSED_INCOMPLETE'"
        + " when " + a + "status = 'WITHDRAWN' then 'WITHDRAWN'"
        + " when " + a + "status in ('LAPSED', 'ESCALATED') or " + a + "lapsed_at is not null or " + a + "due_date < :ragToday"
        + " or " + a + "process_instance_id in (select t.PROC_INST_ID_ from ACT_RU_TASK t"
        + " where t.TASK_DEF_KEY_ in (" + deadlineTasks + ") and t.DUE_DATE_ < :ragNow) then 'RED'"
        + " when " + a + "status = 'EVIDENCE_REJECTED' or " + a + "due_date <= :ragAmberLimit then 'AMBER'"
        + " else 'GREEN' end";
  }

  /** Today and now by the application's clock, and the last day an action counts as Amber. */
  public Map<String, Object> parameters() {
    LocalDate today = today();
    return Map.of("ragToday", today, "ragAmberLimit", today.plusDays(rag.amberDays()),
        "ragNow", Timestamp.from(clock.instant()));
  }

  /** Today in the configured zone, as {@link ActionService#rag} reads it. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
