package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.action.TaskContext;
import org.reviewactions.support.HistoryReaders;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.ResponseEntity;

/**
 * What the engine's REST API (as Cockpit, Tasklist and scripts read it) shows of an action: its owner works
 * on their own task and reads that task's variables; the board and the monitoring sub-group read every
 * action; nobody else reads anything of it, not even the agency's own people, who read the action's story
 * through the application instead ({@code /api/actions/{id}/history}). The engine grants nothing per action.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OwnerHistoryAccessTest extends ProcessTestSupport {

  private static final String HOSTILE = "[click](javascript:alert(1)) <script>window.x=1</script> *bold*";

  /** Every history list an owner could ask about one process instance. */
  private static final List<String> LISTS = List.of("process-instance", "activity-instance", "task",
      "variable-instance", "detail", "user-operation", "job-log");

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;

  private HistoryReaders people;
  private Action mine;
  private Action theirs;

  @BeforeEach
  void twoAgenciesWithOneActionEach() {
    people = HistoryReaders.create(identityService, roles, agency);
    var plan = people.plan();
    importPlan(plan);
    mine = actionsOf(recommendationsOf(plan).get(0)).get(0);
    theirs = actionsOf(recommendationsOf(plan).get(1)).get(0);
    // A progress report leaves a completed task, form details and a user operation in the history.
    completeAs(people.owner(), openTask(mine.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION,
        Value.SUBMIT_PROGRESS, Var.PROGRESS_AS_AT, "20/01/2026", Var.PROGRESS_TEXT, "Register designed"));
  }

  @Test
  void ownerWorksOnTheirTaskAndReadsItsVariablesButNotTheEngineHistory() throws Exception {
    String pi = mine.getProcessInstanceId();
    String task = openTask(pi, Element.DELIVER_ACTION).getId();
    assertThat(list(people.owner(), engineRest() + "/task?processInstanceId=" + pi)).extracting(t -> t.get("id").asText())
        .containsExactly(task);
    assertThat(get(people.owner(), engineRest() + "/task/" + task + "/form-variables").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list(people.owner(), engineRest() + "/variable-instance?taskIdIn=" + task)).isNotEmpty();
    for (String list : LISTS) {
      assertThat(history(people.owner(), list, pi)).as(list).isEmpty();
    }
    assertThat(storyAs(people.owner()).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void agencyColleagueReadsTheActionsStoryThroughTheApplicationAndNothingThroughTheEngine() throws Exception {
    String pi = mine.getProcessInstanceId();
    for (String list : LISTS) {
      assertThat(history(people.colleague(), list, pi)).as(list).isEmpty();
    }
    assertThat(list(people.colleague(), engineRest() + "/process-instance?processInstanceIds=" + pi)).isEmpty();
    assertThat(list(people.colleague(), engineRest() + "/task?processInstanceId=" + pi)).isEmpty();
    ResponseEntity<String> story = storyAs(people.colleague());
    assertThat(story.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(story.getBody()).contains("Register designed");
  }

  @Test
  void anotherAgencysOwnerGetsNothingOfTheActionsTasksVariablesOrHistory() throws Exception {
    String pi = mine.getProcessInstanceId();
    String task = openTask(pi, Element.DELIVER_ACTION).getId();
    for (String list : LISTS) {
      assertThat(history(people.otherOwner(), list, pi)).as(list).isEmpty();
    }
    assertThat(get(people.otherOwner(), engineRest() + "/history/process-instance/" + pi).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(list(people.otherOwner(), engineRest() + "/history/process-instance?processDefinitionKey=action"))
        .extracting(p -> p.get("id").asText()).doesNotContain(pi);
    assertThat(list(people.otherOwner(), engineRest() + "/history/variable-instance?variableName=" + Var.OWNER_ID))
        .extracting(v -> v.get("processInstanceId").asText()).doesNotContain(pi);
    for (String list : List.of("detail", "user-operation", "activity-instance")) {
      assertThat(list(people.otherOwner(), engineRest() + "/history/" + list)).as(list)
          .noneMatch(item -> pi.equals(item.path("processInstanceId").asText()));
    }
    assertThat(list(people.otherOwner(), engineRest() + "/history/identity-link-log"))
        .noneMatch(link -> taskIdsOf(pi).contains(link.path("taskId").asText()));
    assertThat(list(people.otherOwner(), engineRest() + "/history/task?taskAssignee=" + people.owner())).isEmpty();
    // Nor the running action: its task, its variables, the process.
    assertThat(list(people.otherOwner(), engineRest() + "/task?processInstanceId=" + pi)).isEmpty();
    assertThat(get(people.otherOwner(), engineRest() + "/task/" + task).getStatusCode().is4xxClientError()).isTrue();
    assertThat(get(people.otherOwner(), engineRest() + "/task/" + task + "/variables").getStatusCode().is4xxClientError())
        .isTrue();
    assertThat(list(people.otherOwner(), engineRest() + "/variable-instance?processInstanceIdIn=" + pi)).isEmpty();
    assertThat(list(people.otherOwner(), engineRest() + "/process-instance?processInstanceIds=" + pi)).isEmpty();
    // Their own task stays theirs.
    assertThat(list(people.otherOwner(), engineRest() + "/task")).extracting(t -> t.get("processInstanceId").asText())
        .containsExactly(theirs.getProcessInstanceId());
  }

  @Test
  void boardAndChairsReadTheHistoryOfEveryAgencysAction() throws Exception {
    for (String reader : List.of(TestPeople.BOARD, TestPeople.CHAIR)) {
      for (String pi : List.of(mine.getProcessInstanceId(), theirs.getProcessInstanceId())) {
        for (String list : List.of("process-instance", "activity-instance", "task", "variable-instance")) {
          assertThat(history(reader, list, pi)).as(reader + " " + list).isNotEmpty();
        }
      }
    }
  }

  /**
   * Earlier: read grants for the agency on the process and its history and for each assignee on the
   * history (four rows per action while it ran, two or more after). Now only the engine's task links:
   * one grant per open task for whoever it is offered to, gone with the task.
   */
  @Test
  void authorizationRowsDoNotGrowWithActionsBeyondTheOpenTasks() {
    String pi = mine.getProcessInstanceId();
    assertThat(grantsOn(pi)).containsExactly("TASK:" + people.owner());
    long before = engine.getAuthorizationService().createAuthorizationQuery().count();
    long openTasks = taskService.createTaskQuery().count();
    TestPlan more = TestPlan.plan()
        .action("1", "Share information", "Set up a shared register", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency)
        .action("1", "Share information", "Train every team", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency)
        .action("2", "Audit", "Audit the register", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(more);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count() - before)
        .as("one grant per task opened").isEqualTo(taskService.createTaskQuery().count() - openTasks);

    completeAs(people.owner(), openTask(pi, Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Audit report"));
    Task verify = openTask(pi, Element.VERIFY_EVIDENCE);
    // The chairs read every task through their group's grant, so their task grant only lets them work on it.
    Authorization chairs = engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(verify.getId()).singleResult();
    assertThat(chairs.getGroupId()).isEqualTo("subgroup-chairs");
    assertThat(chairs.getPermissions(new Permission[] {Permissions.READ, Permissions.TASK_WORK}))
        .containsExactly(Permissions.TASK_WORK);
    identityService.setAuthentication(TestPeople.CHAIR, roles.groupIds(TestPeople.CHAIR));
    taskService.claim(verify.getId(), TestPeople.CHAIR);
    identityService.clearAuthentication();
    completeAs(TestPeople.CHAIR, openTask(pi, Element.VERIFY_EVIDENCE), Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(grantsOn(pi)).isEmpty();
  }

  /*
   * The action's context a form shows is worked out from the plan tables when Tasklist reads the task's form variables
   * (GET /task/{id}/form-variables): the engine answers only whoever may read the task's variables, the values are the
   * task's own action's, and text the owner typed stays text in the form's Markdown views.
   */

  @Test
  void anotherAgencysOwnerWithATaskOfTheirOwnIsRefusedTheFormValuesOfThisTask() throws Exception {
    String task = openTask(mine.getProcessInstanceId(), Element.DELIVER_ACTION).getId();
    String theirTask = openTask(theirs.getProcessInstanceId(), Element.DELIVER_ACTION).getId();
    assertThat(get(people.otherOwner(), formVariables(theirTask)).getStatusCode()).isEqualTo(HttpStatus.OK);

    for (String url : new String[] {formVariables(task), formVariables(task) + "?variableNames=" + TaskContext.HISTORY
        + "," + TaskContext.ACTION_DESCRIPTION, engineRest() + "/task/" + task + "/rendered-form"}) {
      ResponseEntity<String> refused = get(people.otherOwner(), url);
      assertThat(refused.getStatusCode()).as(url).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).as(url).doesNotContain("Set up a shared register").doesNotContain(agency);
    }
  }

  @Test
  void theOwnerReadsTheirOwnActionsContextAndNoOtherActionsFromTheFormVariables() throws Exception {
    String task = openTask(mine.getProcessInstanceId(), Element.DELIVER_ACTION).getId();
    ResponseEntity<String> response = get(people.owner(), formVariables(task));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode values = json.readTree(response.getBody());
    assertThat(values.path(TaskContext.ACTION_DESCRIPTION).path("value").asText()).isEqualTo("Set up a shared register");
    assertThat(values.path(TaskContext.ACTION_DESCRIPTION).path("type").asText()).isEqualTo("String");
    assertThat(values.path(TaskContext.AGENCY).path("value").asText()).isEqualTo(agency);
    assertThat(values.path(TaskContext.EVIDENCE_URL).path("value").asText())
        .isEqualTo("/actions/" + mine.getId() + "/evidence-files?task=" + task);
    assertThat(values.has(TaskContext.HISTORY)).isTrue();
    assertThat(response.getBody()).doesNotContain("Train every team").doesNotContain(people.otherAgency());
    // Named variables only: the rest is not worked out, nor sent.
    JsonNode some = json.readTree(get(people.owner(), formVariables(task) + "?variableNames=" + TaskContext.AGENCY).getBody());
    assertThat(some.fieldNames()).toIterable().containsExactly(TaskContext.AGENCY);
    // The rendered form stays as the engine answers it for a Camunda Form: no generated form from the context.
    ResponseEntity<String> rendered = get(people.owner(), engineRest() + "/task/" + task + "/rendered-form");
    assertThat(rendered.getStatusCode().is5xxServerError()).isFalse();
    assertThat(String.valueOf(rendered.getBody())).doesNotContain(TaskContext.HISTORY);
  }

  @Test
  void theOwnersTextReachesTheVerifiersFormEscapedWhenWorkedOutOnRead() throws Exception {
    completeAs(people.owner(), openTask(mine.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION,
        Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, "Register live " + HOSTILE, Var.EVIDENCE_REFERENCES, HOSTILE));
    Task verify = openTask(mine.getProcessInstanceId(), Element.VERIFY_EVIDENCE);
    ResponseEntity<String> response = get(TestPeople.CHAIR, formVariables(verify.getId()));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode values = json.readTree(response.getBody());
    String links = values.path(TaskContext.EVIDENCE_LINKS).path("value").asText();
    assertThat(links).contains("\\<script\\>").contains("\\[click\\]").contains("\\*bold\\*")
        .doesNotContain("<script>").doesNotContain("](javascript");
    // The evidence under review is the one this verification was created for.
    assertThat(values.path(TaskContext.EVIDENCE).path("value").asText()).contains("Register live");
  }

  private Set<String> taskIdsOf(String pi) {
    Set<String> ids = new HashSet<>();
    historyService.createHistoricTaskInstanceQuery().processInstanceId(pi).list().stream()
        .map(HistoricTaskInstance::getId).forEach(ids::add);
    return ids;
  }

  /** Grants on the process instance and on any of its tasks, as resource:who. */
  private List<String> grantsOn(String pi) {
    Set<String> ids = new HashSet<>(List.of(pi));
    ids.addAll(taskIdsOf(pi));
    List<String> grants = new ArrayList<>();
    for (String id : ids) {
      for (Authorization a : engine.getAuthorizationService().createAuthorizationQuery().resourceId(id).list()) {
        String resource = a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType() ? "PROCESS_INSTANCE"
            : a.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType() ? "HISTORIC_PROCESS_INSTANCE"
            : a.getResourceType() == Resources.TASK.resourceType() ? "TASK"
            : a.getResourceType() == Resources.HISTORIC_TASK.resourceType() ? "HISTORIC_TASK" : "other";
        grants.add(resource + ":" + (a.getGroupId() != null ? a.getGroupId() : a.getUserId()));
      }
    }
    return grants;
  }

  /** The REST API of this test's engine, which has a name of its own so test contexts do not share one. */
  private String engineRest() {
    return "/engine-rest/engine/" + engine.getName();
  }

  private String formVariables(String taskId) {
    return engineRest() + "/task/" + taskId + "/form-variables";
  }

  private List<JsonNode> history(String user, String list, String pi) throws Exception {
    return list(user, engineRest() + "/history/" + list + "?processInstanceId=" + pi);
  }

  private List<JsonNode> list(String user, String url) throws Exception {
    ResponseEntity<String> response = get(user, url);
    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
    List<JsonNode> items = new ArrayList<>();
    json.readTree(response.getBody()).forEach(items::add);
    return items;
  }

  private ResponseEntity<String> storyAs(String user) {
    return get(user, "/api/actions/" + mine.getId() + "/history");
  }

  private ResponseEntity<String> get(String user, String url) {
    String password = user.startsWith("hist.") ? HistoryReaders.PASSWORD : "secret";
    return rest.withBasicAuth(user, password).getForEntity(url, String.class);
  }
}
