package org.reviewactions.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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
   * reads the named parameters {@code ragToday} and {@code ragAmberLimit}: add {@link #parameters()}.
   */
  public String expression(String alias) {
    String a = alias + ".";
    return "case when " + a + "status = 'COMPLETE' then 'COMPLETE'"
        + " when " + a + "status = 'CLOSED_INCOMPLETE' then 'CLOSED_INCOMPLETE'"
        + " when " + a + "status in ('LAPSED', 'ESCALATED') or " + a + "lapsed_at is not null or " + a + "due_date < :ragToday then 'RED'"
        + " when " + a + "status = 'EVIDENCE_REJECTED' or " + a + "due_date <= :ragAmberLimit then 'AMBER'"
        + " else 'GREEN' end";
  }

  /** Today by the application's clock, and the last day an action counts as Amber. */
  public Map<String, Object> parameters() {
    LocalDate today = today();
    return Map.of("ragToday", today, "ragAmberLimit", today.plusDays(rag.amberDays()));
  }

  /** Today in the configured zone, as {@link ActionService#rag} reads it. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
