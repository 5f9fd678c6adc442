package org.reviewactions.action;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.support.HistoryReaders;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** GET /api/actions/{id}/history: the action's own history for those who may read the action, 4xx naming why for others. */
@AutoConfigureMockMvc
class ActionHistoryApiTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;

  private HistoryReaders people;
  private Action mine;

  @BeforeEach
  void actionWithProgress() {
    people = HistoryReaders.create(identityService, roles, agency);
    var plan = people.plan();
    importPlan(plan);
    mine = actionsOf(recommendationsOf(plan).get(0)).get(0);
    completeAs(people.owner(), openTask(mine.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION,
        Value.SUBMIT_PROGRESS, Var.PROGRESS_AS_AT, "20/01/2026", Var.PROGRESS_TEXT, "Register designed"));
  }

  @Test
  void ownerAgencyRoutedChairsBoardAndPlanManagersReadTheActionsHistory() throws Exception {
    for (String reader : List.of(people.owner(), people.colleague(), TestPeople.CHAIR, TestPeople.BOARD, TestPeople.PLANNER)) {
      historyAs(reader).andExpect(status().isOk())
          .andExpect(jsonPath("$.actionId").value(mine.getId()))
          .andExpect(jsonPath("$.entries[*].kind", hasItem(HistoryKind.PROGRESS.name())))
          .andExpect(jsonPath("$.entries[*].text", hasItem(containsString("Register designed"))));
    }
  }

  @Test
  void anotherAgencysOwnerIsRefusedWith403NamingWhoMayRead() throws Exception {
    historyAs(people.otherOwner()).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail", containsString("Only the action's owner")))
        .andExpect(jsonPath("$.entries").doesNotExist());
  }

  @Test
  void chairsOfASubGroupTheActionIsNotRoutedToAreRefused() throws Exception {
    roles.ensureGroup("health-chairs", "Health sub-group chairs", "WORKFLOW");
    runtimeService.setVariable(mine.getProcessInstanceId(), Var.MONITORING_GROUP, "health-chairs");

    historyAs(TestPeople.CHAIR).andExpect(status().isForbidden());
    // Anyone in the routed sub-group reads it, whatever their agency.
    String healthChair = people.otherOwner();
    identityService.createMembership(healthChair, "health-chairs");
    historyAs(healthChair).andExpect(status().isOk());
  }

  @Test
  void unknownActionIs404AndNobodySignedInIs401() throws Exception {
    mvc.perform(get("/api/actions/999999999/history").header("Authorization", basic(TestPeople.BOARD)))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail", containsString("no action 999999999")));
    mvc.perform(get("/api/actions/" + mine.getId() + "/history")).andExpect(status().isUnauthorized());
  }

  private ResultActions historyAs(String user) throws Exception {
    return mvc.perform(get("/api/actions/" + mine.getId() + "/history").header("Authorization", basic(user)));
  }

  private static String basic(String user) {
    String password = user.startsWith("hist.") ? HistoryReaders.PASSWORD : "secret";
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
