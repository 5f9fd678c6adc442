package org.reviewactions.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.Rag;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.mock.web.MockHttpSession;

/** The dashboard's figures agree with the action table and the engine, for a review the test creates. */
class ReviewsDashboardTest extends OversightPagesTestSupport {

  private TestPlan fiveActions() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan();
    for (String[] row : new String[][] {{"A progressing", "by March 2027"}, {"B evidenced", "by March 2027"},
        {"C overdue since October", "by October 2026"}, {"D due in ten days", "by 10/12/2026"},
        {"E overdue since August", "by August 2026"}}) {
      plan.action("1", "Share information", row[0], row[1], TestPeople.ROLE_WITH_HOLDER, agency);
    }
    importPlan(plan);
    List<Action> actions = actionsOf(plan);
    completeAs(TestPeople.OWNER, openTask(actions.get(0).getProcessInstanceId(), Element.DELIVER_ACTION),
        Map.of(Var.SUBMISSION, Value.SUBMIT_PROGRESS, Var.PROGRESS_TEXT, "Designed"));
    completeAs(TestPeople.OWNER, openTask(actions.get(1).getProcessInstanceId(), Element.DELIVER_ACTION),
        Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, "Done", Var.EVIDENCE_REFERENCES, "Minutes"));
    return plan;
  }

  @Test
  void countsByStatusAndRagMatchTheActionTableAndTheOpenTasksInTheEngine() throws Exception {
    TestPlan plan = fiveActions();
    Long review = reviewIdOf(plan);
    List<Action> actions = actionsOf(plan);

    String html = page(TestPeople.BOARD, "/reviews?review=" + review);

    Map<ActionStatus, Long> byStatus = actions.stream().collect(Collectors.groupingBy(Action::getStatus, Collectors.counting()));
    Map<Rag, Long> byRag = actions.stream().collect(Collectors.groupingBy(actions()::rag, Collectors.counting()));
    for (ActionStatus s : ActionStatus.values()) {
      assertThat(figure(html, "review-" + review + "-status-" + s.name())).as(s.name()).isEqualTo(byStatus.getOrDefault(s, 0L));
    }
    for (Rag r : Rag.values()) {
      assertThat(figure(html, "review-" + review + "-rag-" + r.name())).as(r.name()).isEqualTo(byRag.getOrDefault(r, 0L));
    }
    assertThat(figure(html, "review-" + review + "-total")).isEqualTo(5);
    assertThat(figure(html, "review-" + review + "-rag-RED")).isEqualTo(2);
    assertThat(figure(html, "review-" + review + "-status-EVIDENCE_SUBMITTED")).isEqualTo(1);

    // The engine agrees: a Deliver action task waits for each action in progress, a Verify evidence task for the evidenced one.
    String[] processes = actions.stream().map(Action::getProcessInstanceId).toArray(String[]::new);
    assertThat(taskService.createTaskQuery().processInstanceIdIn(processes).taskDefinitionKey(Element.DELIVER_ACTION).count())
        .isEqualTo(figure(html, "review-" + review + "-status-IN_PROGRESS"));
    assertThat(taskService.createTaskQuery().processInstanceIdIn(processes).taskDefinitionKey(Element.VERIFY_EVIDENCE).count())
        .isEqualTo(figure(html, "review-" + review + "-status-EVIDENCE_SUBMITTED"));
  }

  private org.reviewactions.action.ActionService actions() {
    return actions;
  }

  @Test
  void overdueActionsComeLongestOverdueFirstWithDaysOverdueAndTheirWaitingTaskInTasklist() throws Exception {
    TestPlan plan = fiveActions();
    List<Action> actions = actionsOf(plan);

    String html = page(TestPeople.BOARD, "/reviews?review=" + reviewIdOf(plan));

    assertThat(rowIds(html, "rat-overdue-row")).containsExactly(actions.get(4).getId(), actions.get(2).getId());
    assertThat(rowIds(html, "rat-soon-row")).containsExactly(actions.get(3).getId());
    long augustDays = ChronoUnit.DAYS.between(LocalDate.of(2026, 8, 31), PinnedClock.TODAY);
    assertThat(html).contains("rat-days-overdue\">" + augustDays + "<").contains("rat-days-overdue\">30<")
        .contains("Olive Owner").contains("Not escalated");
    String deliverTask = openTask(actions.get(4).getProcessInstanceId(), Element.DELIVER_ACTION).getId();
    assertThat(html).contains("href=\"http://tracker.test/camunda/app/tasklist/default/#/?task=" + deliverTask + "\"")
        .contains("href=\"/actions/" + actions.get(4).getId() + "\"")
        .contains("href=\"/reviews/" + reviewIdOf(plan) + "/report\"");
  }

  @Test
  void filtersByStatusAgencyAndOwnerNarrowTheFigures() throws Exception {
    TestPlan plan = fiveActions();
    Long review = reviewIdOf(plan);
    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);

    String evidenced = body(board, "/reviews?review=" + review + "&status=EVIDENCE_SUBMITTED");
    assertThat(figure(evidenced, "review-" + review + "-total")).isEqualTo(1);
    assertThat(rowIds(evidenced, "rat-overdue-row")).isEmpty();

    String ownersOwn = body(board, "/reviews?review={r}&owner={o}&agency={a}", review, TestPeople.OWNER, agency);
    assertThat(figure(ownersOwn, "review-" + review + "-total")).isEqualTo(5);
    String nobodys = body(board, "/reviews?review=" + review + "&owner=" + TestPeople.OTHER_OWNER);
    assertThat(nobodys).doesNotContain("id=\"review-" + review + "-total\"");
    String otherAgency = body(board, "/reviews?review=" + review + "&agency=Nobody+at+all");
    assertThat(otherAgency).doesNotContain("id=\"review-" + review + "-total\"");
  }

  @Test
  void aFilterValueThatCannotBeReadIsRefusedOnThePageAndNotEchoed() throws Exception {
    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);
    String html = mvc.perform(get("/reviews").param("status", "<script>alert(1)</script>").param("review", "1 or 1=1")
            .param("overduePage", "-3").session(board))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(html).contains("There is a problem").contains("Choose a status from the list.")
        .contains("Choose a review from the list.").contains("Page numbers start at 1.")
        .doesNotContain("<script>alert(1)");
  }

  @Test
  void listsArePagedTwentyFiveRowsAtATime() throws Exception {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan();
    IntStream.rangeClosed(1, 27).forEach(i -> plan.action("1", "Share information", "Overdue " + i,
        i % 2 == 0 ? "by September 2026" : "by October 2026", TestPeople.ROLE_WITH_HOLDER, agency));
    importPlan(plan);
    Long review = reviewIdOf(plan);
    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);

    String first = body(board, "/reviews?review=" + review);
    String second = body(board, "/reviews?review=" + review + "&overduePage=2");
    String beyond = body(board, "/reviews?review=" + review + "&overduePage=99");

    assertThat(first).contains("27 overdue").contains("govuk-pagination")
        .contains("href=\"/reviews?review=" + review + "&amp;overduePage=2\"");
    assertThat(rowIds(first, "rat-overdue-row")).hasSize(25);
    assertThat(rowIds(second, "rat-overdue-row")).hasSize(2).doesNotContainAnyElementsOf(rowIds(first, "rat-overdue-row"));
    assertThat(rowIds(beyond, "rat-overdue-row")).isEqualTo(rowIds(second, "rat-overdue-row"));
    // The 13 due in September (longer overdue) come before the 14 due in October.
    List<Long> september = actionsOf(plan).stream().filter(a -> a.getDueDate().getMonthValue() == 9).map(Action::getId).toList();
    assertThat(rowIds(first, "rat-overdue-row").subList(0, 13)).containsExactlyInAnyOrderElementsOf(september);
  }

  @Test
  void theChartsAreSvgImagesWithTitlesAndTheirFiguresInTables() throws Exception {
    TestPlan plan = fiveActions();
    Long review = reviewIdOf(plan);
    completeAs(TestPeople.CHAIR, openTask(actionsOf(plan).get(1).getProcessInstanceId(), Element.VERIFY_EVIDENCE),
        Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));

    String html = page(TestPeople.BOARD, "/reviews?review=" + review);

    assertThat(html).contains("<svg class=\"rat-chart\" id=\"rag-chart\" role=\"img\" aria-labelledby=\"rag-chart-title rag-chart-desc\"")
        .contains("<title id=\"rag-chart-title\">").contains("<svg class=\"rat-chart\" id=\"month-chart\" role=\"img\"")
        .contains("<title id=\"month-chart-title\">")
        .contains("<title>" + agency + ": Red 2</title>").contains("<title>" + agency + ": Amber 1</title>")
        .contains("<title>" + agency + ": Complete 1</title>").contains("<title>Nov 26: closed 1</title>");
    assertThat(figure(html, "due-2026-10")).isEqualTo(1);
    assertThat(figure(html, "due-2026-08")).isEqualTo(1);
    assertThat(figure(html, "due-2026-11")).isZero();
    assertThat(figure(html, "closed-2026-11")).isEqualTo(1);
    assertThat(figure(html, "closed-2025-12")).isZero();
    assertThat(html).doesNotContain("id=\"due-2026-12\"").doesNotContain("id=\"due-2025-11\"");
    assertThat(Arrays.stream(html.split("<th scope=\"row\" class=\"govuk-table__header\">")).filter(s -> s.startsWith(agency)).count())
        .isEqualTo(1);
  }

  @Test
  void theMonthlyChartShowsClosuresWithoutCompletionAndWithdrawalsAsTheirOwnSeriesNeverAsComplete() throws Exception {
    TestPlan plan = fiveActions();
    Long review = reviewIdOf(plan);
    List<Action> actions = actionsOf(plan);
    completeAs(TestPeople.CHAIR, openTask(actions.get(1).getProcessInstanceId(), Element.VERIFY_EVIDENCE),
        Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    escalation.closeIncomplete(actions.get(2).getId(), "Superseded by the new partnership's plan", TestPeople.BOARD);
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/actions/" + actions.get(4).getId()
            + "/withdrawal").header("Authorization", SignIn.basic(TestPeople.PLANNER))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"reason\": \"Duplicates action C\"}"))
        .andExpect(status().isOk());

    String html = page(TestPeople.BOARD, "/reviews?review=" + review);

    assertThat(figure(html, "closed-2026-11")).isEqualTo(1);
    assertThat(figure(html, "closed-otherwise-2026-11")).isEqualTo(2);
    assertThat(figure(html, "closed-otherwise-2026-10")).isZero();
    assertThat(html).contains("<title>Nov 26: closed 1</title>")
        .contains("<title>Nov 26: closed without completion or withdrawn 2</title>")
        .contains("Closed without completion or withdrawn (not complete)</th>")
        .contains("<span>Closed without completion or withdrawn</span>").contains("<span>Closed as complete</span>")
        .contains("never counted as complete");
    // Closed or withdrawn, they are no longer overdue.
    assertThat(rowIds(html, "rat-overdue-row")).isEmpty();
    assertThat(figure(html, "review-" + review + "-rag-COMPLETE")).isEqualTo(1);
  }

  @org.springframework.beans.factory.annotation.Autowired org.reviewactions.action.escalation.EscalationService escalation;

  private String body(MockHttpSession session, String url, Object... values) throws Exception {
    return mvc.perform(get(url, values).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
