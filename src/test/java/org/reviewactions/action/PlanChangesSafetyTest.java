package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The attacks on plan changes, each written before its guard: anyone but a plan manager, a forged post, an unknown
 * action, a missing or huge reason, extra JSON fields aimed at the engine, hostile text, and an engine that fails
 * after the plan was changed (nothing may stay half-saved).
 */
@AutoConfigureMockMvc
class PlanChangesSafetyTest extends ProcessTestSupport {

  private static final String HOSTILE = "<script>alert(1)</script> ${7*7} #{7*7} =HYPERLINK(\"http://evil.example\",\"x\")";
  /** The five changes: address under /api and its JSON body, page form and its fields. */
  private static final String[][] API = {
      {"/dates", "{\"dueDate\":\"30/06/2027\",\"reason\":\"%s\"}"},
      {"/withdrawal", "{\"reason\":\"%s\"}"},
      {"/text", "{\"description\":\"New text\",\"reason\":\"%s\"}"},
      {"/responsible", "{\"responsible\":\"Named Nurse\",\"reason\":\"%s\"}"}};

  @Autowired MockMvc mvc;

  private Action action;
  private Long recommendationId;

  @BeforeEach
  void anActionBeingDelivered() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("1", "Share information", "Set up the shared register", "by March 2027",
        TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    recommendationId = recommendationsOf(plan).get(0).getId();
    action = actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  @AfterEach
  void resumeAnythingSuspended() {
    if (processOf(action) != null && processOf(action).isSuspended()) {
      runtimeService.activateProcessInstanceById(action.getProcessInstanceId());
    }
  }

  private ResultActions api(String user, String address, String json) throws Exception {
    return mvc.perform(post(address).header("Authorization", SignIn.basic(user)).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  private String addedActionJson(String reason) {
    return "{\"description\":\"Audit\",\"agency\":\"" + agency + "\",\"responsible\":\"" + TestPeople.ROLE_WITH_HOLDER
        + "\",\"timescale\":\"by June 2027\",\"reason\":\"" + reason + "\"}";
  }

  private void assertUnchanged() {
    Action now = actions.get(action.getId());
    assertThat(now.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(now.getDueDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(now.getDescription()).isEqualTo("Set up the shared register");
    assertThat(now.getResponsible()).isEqualTo(TestPeople.ROLE_WITH_HOLDER);
    assertThat(actionsOf(recommendations.get(recommendationId))).hasSize(1);
    assertThat(actions.history(action.getId())).extracting(HistoryEntry::getKind).doesNotContain(
        HistoryKind.DATES_CORRECTED.name(), HistoryKind.WITHDRAWN.name(), HistoryKind.TEXT_EDITED.name(),
        HistoryKind.RESPONSIBLE_CHANGED.name());
    assertThat(openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION)).isNotNull();
  }

  @Test
  void everyoneButAPlanManagerIsRefusedOnEveryEndpointAndForm() throws Exception {
    for (String user : new String[] {TestPeople.OWNER, TestPeople.CHAIR, TestPeople.LEAD, TestPeople.BOARD}) {
      for (String[] change : API) {
        api(user, "/api/actions/" + action.getId() + change[0], change[1].formatted("because")).andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
      }
      api(user, "/api/recommendations/" + recommendationId + "/actions", addedActionJson("because")).andExpect(status().isForbidden());
      MockHttpSession session = SignIn.session(mvc, user);
      mvc.perform(get("/actions/" + action.getId() + "/changes").session(session)).andExpect(status().isForbidden());
      for (String form : new String[] {"dates", "withdrawal", "text", "responsible", "added-action"}) {
        mvc.perform(post("/actions/" + action.getId() + "/changes/" + form).session(session).with(csrf())
            .param("reason", "because").param("dueDate", "30/06/2027").param("description", "New text")
            .param("responsible", "Named Nurse").param("agency", agency)).andExpect(status().isForbidden());
      }
    }
    assertUnchanged();
  }

  @Test
  void aForgedPageFormWithoutTheCsrfTokenChangesNothing() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/actions/" + action.getId() + "/changes/withdrawal").session(planner).param("reason", "forged"))
        .andExpect(status().isForbidden());
    assertUnchanged();
  }

  @Test
  void anUnknownActionOrRecommendationIsNotFound() throws Exception {
    for (String[] change : API) {
      api(TestPeople.PLANNER, "/api/actions/999999999" + change[0], change[1].formatted("because"))
          .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value(containsString("999999999")));
    }
    api(TestPeople.PLANNER, "/api/recommendations/999999999/actions", addedActionJson("because")).andExpect(status().isNotFound());
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(get("/actions/999999999/changes").session(planner)).andExpect(status().isNotFound());
    mvc.perform(post("/actions/999999999/changes/withdrawal").session(planner).with(csrf()).param("reason", "because"))
        .andExpect(status().isNotFound());
  }

  @Test
  void aMissingBlankOrHugeReasonIsRefusedNamingTheReason() throws Exception {
    for (String reason : new String[] {"", "   ", "x".repeat(PlanChanges.REASON_MAX + 1)}) {
      for (String[] change : API) {
        api(TestPeople.PLANNER, "/api/actions/" + action.getId() + change[0], change[1].formatted(reason))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"))
            .andExpect(jsonPath("$.detail").value(containsString("reason")));
      }
      api(TestPeople.PLANNER, "/api/recommendations/" + recommendationId + "/actions", addedActionJson(reason))
          .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
    }
    api(TestPeople.PLANNER, "/api/actions/" + action.getId() + "/withdrawal", "{}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("reason"));
    api(TestPeople.PLANNER, "/api/actions/" + action.getId() + "/withdrawal", "").andExpect(status().isBadRequest());
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/actions/" + action.getId() + "/changes/withdrawal").session(planner).with(csrf()))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Give the reason for the change")))
        .andExpect(content().string(containsString("href=\"#withdrawal-reason\"")));
    assertUnchanged();
  }

  @Test
  void badDatesAreRefusedWithAMessage() throws Exception {
    String address = "/api/actions/" + action.getId() + "/dates";
    api(TestPeople.PLANNER, address, "{\"dueDate\":\"1/1/2020\",\"reason\":\"typo\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("dueDate")).andExpect(jsonPath("$.detail").value(containsString("in the past")));
    api(TestPeople.PLANNER, address, "{\"startDate\":\"1/8/2027\",\"dueDate\":\"30/6/2027\",\"reason\":\"typo\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("before the start date")));
    api(TestPeople.PLANNER, address, "{\"dueDate\":\"2027-06-30\",\"reason\":\"typo\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("day/month/year")));
    api(TestPeople.PLANNER, address, "{\"dueDate\":\"31/02/2027\",\"reason\":\"typo\"}").andExpect(status().isBadRequest());
    assertUnchanged();
  }

  @Test
  void hugeTextsAndUnknownAgenciesAreRefusedNamingTheField() throws Exception {
    String id = "/api/actions/" + action.getId();
    api(TestPeople.PLANNER, id + "/text", "{\"description\":\"" + "x".repeat(PlanChanges.TEXT_MAX + 1) + "\",\"reason\":\"r\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("description"));
    api(TestPeople.PLANNER, id + "/responsible", "{\"responsible\":\"" + "x".repeat(PlanChanges.RESPONSIBLE_MAX + 1)
        + "\",\"reason\":\"r\"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("responsible"));
    api(TestPeople.PLANNER, id + "/responsible", "{\"responsible\":\"Named Nurse\",\"agency\":\"Somewhere else\",\"reason\":\"r\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("agency"));
    api(TestPeople.PLANNER, id + "/text", "{\"description\":[1,2],\"reason\":\"r\"}").andExpect(status().isBadRequest());
    assertUnchanged();
  }

  @Test
  void extraJsonFieldsNeverReachTheEngineOrThePlan() throws Exception {
    api(TestPeople.PLANNER, "/api/actions/" + action.getId() + "/dates", "{\"dueDate\":\"30/06/2027\",\"reason\":\"typo\","
        + "\"status\":\"COMPLETE\",\"ownerUserId\":\"board1\",\"processVariables\":{\"ownerId\":\"board1\"},"
        + "\"variables\":{\"evidenceAccepted\":true},\"actionId\":1,\"messageName\":\"ActionWithdrawn\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.dueDate").value("30/06/2027"))
        .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    Action now = actions.get(action.getId());
    assertThat(now.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(now.getOwnerUserId()).isEqualTo(TestPeople.OWNER);
    assertThat(runtimeService.getVariable(action.getProcessInstanceId(), ActionProcess.Var.OWNER_ID)).isEqualTo(TestPeople.OWNER);
    assertThat(runtimeService.getVariable(action.getProcessInstanceId(), "processVariables")).isNull();
    assertThat(runtimeService.getVariable(action.getProcessInstanceId(), ActionProcess.Var.EVIDENCE_ACCEPTED)).isNull();
    assertThat(openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION)).isNotNull();
  }

  @Test
  void hostileTextIsStoredAndShownAsText() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/actions/" + action.getId() + "/changes/text").session(planner).with(csrf())
        .param("description", HOSTILE).param("reason", HOSTILE)).andExpect(status().is3xxRedirection());

    assertThat(actions.get(action.getId()).getDescription()).isEqualTo(HOSTILE);
    Task deliver = openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
    assertThat(deliver.getDescription()).isEqualTo(HOSTILE);
    assertThat(actions.historyText(action.getId())).contains("${7*7} #{7*7}").contains("=HYPERLINK(");
    String page = mvc.perform(get("/actions/" + action.getId() + "/changes").session(planner)).andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; ${7*7}")))
        .andReturn().getResponse().getContentAsString();
    assertThat(page.replaceAll("value=\"[^\"]*\"", "")).doesNotContain("<script>alert(1)");
  }

  @Test
  void nothingIsHalfSavedWhenTheEngineRefusesTheChange() throws Exception {
    // A suspended process takes no message: the plan's row and history were changed first, and must be rolled back.
    runtimeService.suspendProcessInstanceById(action.getProcessInstanceId());
    api(TestPeople.PLANNER, "/api/actions/" + action.getId() + "/dates", "{\"dueDate\":\"30/06/2027\",\"reason\":\"typo\"}")
        .andExpect(status().isConflict());
    api(TestPeople.PLANNER, "/api/actions/" + action.getId() + "/withdrawal", "{\"reason\":\"gone\"}")
        .andExpect(status().isConflict());
    runtimeService.activateProcessInstanceById(action.getProcessInstanceId());
    assertUnchanged();
  }

  @Test
  void aPlanManagerChangesTheActionOnItsPage() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(get("/actions/" + action.getId() + "/changes").session(planner)).andExpect(status().isOk())
        .andExpect(content().string(containsString("Correct the dates")))
        .andExpect(content().string(containsString("value=\"31/03/2027\"")));
    mvc.perform(post("/actions/" + action.getId() + "/changes/dates").session(planner).with(csrf())
        .param("dueDate", "30/06/2027").param("reason", "Agreed at the board")).andExpect(status().is3xxRedirection());
    assertThat(actions.get(action.getId()).getDueDate()).isEqualTo(LocalDate.of(2027, 6, 30));
    mvc.perform(post("/actions/" + action.getId() + "/changes/dates").session(planner).with(csrf())
        .param("dueDate", "1/1/2020").param("reason", "typo")).andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("is in the past")));
    mvc.perform(post("/actions/" + action.getId() + "/changes/withdrawal").session(planner).with(csrf())
        .param("reason", "Duplicate")).andExpect(status().is3xxRedirection());
    mvc.perform(post("/actions/" + action.getId() + "/changes/withdrawal").session(planner).with(csrf())
        .param("reason", "Again")).andExpect(status().isConflict()).andExpect(content().string(containsString("withdrawn")));
    mvc.perform(get("/actions/" + action.getId() + "/changes").session(planner)).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Correct the dates</h2>"))))
        .andExpect(content().string(containsString("Withdrawn")));
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.WITHDRAWN);
    api(TestPeople.PLANNER, "/api/actions/" + action.getId() + "/text", "{\"description\":\"x\",\"reason\":\"y\"}")
        .andExpect(status().isConflict());
  }

  @Test
  void anActionAddedThroughTheApiStartsAtOnce() throws Exception {
    api(TestPeople.PLANNER, "/api/recommendations/" + recommendationId + "/actions", addedActionJson("The board asked"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
    api(TestPeople.PLANNER, "/api/recommendations/" + recommendationId + "/actions",
        "{\"description\":\"Audit\",\"agency\":\"No such agency\",\"responsible\":\"Role\",\"reason\":\"r\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("agency"));
    assertThat(actionsOf(recommendations.get(recommendationId))).hasSize(2)
        .allSatisfy(a -> assertThat(a.getProcessInstanceId()).isNotNull());
  }
}
