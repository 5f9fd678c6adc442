package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The forms' display copies live on their open task only: once a task has been created and completed, the engine's
 * variable history (ACT_HI_VARINST) and history detail (ACT_HI_DETAIL) hold none of them, while what the person
 * decided, the ids the process was started with and the task itself are in history as under full history (the
 * processes' bookkeeping is not: {@link LeanHistoryTest}).
 */
class DisplayCopiesHistoryTest extends ProcessTestSupport {

  @Autowired JdbcTemplate jdbc;

  @Test
  void displayCopiesLeaveNoHistoryWhileTheOwnersSubmissionAndTheProcessVariablesDo() {
    Action action = importedWithOwner(java.time.Instant.parse("2026-01-20T10:00:00Z"), "by March 2027");
    String pi = action.getProcessInstanceId();
    Task deliver = openTask(pi, ActionProcess.Element.DELIVER_ACTION);
    // The form has its context while the task is open.
    assertThat(engine.getFormService().getTaskFormVariables(deliver.getId())).containsKeys(TaskContext.HISTORY,
        TaskContext.REVIEW, TaskContext.STATUS, TaskContext.EVIDENCE_URL);

    completeAs(TestPeople.OWNER, deliver, Map.of(ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_PROGRESS,
        ActionProcess.Var.PROGRESS_AS_AT, "20/01/2026", ActionProcess.Var.PROGRESS_TEXT, "Register designed with police"));
    assertThat(openTask(pi, ActionProcess.Element.DELIVER_ACTION)).isNotNull();

    List<String> varinst = jdbc.queryForList("select name_ from act_hi_varinst where proc_inst_id_ = ?", String.class, pi);
    List<String> detail = jdbc.queryForList("select name_ from act_hi_detail where proc_inst_id_ = ?", String.class, pi);
    assertThat(varinst).noneMatch(TaskContext::isDisplayCopy)
        .contains(ActionProcess.Var.SUBMISSION, ActionProcess.Var.PROGRESS_TEXT, ActionProcess.Var.ACTION_ID,
            ActionProcess.Var.MONITORING_GROUP);
    assertThat(detail).noneMatch(TaskContext::isDisplayCopy)
        .contains(ActionProcess.Var.SUBMISSION, ActionProcess.Var.PROGRESS_TEXT, ActionProcess.Var.PROGRESS_AS_AT);
    // What the owner wrote, then its removal once recorded in the plan tables.
    assertThat(jdbc.queryForList("select text_ from act_hi_detail where proc_inst_id_ = ? and name_ = ?", String.class,
        pi, ActionProcess.Var.PROGRESS_TEXT)).contains("Register designed with police");
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(pi)
        .taskDefinitionKey(ActionProcess.Element.DELIVER_ACTION).finished().singleResult().getAssignee())
        .isEqualTo(TestPeople.OWNER);
    // Runtime holds only the task list's columns of the task now open; its form works out the rest when read.
    assertThat(jdbc.queryForList("select name_ from act_ru_variable where proc_inst_id_ = ? and name_ like 'ctx%'",
        String.class, pi)).containsExactlyInAnyOrder(TaskContext.REVIEW, TaskContext.DUE_DATE, TaskContext.STATUS);
  }
}
