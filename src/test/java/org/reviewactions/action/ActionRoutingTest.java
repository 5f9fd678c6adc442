package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.core.io.ClassPathResource;

/**
 * The routing table ({@code processes/action-routing.dmn}) as the action process evaluates it: its
 * default row gives the configured groups, and a row for an agency sends that agency's verification,
 * extension and lapse tasks elsewhere, and so does a row for a review. The engine evaluates FEEL with its own
 * {@code operations/ReusingFeelEngine}: rows written as the table's description says decide as with the engine's stock
 * FEEL engine.
 */
class ActionRoutingTest extends ProcessTestSupport {

  private Action startedAction() {
    return importedWithOwner(Instant.parse("2026-03-02T10:00:00Z"), "by March 2027");
  }

  private String changedTable() throws IOException {
    return table("routing/action-routing-with-agency-row.dmn");
  }

  private static String table(String resource) throws IOException {
    return new String(new ClassPathResource(resource).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /** {@link #importedWithOwner} for a plan made beforehand, so a table can name its review. */
  private Action importedWithOwner(TestPlan plan, String actionAgency) {
    ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2026-03-02T10:00:00Z")));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, actionAgency, TestPeople.OWNER);
    importPlan(plan.published("2026-01-15").action("1", "Share information about dangerous adults",
        "Set up the shared register", "by March 2027", TestPeople.ROLE_WITH_HOLDER, actionAgency));
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  private void submitEvidence(ProcessInstance pi) {
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live since May", Var.EVIDENCE_REFERENCES, "Register audit report 2026"));
  }

  @Test
  void everyAgencyAndReviewGoesToTheConfiguredGroupsByDefault() {
    for (String agencyName : new String[] {"Kingston Hospital", "OSCB"}) {
      assertThat(engine.getDecisionService().evaluateDecisionByKey(ActionProcess.ROUTING_DECISION)
          .variables(Map.of(Var.AGENCY, agencyName, Var.REVIEW_REF, "SCR-BABY-A",
              Var.DEFAULT_CHAIR_GROUP, "configured-chairs", Var.DEFAULT_BOARD_GROUP, "configured-board"))
          .evaluate().getSingleResult().getEntryMap())
          .isEqualTo(Map.of("chairGroup", "configured-chairs", "boardGroup", "configured-board"));
    }
  }

  @Test
  void theProcessRoutesTheActionInTheDiagramWhereCockpitShowsTheDecision() {
    Action action = startedAction();
    ProcessInstance pi = processOf(action);

    // Starting the action and resolving its owner keep no activity history (bookkeeping): the decision's input
    // below (the agency the start set) shows the start ran first, the assignment e-mail that the owner came after.
    assertThat(pi).hasPassedInOrder(Element.ROUTE_ACTION, Element.EMAIL_ASSIGNMENT);
    assertThat(runtimeService.getVariable(pi.getId(), Var.MONITORING_GROUP)).isEqualTo("subgroup-chairs");
    assertThat(runtimeService.getVariable(pi.getId(), Var.BOARD_GROUP)).isEqualTo("board");
    HistoricDecisionInstance decision = historyService.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
        .decisionDefinitionKey(ActionProcess.ROUTING_DECISION).includeInputs().includeOutputs().singleResult();
    assertThat(decision.getActivityId()).isEqualTo(Element.ROUTE_ACTION);
    assertThat(decision.getInputs()).extracting(i -> i.getValue()).contains(agency);
    assertThat(decision.getOutputs()).extracting(o -> o.getValue()).containsExactlyInAnyOrder("subgroup-chairs", "board");

    submitEvidence(pi);
    assertThat(openTask(pi.getId(), Element.VERIFY_EVIDENCE)).hasCandidateGroup("subgroup-chairs");
  }

  @Test
  void aRowForTheAgencyGivesItsVerificationToAnotherChairGroup() throws IOException {
    String table = changedTable().replace("AGENCY_UNDER_TEST", agency);
    // A board changes the table without a release: the process evaluates the latest version.
    Deployment changed = engine.getRepositoryService().createDeployment().name("routing test")
        .addString("action-routing.dmn", table).deploy();
    try {
      Action action = startedAction();
      ProcessInstance pi = processOf(action);
      assertThat(runtimeService.getVariable(pi.getId(), Var.MONITORING_GROUP)).isEqualTo("agency-chairs");
      assertThat(runtimeService.getVariable(pi.getId(), Var.BOARD_GROUP)).isEqualTo("agency-board");

      submitEvidence(pi);
      assertThat(taskService.getIdentityLinksForTask(openTask(pi.getId(), Element.VERIFY_EVIDENCE).getId()))
          .extracting(link -> link.getGroupId()).containsExactly("agency-chairs");

      // Every other agency keeps the configured groups.
      agency = agency + " other";
      assertThat(runtimeService.getVariable(processOf(startedAction()).getId(), Var.MONITORING_GROUP)).isEqualTo("subgroup-chairs");
    } finally {
      engine.getRepositoryService().deleteDeployment(changed.getId(), true);
    }
  }

  @Test
  void aTableThatMatchesNoRowLeavesTheWorkWithTheConfiguredGroups() throws IOException {
    String withoutDefault = changedTable().replaceAll("(?s)<rule id=\"Rule_Default\">.*?</rule>", "");
    Deployment changed = engine.getRepositoryService().createDeployment().name("routing test without a default row")
        .addString("action-routing.dmn", withoutDefault).deploy();
    try {
      ProcessInstance pi = processOf(startedAction());
      assertThat(historyService.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId()).includeOutputs()
          .singleResult().getOutputs()).isEmpty();
      assertThat(runtimeService.getVariable(pi.getId(), Var.MONITORING_GROUP)).isEqualTo("subgroup-chairs");
      assertThat(runtimeService.getVariable(pi.getId(), Var.BOARD_GROUP)).isEqualTo("board");
    } finally {
      engine.getRepositoryService().deleteDeployment(changed.getId(), true);
    }
  }

  @Test
  void aRowForTheReviewGivesItsWorkToOtherGroups() throws IOException {
    TestPlan plan = TestPlan.plan();
    String table = table("routing/action-routing-with-review-row.dmn").replace("REVIEW_UNDER_TEST", plan.reviewRef())
        .replace("AGENCY_UNDER_TEST", agency + " elsewhere");
    Deployment changed = engine.getRepositoryService().createDeployment().name("routing test for a review")
        .addString("action-routing.dmn", table).deploy();
    try {
      ProcessInstance pi = processOf(importedWithOwner(plan, agency));
      assertThat(runtimeService.getVariable(pi.getId(), Var.MONITORING_GROUP)).isEqualTo("review-chairs");
      assertThat(runtimeService.getVariable(pi.getId(), Var.BOARD_GROUP)).isEqualTo("review-board");
      submitEvidence(pi);
      assertThat(taskService.getIdentityLinksForTask(openTask(pi.getId(), Element.VERIFY_EVIDENCE).getId()))
          .extracting(link -> link.getGroupId()).containsExactly("review-chairs");

      // The same agency in another review keeps the configured groups.
      assertThat(runtimeService.getVariable(processOf(startedAction()).getId(), Var.MONITORING_GROUP)).isEqualTo("subgroup-chairs");
    } finally {
      engine.getRepositoryService().deleteDeployment(changed.getId(), true);
    }
  }

  @Test
  void rowsWrittenAsTheTableSaysDecideAsWithTheEnginesStockFeelEngine() throws IOException {
    String table = table("routing/action-routing-with-review-row.dmn").replace("REVIEW_UNDER_TEST", "SCR-ROUTED")
        .replace("AGENCY_UNDER_TEST", "Routed Agency");
    Deployment changed = engine.getRepositoryService().createDeployment().name("routing test, stock FEEL")
        .addString("action-routing.dmn", table).deploy();
    // A DMN engine as Camunda builds it by default: feel-engine's own evaluation, no plugin.
    DmnEngine stock = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision stockDecision = stock.parseDecision(ActionProcess.ROUTING_DECISION,
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
    try {
      // Otherwise this would compare the stock engine with itself.
      assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngineConfiguration()
          .getFeelEngine().getClass().getSimpleName()).isEqualTo("ReusingFeelEngine");
      List<String> outcomes = new ArrayList<>();
      for (String agencyName : new String[] {"Routed Agency", "Other Agency", "routed agency", "", null}) {
        for (String review : new String[] {"SCR-ROUTED", "SCR-OTHER", null}) {
          Map<String, Object> variables = new HashMap<>();
          variables.put(Var.AGENCY, agencyName);
          variables.put(Var.REVIEW_REF, review);
          variables.put(Var.DEFAULT_CHAIR_GROUP, "configured-chairs");
          variables.put(Var.DEFAULT_BOARD_GROUP, "configured-board");
          List<Map<String, Object>> ours = engine.getDecisionService().evaluateDecisionByKey(ActionProcess.ROUTING_DECISION)
              .variables(variables).evaluate().getResultList();
          assertThat(ours).as(agencyName + " / " + review).isEqualTo(stock.evaluateDecision(stockDecision, variables).getResultList());
          outcomes.add(agencyName + " / " + review + " -> " + ours.get(0).get("chairGroup") + ", " + ours.get(0).get("boardGroup"));
        }
      }
      // The first matching row wins: the review's row, then the agency's, then the configured groups.
      assertThat(outcomes).contains("Routed Agency / SCR-ROUTED -> review-chairs, review-board",
          "Other Agency / SCR-ROUTED -> review-chairs, review-board", "Routed Agency / SCR-OTHER -> agency-chairs, agency-board",
          "Routed Agency / null -> agency-chairs, agency-board", "routed agency / SCR-OTHER -> configured-chairs, configured-board",
          "null / null -> configured-chairs, configured-board");
    } finally {
      engine.getRepositoryService().deleteDeployment(changed.getId(), true);
    }
  }
}
