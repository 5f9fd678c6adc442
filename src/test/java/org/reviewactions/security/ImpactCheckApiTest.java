package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.plan.RecommendationProcess.Element;
import org.reviewactions.plan.RecommendationProcess.Value;
import org.reviewactions.plan.RecommendationProcess.Var;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.RecommendationStatus;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The impact check's two forms through the REST API, as a signed-in sub-group chair who knows it: only the forms'
 * fields are taken, a bad or past date is a 400 naming the field, and a refused completion saves nothing.
 */
class ImpactCheckApiTest extends EngineRestTestSupport {

  @Autowired JdbcTemplate jdbc;

  private Recommendation rec;

  private String awaitingConfirmation() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("3", "Monitor how Board agencies will evidence the impact of lessons learned",
        "Audit of supervision records", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    rec = recommendationsOf(plan).get(0);
    Action action = actionsOf(rec).get(0);
    Task deliver = openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
    completeAs(deliver.getAssignee(), deliver, Map.of(ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_EVIDENCE,
        ActionProcess.Var.EVIDENCE_SUMMARY, "Done", ActionProcess.Var.EVIDENCE_REFERENCES, "Audit report"));
    completeAs(TestPeople.CHAIR, openTask(action.getProcessInstanceId(), ActionProcess.Element.VERIFY_EVIDENCE),
        Map.of(ActionProcess.Var.EVIDENCE_DECISION, ActionProcess.Value.ACCEPT));
    return rec.getProcessInstanceId();
  }

  private int checks() {
    return jdbc.queryForObject("select count(*) from impact_check where recommendation_id = ?", Integer.class, rec.getId());
  }

  private int assessedChecks() {
    return jdbc.queryForObject("select count(*) from impact_check where recommendation_id = ? and status = 'ASSESSED'",
        Integer.class, rec.getId());
  }

  private ResponseEntity<String> complete(Task task, Map<String, Object> form) {
    return post(TestPeople.CHAIR, "/engine-rest/task/" + task.getId() + "/complete", variables(form));
  }

  private static Map<String, Object> with(Map<String, Object> form, String name, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(form);
    changed.put(name, value);
    return changed;
  }

  @Test
  void theConfirmationTakesOnlyItsFieldsAndRefusesABadOrPastImpactDateNamingItSavingNothing() {
    String pi = awaitingConfirmation();
    Task confirm = openTask(pi, Element.CONFIRM_IMPLEMENTED);
    Map<String, Object> honest = Map.of(Var.DECISION, Value.IMPLEMENTED, Var.IMPACT_CHECK_DATE, "15/03/2027",
        Var.IMPACT_CHECK_METHOD, "audit");

    // The timer's instant and the gateway's outcome are the process's, not the form's.
    for (String extra : List.of(Var.IMPACT_CHECK_AT, Var.IMPACT_OUTCOME, Var.RECOMMENDATION_ID, Var.MONITORING_GROUP)) {
      ResponseEntity<String> response = complete(confirm, with(honest, extra, "2026-12-01T09:00:00Z"));
      assertThat(response.getStatusCode()).as(extra + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("'" + extra + "' is not a field of the form");
    }
    Map<String, String> dates = Map.of("30/11/2026", "not in the future", "31/02/2027", "has no day 31",
        "2027-03-15", "'impactCheckDate'", "${1+1}", "'impactCheckDate'", "01/01/2099", "more than 5 years away");
    dates.forEach((typed, why) -> {
      ResponseEntity<String> response = complete(confirm, with(honest, Var.IMPACT_CHECK_DATE, typed));
      assertThat(response.getStatusCode()).as(typed + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).as(typed).contains(why);
    });
    ResponseEntity<String> formula = complete(confirm, with(honest, Var.IMPACT_CHECK_METHOD, "=HYPERLINK(\"x\")"));
    assertThat(formula.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(formula.getBody()).contains("impactCheckMethod");
    ResponseEntity<String> huge = complete(confirm, with(honest, Var.IMPACT_CHECK_NOTE, "x".repeat(5000)));
    assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(huge.getBody()).contains("impactCheckNote");

    assertThat(checks()).as("nothing saved").isZero();
    assertThat(recommendations.get(rec.getId()).getStatus()).isEqualTo(RecommendationStatus.AWAITING_CONFIRMATION);
    assertThat(openTask(pi, Element.CONFIRM_IMPLEMENTED)).isNotNull();

    assertThat(complete(confirm, honest).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(checks()).isEqualTo(1);
  }

  @Test
  void theAssessmentTakesOnlyItsFieldsAndRefusesAPastNextCheckSavingNothing() {
    String pi = awaitingConfirmation();
    completeAs(TestPeople.CHAIR, openTask(pi, Element.CONFIRM_IMPLEMENTED), Map.of(Var.DECISION, Value.IMPLEMENTED,
        Var.IMPACT_CHECK_DATE, "15/03/2027", Var.IMPACT_CHECK_METHOD, "audit"));
    runUntil(pi, Instant.parse("2027-03-15T09:00:01Z"));
    Task assess = openTask(pi, Element.ASSESS_IMPACT);
    assertThat(assess).isNotNull();
    Map<String, Object> partly = Map.of(Var.IMPACT_FINDINGS, "Half the records show it", Var.IMPACT_JUDGEMENT, Value.PARTLY,
        Var.NEXT_IMPACT_CHECK_DATE, "15/09/2027");

    // Choosing the route directly, or moving the timer, is refused: only the judgement routes.
    for (String extra : List.of(Var.IMPACT_OUTCOME, Var.IMPACT_CHECK_AT, Var.DECISION, Var.FURTHER_ACTION_ID)) {
      ResponseEntity<String> response = complete(assess, with(partly, extra, Value.EMBEDDED));
      assertThat(response.getStatusCode()).as(extra + ": " + response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("'" + extra + "' is not a field of the form");
    }
    ResponseEntity<String> judgement = complete(assess, with(partly, Var.IMPACT_JUDGEMENT, "assured"));
    assertThat(judgement.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(judgement.getBody()).contains("impactJudgement");
    ResponseEntity<String> past = complete(assess, with(partly, Var.NEXT_IMPACT_CHECK_DATE, "01/03/2027"));
    assertThat(past.getStatusCode()).as(past.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(past.getBody()).contains("Next check on").contains("not in the future");
    ResponseEntity<String> shape = complete(assess, with(partly, Var.NEXT_IMPACT_CHECK_DATE, "next year"));
    assertThat(shape.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(shape.getBody()).contains("nextImpactCheckDate");
    // "Not evident" without a further action: refused by "Add further action", in the same transaction as the judgement.
    ResponseEntity<String> noAction = complete(assess, Map.of(Var.IMPACT_FINDINGS, "Nothing changed",
        Var.IMPACT_JUDGEMENT, Value.NOT_EVIDENT, Var.FURTHER_DESCRIPTION, " ", Var.FURTHER_AGENCY, agency,
        Var.FURTHER_RESPONSIBLE, TestPeople.ROLE_WITH_HOLDER, Var.FURTHER_TIMESCALE, "within 3 months"));
    assertThat(noAction.getStatusCode()).as(noAction.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noAction.getBody()).contains("Describe the further action");

    assertThat(assessedChecks()).as("nothing saved").isZero();
    assertThat(checks()).isEqualTo(1);
    assertThat(actionsOf(rec)).hasSize(1);
    assertThat(recommendations.get(rec.getId()).getStatus()).isEqualTo(RecommendationStatus.IMPLEMENTED);

    assertThat(complete(assess, partly).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(assessedChecks()).isEqualTo(1);
    assertThat(checks()).isEqualTo(2);
  }
}
