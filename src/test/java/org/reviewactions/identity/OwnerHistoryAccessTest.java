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
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.support.HistoryReaders;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.ResponseEntity;

/**
 * The Camunda history of an action (REST, as Cockpit and scripts read it) answers its owner, its
 * agency's people and the board, and shows another agency's owner nothing of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OwnerHistoryAccessTest extends ProcessTestSupport {

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
  void ownerOutsideTheAgencyGroupReadsEveryHistoryListOfTheirOwnAction() throws Exception {
    String pi = mine.getProcessInstanceId();
    for (String list : LISTS) {
      assertThat(history(people.owner(), list, pi)).as(list).isNotEmpty();
    }
    assertThat(get(people.owner(), engineRest() + "/history/process-instance/" + pi).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(history(people.owner(), "task", pi)).extracting(t -> t.get("taskDefinitionKey").asText())
        .contains(Element.DELIVER_ACTION);
    assertThat(history(people.owner(), "variable-instance", pi)).extracting(v -> v.get("name").asText())
        .contains(Var.MONITORING_GROUP);
    // The identity link log takes no process instance filter; its entries name their task.
    assertThat(list(people.owner(), engineRest() + "/history/identity-link-log"))
        .anyMatch(link -> taskIdsOf(pi).contains(link.path("taskId").asText()));
  }

  @Test
  void agencyColleagueReadsTheHistoryOfTheAgencysActionWithoutOwningIt() throws Exception {
    String pi = mine.getProcessInstanceId();
    for (String list : LISTS) {
      assertThat(history(people.colleague(), list, pi)).as(list).isNotEmpty();
    }
    assertThat(get(people.colleague(), engineRest() + "/history/process-instance/" + pi).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anotherAgencysOwnerGetsNothingOfTheActionsHistoryNorItsVariables() throws Exception {
    String pi = mine.getProcessInstanceId();
    for (String list : LISTS) {
      assertThat(history(people.otherOwner(), list, pi)).as(list).isEmpty();
    }
    assertThat(get(people.otherOwner(), engineRest() + "/history/process-instance/" + pi).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // Unfiltered, they see their own action and nothing else.
    assertThat(list(people.otherOwner(), engineRest() + "/history/process-instance?processDefinitionKey=action"))
        .extracting(p -> p.get("id").asText()).containsExactly(theirs.getProcessInstanceId());
    assertThat(list(people.otherOwner(), engineRest() + "/history/variable-instance?variableName=" + Var.OWNER_ID))
        .extracting(v -> v.get("processInstanceId").asText()).containsOnly(theirs.getProcessInstanceId());
    for (String list : List.of("detail", "user-operation", "activity-instance")) {
      assertThat(list(people.otherOwner(), engineRest() + "/history/" + list)).as(list)
          .noneMatch(item -> pi.equals(item.path("processInstanceId").asText()));
    }
    assertThat(list(people.otherOwner(), engineRest() + "/history/identity-link-log"))
        .noneMatch(link -> taskIdsOf(pi).contains(link.path("taskId").asText()));
    assertThat(list(people.otherOwner(), engineRest() + "/history/task?taskAssignee=" + people.owner())).isEmpty();
  }

  @Test
  void boardReadsTheHistoryOfEveryAgencysAction() throws Exception {
    for (String pi : List.of(mine.getProcessInstanceId(), theirs.getProcessInstanceId())) {
      for (String list : List.of("process-instance", "activity-instance", "task", "variable-instance")) {
        assertThat(history(TestPeople.BOARD, list, pi)).as(list).isNotEmpty();
      }
    }
  }

  /**
   * Before: agency grants on the process and its history, plus one grant per open task (3 rows while
   * running). The engine's default with historic permissions on would add a historic-task grant per
   * task and candidate, kept after the action ends (5 after this walk, growing with every round).
   */
  @Test
  void historyGrantsGrowByPersonNotByTask() {
    String pi = mine.getProcessInstanceId();
    assertThat(grantsOn(pi)).containsExactlyInAnyOrder("PROCESS_INSTANCE:" + group(), "HISTORIC_PROCESS_INSTANCE:" + group(),
        "HISTORIC_PROCESS_INSTANCE:" + people.owner(), "TASK:" + people.owner());
    completeAs(people.owner(), openTask(pi, Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Audit report"));
    taskService.claim(openTask(pi, Element.VERIFY_EVIDENCE).getId(), TestPeople.CHAIR);
    completeAs(TestPeople.CHAIR, openTask(pi, Element.VERIFY_EVIDENCE), Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(grantsOn(pi)).containsExactlyInAnyOrder("HISTORIC_PROCESS_INSTANCE:" + group(),
        "HISTORIC_PROCESS_INSTANCE:" + people.owner(), "HISTORIC_PROCESS_INSTANCE:" + TestPeople.CHAIR);
  }

  private String group() {
    return AgencyGroups.agencyGroup(people.agency());
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

  private ResponseEntity<String> get(String user, String url) {
    String password = user.startsWith("hist.") ? HistoryReaders.PASSWORD : "secret";
    return rest.withBasicAuth(user, password).getForEntity(url, String.class);
  }
}
