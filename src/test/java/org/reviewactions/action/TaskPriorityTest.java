package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;

/** Tasklist's priority sort puts Red work first: an action's tasks carry its RAG as their priority. */
class TaskPriorityTest extends ProcessTestSupport {

  /** Monday 2 March 2026, 10:00 London (GMT). */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private ProcessInstance startedAt(Instant now, String timescale) {
    return processOf(importedWithOwner(now, timescale));
  }

  private int priority(ProcessInstance pi, String taskKey) {
    return openTask(pi.getId(), taskKey).getPriority();
  }

  @Test
  void redIsAboveAmberIsAboveGreenAndEndedActionsAreNormal() {
    assertThat(Rag.RED.taskPriority()).isGreaterThan(Rag.AMBER.taskPriority());
    assertThat(Rag.AMBER.taskPriority()).isGreaterThan(Rag.GREEN.taskPriority());
    assertThat(Rag.COMPLETE.taskPriority()).isEqualTo(org.camunda.bpm.engine.task.Task.PRIORITY_NORMAL);
    assertThat(Rag.CLOSED_INCOMPLETE.taskPriority()).isEqualTo(org.camunda.bpm.engine.task.Task.PRIORITY_NORMAL);
  }

  @Test
  void tasksAreCreatedWithTheActionsRag() {
    assertThat(priority(startedAt(NOW, "by March 2027"), Element.DELIVER_ACTION)).isEqualTo(Rag.GREEN.taskPriority());
    assertThat(priority(startedAt(NOW, "by 10/03/2026"), Element.DELIVER_ACTION)).isEqualTo(Rag.AMBER.taskPriority());
    assertThat(priority(startedAt(NOW, "by January 2026"), Element.DELIVER_ACTION)).isEqualTo(Rag.RED.taskPriority());
  }

  @Test
  void anOpenTaskRisesAsTheDueDateNearsAndWhenTheActionLapsesAndANewPlanStartsGreen() {
    ProcessInstance pi = startedAt(NOW, "by 31/03/2026");
    assertThat(priority(pi, Element.DELIVER_ACTION)).isEqualTo(Rag.GREEN.taskPriority());

    // 28 days before: still Green. 14 days before (Tuesday 17 March): Amber.
    runUntil(pi.getId(), Instant.parse("2026-03-03T09:00:01Z"));
    assertThat(priority(pi, Element.DELIVER_ACTION)).isEqualTo(Rag.GREEN.taskPriority());
    runUntil(pi.getId(), Instant.parse("2026-03-17T09:00:01Z"));
    assertThat(priority(pi, Element.DELIVER_ACTION)).isEqualTo(Rag.AMBER.taskPriority());

    // The first working day after the due date: lapsed, Red, and so is the chair's decision.
    runUntil(pi.getId(), Instant.parse("2026-04-01T08:00:01Z"));
    assertThat(pi).isWaitingAt(Element.DELIVER_ACTION, Element.DECIDE_LAPSED_ACTION);
    assertThat(priority(pi, Element.DELIVER_ACTION)).isEqualTo(Rag.RED.taskPriority());
    assertThat(priority(pi, Element.DECIDE_LAPSED_ACTION)).isEqualTo(Rag.RED.taskPriority());

    // Re-planned months ahead: the owner's new task is Green again.
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION), Map.of(Var.LAPSE_DECISION, Value.REVISE,
        Var.REVISED_DUE_DATE, "30/09/2026", Var.REVISION_REASON, "Housing data sharing agreement signed late"));
    assertThat(priority(pi, Element.DELIVER_ACTION)).isEqualTo(Rag.GREEN.taskPriority());
  }

  @Test
  void aReminderThatLeavesTheRagAsItWasWritesNothingToTheOpenTask() {
    ProcessInstance pi = startedAt(NOW, "by 31/03/2026");
    Task before = openTask(pi.getId(), Element.DELIVER_ACTION);
    long sent = remindersSent(pi);

    // 28 days before the due date: a reminder, and the action is Green as it was.
    runUntil(pi.getId(), Instant.parse("2026-03-03T09:00:01Z"));

    assertThat(remindersSent(pi)).isGreaterThan(sent);
    Task after = openTask(pi.getId(), Element.DELIVER_ACTION);
    assertThat(after.getPriority()).isEqualTo(Rag.GREEN.taskPriority());
    assertThat(status(after)).isEqualTo(status(before)).contains("Green");
    // Setting a task's priority or one of its variables stamps it as updated.
    assertThat(after.getLastUpdated()).isEqualTo(before.getLastUpdated());
  }

  @Test
  void aReminderThatTurnsTheActionAmberUpdatesTheOpenTask() {
    ProcessInstance pi = startedAt(NOW, "by 31/03/2026");
    runUntil(pi.getId(), Instant.parse("2026-03-03T09:00:01Z"));
    long sent = remindersSent(pi);

    // 14 days before (Tuesday 17 March): Amber.
    runUntil(pi.getId(), Instant.parse("2026-03-17T09:00:01Z"));

    assertThat(remindersSent(pi)).isGreaterThan(sent);
    Task after = openTask(pi.getId(), Element.DELIVER_ACTION);
    assertThat(after.getPriority()).isEqualTo(Rag.AMBER.taskPriority());
    assertThat(status(after)).contains("Amber");
    assertThat(after.getLastUpdated()).isNotNull().isAfterOrEqualTo(java.util.Date.from(Instant.parse("2026-03-17T09:00:00Z")));
  }

  /** Each reminder's e-mail is followed, in the same step, by the planning of the next (which keeps no history). */
  private long remindersSent(ProcessInstance pi) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(Element.EMAIL_REMINDER).finished().count();
  }

  private String status(Task task) {
    return (String) taskService.getVariableLocal(task.getId(), TaskContext.STATUS);
  }
}
