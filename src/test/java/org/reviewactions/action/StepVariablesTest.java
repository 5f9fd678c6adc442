package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The values only the step that sets them reads (the routing decision's inputs, the gateways' flags, the dates'
 * confirmers) steer the action and are never stored, nor the agency's leads, which the owner's resolution works out
 * from the action's row; an instance that stored one before keeps it stored and up to date.
 */
class StepVariablesTest extends ProcessTestSupport {

  private static final List<String> READ_IN_THEIR_STEP = List.of(Var.NEEDS_CONFIRMATION, Var.AGENCY,
      Var.DEFAULT_CHAIR_GROUP, Var.DEFAULT_BOARD_GROUP, Var.PLAN_MANAGERS_GROUP, Var.OWNER_KNOWN,
      Var.HAS_NEXT_REMINDER, Var.AGENCY_LEADS_GROUP);

  @Autowired JdbcTemplate jdbc;

  @Test
  void anOpenActionWasRoutedAndReachedItsOwnerWithoutStoringTheValuesItsStepsRead() {
    Action action = importedWithOwner(Instant.parse("2026-01-20T10:00:00Z"), "by March 2027");
    String pi = action.getProcessInstanceId();

    // Routed by its agency to the configured groups, dates clear, owner known, next reminder planned.
    assertThat(processOf(action)).isWaitingAt(Element.DELIVER_ACTION, Element.REMINDER_DUE)
        .hasNotPassed(Element.CONFIRM_DATES, Element.NOMINATE_OWNER);
    assertThat(runtimeService.getVariable(pi, Var.MONITORING_GROUP)).isEqualTo("subgroup-chairs");
    assertThat(runtimeService.getVariables(pi)).containsKeys(Var.OWNER_ID, Var.NEXT_REMINDER_AT, Var.LAPSE_AT)
        .doesNotContainKeys(READ_IN_THEIR_STEP.toArray(String[]::new));
    assertThat(jdbc.queryForList("select name_ from act_ru_variable where proc_inst_id_ = ?", String.class, pi))
        .doesNotContainAnyElementsOf(READ_IN_THEIR_STEP);

    // The next reminder's step plans it again without storing its flag.
    runUntil(pi, timer(pi, Element.REMINDER_DUE).getDuedate().toInstant());
    assertThat(processOf(action)).isWaitingAt(Element.DELIVER_ACTION, Element.REMINDER_DUE);
    assertThat(runtimeService.getVariables(pi)).doesNotContainKey(Var.HAS_NEXT_REMINDER);
  }

  @Test
  void anInstanceThatStoredTheReminderFlagBeforeKeepsItStoredAndUpdated() {
    Action action = importedWithOwner(Instant.parse("2026-01-20T10:00:00Z"), "by March 2027");
    String pi = action.getProcessInstanceId();
    // As an action started by an earlier version left it: the flag stored (the engine refuses to turn a stored
    // variable into a transient one).
    runtimeService.setVariable(pi, Var.HAS_NEXT_REMINDER, false);

    runUntil(pi, timer(pi, Element.REMINDER_DUE).getDuedate().toInstant());

    assertThat(processOf(action)).isWaitingAt(Element.DELIVER_ACTION, Element.REMINDER_DUE);
    assertThat(runtimeService.getVariable(pi, Var.HAS_NEXT_REMINDER)).isEqualTo(true);
  }
}
