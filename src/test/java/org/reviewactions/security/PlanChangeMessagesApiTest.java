package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.http.ResponseEntity;

/**
 * The messages that withdraw an action or re-plan it are the plan managers' to send, through the changes page and
 * its API, which record the reason: nobody may send them straight to the engine (or move the process by hand),
 * not even someone who may read the action.
 */
class PlanChangeMessagesApiTest extends EngineRestTestSupport {

  private Action action;

  @BeforeEach
  void anActionBeingDelivered() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Share information", "Set up the shared register", "by March 2027",
        TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    action = actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  @Test
  void nobodyWithdrawsOrReplansAnActionThroughTheEngineRestApi() {
    String pi = action.getProcessInstanceId();
    for (String user : new String[] {TestPeople.OWNER, TestPeople.CHAIR, TestPeople.LEAD, TestPeople.BOARD, TestPeople.PLANNER}) {
      for (String message : new String[] {ActionProcess.Message.WITHDRAWN, ActionProcess.Message.PLAN_CORRECTED}) {
        ResponseEntity<String> sent = post(user, "/engine-rest/message",
            Map.of("messageName", message, "processInstanceId", pi));
        assertThat(sent.getStatusCode().value()).as(user + " sends " + message + ": " + sent.getBody()).isIn(400, 403);
      }
      ResponseEntity<String> moved = post(user, "/engine-rest/process-instance/" + pi + "/modification", Map.of(
          "instructions", java.util.List.of(Map.of("type", "startBeforeActivity", "activityId", ActionProcess.Element.END_WITHDRAWN))));
      assertThat(moved.getStatusCode().value()).as(user + " modifies: " + moved.getBody()).isEqualTo(403);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isEqualTo(1);
    assertThat(openTask(pi, ActionProcess.Element.DELIVER_ACTION)).isNotNull();
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
  }
}
