package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.junit.jupiter.api.Test;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.plan.RecommendationProcess;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine keeps the variable history of what people submit and of what is read from history, and none of the
 * processes' bookkeeping: the rule is held against every form's fields and against what an open action leaves.
 * Nor does it keep the activity history of gateways and none start events, while every other element of every
 * deployed diagram keeps its own.
 */
class LeanHistoryTest extends ProcessTestSupport {

  private static final List<HistoryEventTypes> VARIABLE_EVENTS = List.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE);

  @Autowired JdbcTemplate jdbc;

  @Test
  void everyFieldAFormSubmitsKeepsItsFullHistory() throws IOException {
    Set<String> submitted = new TreeSet<>();
    try (Stream<Path> forms = Files.list(Path.of("processes"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        collectKeys(new ObjectMapper().readTree(form.toFile()), submitted);
      }
    }
    submitted.removeIf(TaskContext::isDisplayCopy);
    assertThat(submitted).contains(ActionProcess.Var.PROGRESS_TEXT, ActionProcess.Var.REVIEW_REF,
        ActionProcess.Var.ACTION_ID, NotificationProcess.Var.KIND).hasSizeGreaterThan(40);

    HistoryLevel level = engineLevel();
    for (String name : submitted) {
      for (HistoryEventTypes type : VARIABLE_EVENTS) {
        assertThat(level.isHistoryEventProduced(type, variable(name))).as(name + " " + type).isTrue();
      }
    }
  }

  @Test
  void bookkeepingAndDisplayCopiesLeaveNoVariableHistoryAndTheRoutedGroupNoDetail() {
    HistoryLevel level = engineLevel();
    assertThat(level.getName()).isEqualTo(LeanHistory.NAME);
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    for (String name : List.of(ActionProcess.Var.NEXT_REMINDER_AT, ActionProcess.Var.OWNER_ID, "loopCounter",
        TaskContext.REVIEW, NotificationProcess.Var.IDEMPOTENCY_KEY, NotificationProcess.Var.DETAIL_PREFIX + "due")) {
      for (HistoryEventTypes type : VARIABLE_EVENTS) {
        assertThat(level.isHistoryEventProduced(type, variable(name))).as(name + " " + type).isFalse();
      }
    }
    for (String name : List.of(ActionProcess.Var.MONITORING_GROUP, NotificationProcess.Var.RECIPIENT)) {
      assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable(name))).isTrue();
      assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, variable(name))).isTrue();
      assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, variable(name)))
          .isFalse();
    }
    // Asked with no entity, as the engine does when it parses a diagram to know whether to listen at all: yes.
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, null)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, null)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_CREATE, null)).isTrue();
  }

  @Test
  void anOpenActionKeepsItsRoutedGroupAndItsEmailsKindInHistoryButNoReminderPlan() {
    Action action = importedWithOwner(java.time.Instant.parse("2026-01-20T10:00:00Z"), "by March 2027");
    String pi = action.getProcessInstanceId();
    assertThat(runtimeService.getVariables(pi)).containsKeys(ActionProcess.Var.OWNER_ID, ActionProcess.Var.LAPSE_AT,
        ActionProcess.Var.MONITORING_GROUP);
    while (sendNotifications() > 0) {
      // every e-mail asked for is sent, as the job executor would
    }

    assertThat(jdbc.queryForList("select name_ from act_hi_varinst where proc_inst_id_ = ?", String.class, pi))
        .contains(ActionProcess.Var.MONITORING_GROUP, ActionProcess.Var.ACTION_ID)
        .doesNotContain(ActionProcess.Var.OWNER_ID, ActionProcess.Var.LAPSE_AT, ActionProcess.Var.NEXT_REMINDER_AT,
            ActionProcess.Var.DEFAULT_CHAIR_GROUP)
        .noneMatch(TaskContext::isDisplayCopy);
    assertThat(jdbc.queryForList("select name_ from act_hi_detail where proc_inst_id_ = ?", String.class, pi))
        .doesNotContain(ActionProcess.Var.MONITORING_GROUP, ActionProcess.Var.OWNER_ID, ActionProcess.Var.LAPSE_AT);
    // The routing still finds the group in history, as the action page's access check reads it.
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi)
        .variableName(ActionProcess.Var.MONITORING_GROUP).singleResult().getValue()).isNotNull();

    List<String> emails = historyService.createHistoricVariableInstanceQuery()
        .variableName(NotificationProcess.Var.RECIPIENT).variableValueEquals(NotificationProcess.Var.RECIPIENT,
            TestPeople.OWNER).list().stream().map(v -> v.getProcessInstanceId()).toList();
    assertThat(emails).isNotEmpty();
    assertThat(jdbc.queryForList("select name_ from act_hi_varinst where proc_inst_id_ = ?", String.class,
        emails.get(0))).contains(NotificationProcess.Var.KIND, NotificationProcess.Var.RECIPIENT)
        .doesNotContain(NotificationProcess.Var.IDEMPOTENCY_KEY, NotificationProcess.Var.SOURCE_PROCESS)
        .noneMatch(n -> n.startsWith(NotificationProcess.Var.DETAIL_PREFIX));
  }

  @Test
  void gatewaysNoneStartEventsAndNamedBookkeepingTasksOfEveryDiagramLeaveNoActivityHistoryWhileEveryOtherElementDoes() {
    HistoryLevel level = engineLevel();
    List<String> skipped = new ArrayList<>();
    List<String> bookkeeping = new ArrayList<>();
    Set<String> keptTypes = new TreeSet<>();
    for (ProcessDefinition definition : repositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      for (ActivityImpl activity : activitiesOf((ScopeImpl) repositoryService().getDeployedProcessDefinition(definition.getId()))) {
        String type = (String) activity.getProperty("type");
        ExecutionEntity execution = new ExecutionEntity();
        execution.setActivity(activity);
        boolean routing = type.endsWith("Gateway") && !ActivityTypes.GATEWAY_EVENT_BASED.equals(type)
            || ActivityTypes.START_EVENT.equals(type);
        boolean named = bookkeepingElement(definition.getKey(), activity.getId());
        // Start, update and end of one activity instance are decided alike: never an update of a row not written.
        for (HistoryEventTypes event : List.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
            HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END)) {
          assertThat(level.isHistoryEventProduced(event, execution)).as(definition.getKey() + " " + activity.getId()
              + " (" + type + ") " + event).isEqualTo(!routing && !named);
        }
        if (routing) {
          skipped.add(type);
        } else if (named) {
          assertThat(type).as(activity.getId()).isEqualTo(ActivityTypes.TASK_SERVICE);
          bookkeeping.add(definition.getKey() + " " + activity.getId());
        } else {
          keptTypes.add(type);
        }
      }
    }
    assertThat(skipped).contains(ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_PARALLEL,
        ActivityTypes.START_EVENT).hasSizeGreaterThan(30);
    assertThat(bookkeeping).containsExactlyInAnyOrder("action " + ActionProcess.Element.START_ACTION,
        "action " + ActionProcess.Element.PLAN_ACTION, "action " + ActionProcess.Element.RESOLVE_OWNER,
        "action " + ActionProcess.Element.PLAN_NEXT_REMINDER, "action " + ActionProcess.Element.PLAN_OVERDUE_REMINDER,
        "recommendation " + RecommendationProcess.Element.LIST_ACTIONS);
    assertThat(keptTypes).contains(ActivityTypes.TASK_USER_TASK, ActivityTypes.TASK_SERVICE, ActivityTypes.TASK_SEND_TASK,
        ActivityTypes.TASK_BUSINESS_RULE, ActivityTypes.CALL_ACTIVITY, ActivityTypes.BOUNDARY_TIMER,
        ActivityTypes.INTERMEDIATE_EVENT_TIMER, ActivityTypes.SUB_PROCESS, ActivityTypes.END_EVENT_NONE,
        ActivityTypes.MULTI_INSTANCE_BODY);
    // An execution not at any element is kept, as in full history.
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, new ExecutionEntity())).isTrue();
  }

  @Test
  void aBookkeepingTaskIsNamedForItsOwnProcessOnly() {
    LeanHistory level = (LeanHistory) engineLevel();
    ProcessDefinitionEntity action = new ProcessDefinitionEntity();
    action.setKey(ActionProcess.KEY);
    ProcessDefinitionEntity other = new ProcessDefinitionEntity();
    other.setKey(RecommendationProcess.KEY);

    assertThat(level.withoutActivityHistory(action.createActivity(ActionProcess.Element.PLAN_ACTION))).isTrue();
    assertThat(level.withoutActivityHistory(other.createActivity(ActionProcess.Element.PLAN_ACTION))).isFalse();
    assertThat(level.withoutActivityHistory(action.createActivity(ActionProcess.Element.RECORD_DATES))).isFalse();
  }

  @Test
  void anActionsHistoryHoldsItsTasksDecisionCallAndFiredReminderButNoGatewayNorJobCreation() {
    Action action = importedWithOwner(java.time.Instant.parse("2026-01-20T10:00:00Z"), "by March 2027");
    String pi = action.getProcessInstanceId();
    runUntil(pi, timer(pi, ActionProcess.Element.REMINDER_DUE).getDuedate().toInstant());
    while (sendNotifications() > 0) {
      // every e-mail asked for is sent, as the job executor would
    }
    String root = historyService.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getRootProcessInstanceId();

    List<String> types = jdbc.queryForList("select act_type_ from act_hi_actinst where root_proc_inst_id_ = ?",
        String.class, root);
    assertThat(types).contains(ActivityTypes.TASK_USER_TASK, ActivityTypes.TASK_BUSINESS_RULE,
        ActivityTypes.CALL_ACTIVITY, ActivityTypes.INTERMEDIATE_EVENT_TIMER, ActivityTypes.TASK_SEND_TASK)
        .doesNotContainAnyElementsOf(LeanHistory.ROUTING_ONLY);
    // The e-mails' service tasks are kept; the bookkeeping ones that ran (start, plan, owner, reminders) are not.
    assertThat(jdbc.queryForList("select act_id_ from act_hi_actinst where root_proc_inst_id_ = ?", String.class, root))
        .contains(ActionProcess.Element.ROUTE_ACTION, ActionProcess.Element.EMAIL_ASSIGNMENT,
            ActionProcess.Element.EMAIL_REMINDER)
        .doesNotContainAnyElementsOf(ActionBookkeeping.WITHOUT_ACTIVITY_HISTORY)
        .doesNotContain(RecommendationProcess.Element.LIST_ACTIONS);
    assertThat(jdbc.queryForList("select act_id_ from act_hi_actinst where proc_inst_id_ = ? and end_time_ is not null",
        String.class, pi)).contains(ActionProcess.Element.REMINDER_DUE);
    // The job log keeps how the reminder's timer ended, and the node that ran it; no job's creation.
    assertThat(jdbc.queryForList("select job_state_ from act_hi_job_log where process_instance_id_ = ? and act_id_ = ?",
        Integer.class, pi, ActionProcess.Element.REMINDER_DUE)).containsExactly(2);
    assertThat(jdbc.queryForObject("select count(*) from act_hi_job_log where root_proc_inst_id_ = ?", Long.class, root))
        .isPositive();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 0", Long.class)).isZero();
    // Every activity the engine started in history and has not ended is one the action is in now, and the reverse.
    assertThat(jdbc.queryForList("select id_ from act_hi_actinst where proc_inst_id_ = ? and end_time_ is null",
        String.class, pi)).containsExactlyInAnyOrderElementsOf(openActivityInstances(runtimeService.getActivityInstance(pi)));
  }

  private static List<String> openActivityInstances(ActivityInstance parent) {
    List<String> ids = new ArrayList<>();
    for (ActivityInstance child : parent.getChildActivityInstances()) {
      ids.add(child.getId());
      ids.addAll(openActivityInstances(child));
    }
    return ids;
  }

  private RepositoryServiceImpl repositoryService() {
    return (RepositoryServiceImpl) engine.getRepositoryService();
  }

  private static List<ActivityImpl> activitiesOf(ScopeImpl scope) {
    List<ActivityImpl> all = new ArrayList<>();
    for (ActivityImpl activity : scope.getActivities()) {
      all.add(activity);
      all.addAll(activitiesOf(activity));
    }
    return all;
  }

  private boolean bookkeepingElement(String processKey, String elementId) {
    return ActionProcess.KEY.equals(processKey) && ActionBookkeeping.WITHOUT_ACTIVITY_HISTORY.contains(elementId)
        || RecommendationProcess.KEY.equals(processKey) && RecommendationProcess.Element.LIST_ACTIONS.equals(elementId);
  }

  private HistoryLevel engineLevel() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
  }

  private static HistoricVariableUpdateEventEntity variable(String name) {
    HistoricVariableUpdateEventEntity event = new HistoricVariableUpdateEventEntity();
    event.setVariableName(name);
    return event;
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    if (node.isObject() && node.hasNonNull("key") && node.get("key").isTextual()) {
      keys.add(node.get("key").asText());
    }
    node.forEach(child -> collectKeys(child, keys));
  }
}
