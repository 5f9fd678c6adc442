package org.reviewactions.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.statement.AgencyStatementProcess.Element;
import org.reviewactions.statement.AgencyStatementProcess.Value;
import org.reviewactions.statement.AgencyStatementProcess.Var;
import org.reviewactions.support.TestPeople;

/** Every path of processes/agency-statement.bpmn, and what a lead or chair may not slip into their task. */
class AgencyStatementProcessTest extends StatementTestSupport {

  @BeforeEach
  void review() {
    reviewWithTwoAgencies();
  }

  @Test
  void aStatementApprovedFirstTimeIsRecordedWithWhoDidWhatAndTheProcessEnds() {
    assertThat(request("31/12/2026")).containsExactly(agencyA, agencyB);
    AgencyStatements.StatementView requested = statementOf(agencyA);
    String pid = processOf(requested.id()).getId();

    Task write = task(pid, Element.WRITE_STATEMENT);
    assertThat(write.getName()).isEqualTo("Write agency progress statement");
    assertThat(taskService.getIdentityLinksForTask(write.getId())).extracting(l -> l.getGroupId())
        .containsExactly(AgencyGroups.leadsGroup(agencyA));
    assertThat(write.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-31T17:00:00Z"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult().getBusinessKey())
        .endsWith("/statement/" + AgencyGroups.agencyGroup(agencyA) + "/" + jdbc.queryForObject(
            "select request_id from agency_statement where id = ?", String.class, requested.id()));

    sendNotifications();
    assertThat(mails(AgencyStatementProcess.WAITING_MAIL, requested.id())).extracting(row -> row.get("RECIPIENT") + " " + row.get("SUBJECT"))
        .containsExactly(LEAD_A + "@example.org [" + reviewTitle + "] Agency progress statement to write: " + agencyA);

    write(LEAD_A, pid, "We have set up the shared register.");
    assertThat(statementOf(agencyA).status()).isEqualTo(StatementStatus.WRITTEN);
    sendNotifications();
    assertThat(mails(AgencyStatementProcess.WAITING_MAIL, requested.id())).extracting(row -> row.get("RECIPIENT") + " " + row.get("SUBJECT"))
        .contains(TestPeople.CHAIR + "@example.org [" + reviewTitle + "] Agency progress statement to approve: " + agencyA)
        .doesNotContain(LEAD_B + "@example.org [" + reviewTitle + "] Agency progress statement to write: " + agencyA);
    Task review = task(pid, Element.REVIEW_STATEMENT);
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(l -> l.getGroupId())
        .containsExactly("subgroup-chairs");
    decide(pid, Value.APPROVE, null);

    assertThat(processOf(requested.id())).isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId(Element.END_APPROVED).count()).isEqualTo(1);
    AgencyStatements.StatementView approved = statementOf(agencyA);
    assertThat(approved.status()).isEqualTo(StatementStatus.APPROVED);
    assertThat(approved.text()).isEqualTo("We have set up the shared register.");
    assertThat(approved.history()).extracting(AgencyStatements.Step::what).containsExactly("Requested", "Written", "Approved");
    assertThat(approved.history()).extracting(AgencyStatements.Step::who)
        .containsExactly("Paul Planner", "A Statement", "Chloe Chair");
    assertThat(approved.history()).extracting(AgencyStatements.Step::when).allSatisfy(when -> assertThat(when).startsWith("30 November 2026, "));
    assertThat(statementOf(agencyB).status()).isEqualTo(StatementStatus.REQUESTED);
  }

  @Test
  void anAgencyWithNoLeadHasItsStatementWrittenByThePlanManagersWhoAreToldAndTheChairsReviewHasADeadline() {
    identityService.deleteMembership(LEAD_B, AgencyGroups.leadsGroup(agencyB));
    request("31/12/2026");
    String pidA = processOf(statementOf(agencyA).id()).getId();
    Long idB = statementOf(agencyB).id();
    String pidB = processOf(idB).getId();

    assertThat(taskService.getIdentityLinksForTask(task(pidA, Element.WRITE_STATEMENT).getId())).extracting(l -> l.getGroupId())
        .containsExactly(AgencyGroups.leadsGroup(agencyA));
    assertThat(taskService.getIdentityLinksForTask(task(pidB, Element.WRITE_STATEMENT).getId())).extracting(l -> l.getGroupId())
        .containsExactlyInAnyOrder(AgencyGroups.leadsGroup(agencyB), "plan-managers");
    sendNotifications();
    assertThat(mails(AgencyStatementProcess.WAITING_MAIL, idB)).extracting(row -> row.get("RECIPIENT") + " " + row.get("SUBJECT"))
        .contains(TestPeople.PLANNER + "@example.org [" + reviewTitle + "] Agency progress statement to write: " + agencyB);

    write(TestPeople.PLANNER, pidB, "Written by the plan manager for an agency with no lead.");
    Task review = task(pidB, Element.REVIEW_STATEMENT);
    // Ten working days from Monday 30 November 2026 at 09:00 (rat.deadlines.review-agency-statement).
    assertThat(review.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-14T09:00:00Z"));
    assertThat(review.getFollowUpDate()).isNotNull().isBefore(review.getDueDate());
  }

  @Test
  void aReturnedStatementGoesBackToTheLeadWithTheChairsCommentAndIsThenApproved() {
    request("31/12/2026");
    Long id = statementOf(agencyA).id();
    String pid = processOf(id).getId();
    write(LEAD_A, pid, "First draft.");

    assertThatThrownBy(() -> decide(pid, Value.RETURN, " "))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("needs a comment");
    assertThat(statementOf(agencyA).status()).isEqualTo(StatementStatus.WRITTEN);

    decide(pid, Value.RETURN, "Say what changed for midwives.");
    sendNotifications();
    assertThat(mails(AgencyStatementProcess.WAITING_MAIL, id)).extracting(row -> row.get("RECIPIENT") + " " + row.get("SUBJECT"))
        .contains(LEAD_A + "@example.org [" + reviewTitle + "] Agency progress statement returned: " + agencyA);
    Task again = task(pid, Element.WRITE_STATEMENT);
    assertThat(again).isNotNull();
    assertThat(taskService.getVariable(again.getId(), Var.RETURN_COMMENT)).isEqualTo("Say what changed for midwives.");
    assertThat(taskService.getVariable(again.getId(), Var.STATEMENT)).isEqualTo("First draft.");
    assertThat(statementOf(agencyA).status()).isEqualTo(StatementStatus.RETURNED);

    write(LEAD_A, pid, "Second draft, with midwives.");
    decide(pid, Value.APPROVE, null);

    AgencyStatements.StatementView approved = statementOf(agencyA);
    assertThat(approved.status()).isEqualTo(StatementStatus.APPROVED);
    assertThat(approved.text()).isEqualTo("Second draft, with midwives.");
    assertThat(approved.history()).extracting(AgencyStatements.Step::what)
        .containsExactly("Requested", "Written", "Returned", "Written", "Approved");
    assertThat(approved.history().get(2).note()).isEqualTo("Say what changed for midwives.");
    assertThat(processOf(id)).isNull();
  }

  @Test
  void aLateStatementEmailsTheLeadsAndTheChairsOnceEvenWhenItIsLateAgainAfterAReturn() {
    request("1/12/2026");
    Long id = statementOf(agencyA).id();
    String pid = processOf(id).getId();
    assertThat(runUntil(pid, Instant.parse("2026-12-01T16:59:00Z"))).isZero();

    assertThat(runUntil(pid, Instant.parse("2026-12-01T17:00:01Z"))).isEqualTo(1);
    assertThat(task(pid, Element.WRITE_STATEMENT)).as("the task stays open").isNotNull();
    sendNotifications();
    List<Map<String, Object>> sent = lateMails(id);
    assertThat(sent).extracting(row -> row.get("RECIPIENT"))
        .contains(LEAD_A + "@example.org", TestPeople.CHAIR + "@example.org", TestPeople.SECOND_CHAIR + "@example.org")
        .doesNotContain(LEAD_B + "@example.org")
        .doesNotHaveDuplicates();
    assertThat(sent).extracting(row -> row.get("SUBJECT")).allSatisfy(subject ->
        assertThat(subject.toString()).contains("Agency progress statement overdue: " + agencyA));

    write(LEAD_A, pid, "Late, but written.");
    decide(pid, Value.RETURN, "Add the training figures.");
    assertThat(executeJobs(pid)).as("the timer of the task created again is past its date").isEqualTo(1);
    sendNotifications();

    assertThat(lateMails(id)).hasSameSizeAs(sent);
    assertThat(statementOf(agencyA).history()).extracting(AgencyStatements.Step::what)
        .containsOnlyOnce("Deadline passed: leads and chair e-mailed");
    write(LEAD_A, pid, "Late, but written, with figures.");
    decide(pid, Value.APPROVE, null);
    assertThat(processOf(id)).isNull();
  }

  @Test
  void completingWriteStatementWithAnythingButTheStatementIsRefusedAndNothingIsRecorded() {
    request("31/12/2026");
    Long id = statementOf(agencyA).id();
    Long otherId = statementOf(agencyB).id();
    String pid = processOf(id).getId();
    Task write = task(pid, Element.WRITE_STATEMENT);

    for (Map<String, Object> extra : List.<Map<String, Object>>of(
        Map.of(Var.STATEMENT, "Ours.", "agency", agencyB),
        Map.of(Var.STATEMENT, "Ours.", Var.STATEMENT_ID, otherId),
        Map.of(Var.STATEMENT, "Ours.", Var.APPROVED, true),
        Map.of(Var.STATEMENT, "Ours.", Var.RETURN_COMMENT, "Nothing to change"),
        Map.of(Var.STATEMENT, "Ours.", Var.AGENCY_LEADS_GROUP, AgencyGroups.leadsGroup(agencyB)))) {
      String name = extra.keySet().stream().filter(k -> !k.equals(Var.STATEMENT)).findFirst().orElseThrow();
      assertThatThrownBy(() -> completeAs(LEAD_A, write, extra))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("'" + name + "' is not a field of the form write-agency-statement");
    }
    assertThatThrownBy(() -> completeAs(LEAD_A, write, Map.of(Var.STATEMENT, "x".repeat(4001))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("at most 4,000");

    assertThat(task(pid, Element.WRITE_STATEMENT)).isNotNull();
    assertThat(statementOf(agencyA).status()).isEqualTo(StatementStatus.REQUESTED);
    assertThat(statementOf(agencyB).status()).isEqualTo(StatementStatus.REQUESTED);
    assertThat(runtimeService.getVariable(pid, Var.STATEMENT_ID)).isEqualTo(id);

    write(LEAD_A, pid, "Ours.");
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, task(pid, Element.REVIEW_STATEMENT),
        Map.of(Var.DECISION, Value.APPROVE, Var.STATEMENT, "The chair's own words.")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("'statement' is not a field");
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, task(pid, Element.REVIEW_STATEMENT),
        Map.of(Var.DECISION, "publish")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("not one of the choices");
    assertThat(statementOf(agencyA).text()).isEqualTo("Ours.");
    assertThat(statementOf(agencyA).status()).isEqualTo(StatementStatus.WRITTEN);
  }

  @Test
  void anAgencyWhoseStatementIsStillOpenIsNotAskedTwice() {
    request("31/12/2026");
    approved(agencyA, LEAD_A, "Done.");

    assertThat(request("15/1/2027")).containsExactly(agencyA);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AgencyStatementProcess.KEY)
        .variableValueEquals(Var.STATEMENT_ID, statementOf(agencyB).id()).count()).isEqualTo(1);
    approved(agencyB, LEAD_B, "Also done.");
    assertThat(request("15/1/2027")).containsExactly(agencyB);
    assertThatThrownBy(() -> request("15/1/2027")).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("already been asked");
  }

  private List<Map<String, Object>> lateMails(Long statementId) {
    return mails(AgencyStatementProcess.LATE_MAIL, statementId);
  }

  private List<Map<String, Object>> mails(String kind, Long statementId) {
    return jdbc.queryForList("select recipient, subject from notification where kind = ? and idempotency_key like ? order by id",
        kind, "statement:" + statementId + ":%");
  }
}
