package org.reviewactions.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess.Element;
import org.reviewactions.action.ActionProcess.Value;
import org.reviewactions.action.ActionProcess.Var;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.Rag;
import org.reviewactions.action.escalation.EscalationService;
import org.reviewactions.it.PostgresDatabase;
import org.reviewactions.plan.ImportCommand;
import org.reviewactions.plan.ImportResult;
import org.reviewactions.report.ProgressReport;
import org.reviewactions.report.ProgressReports;
import org.reviewactions.report.ReportStatus;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.PlanFixtures;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard's and the progress report's SQL on the real PostgreSQL server: seed 004's plan (Kingston, Baby A),
 * its years moved on twenty so that its work is live on the pinned today, imported into a fresh database; actions
 * driven into different states through the engine and the services; every figure of the board's dashboard and every
 * row of the report compared with the action table, the recommendation table and the engine.
 */
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OversightPostgresIT extends OversightPagesTestSupport {

  private static final PostgresDatabase DB = PostgresDatabase.create();
  private static final String HOSPITAL = "Kingston Hospital";
  private static final String POLICE = "Kingston Police";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::url);
    registry.add("spring.datasource.username", DB::user);
    registry.add("spring.datasource.password", DB::password);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
  }

  @AfterAll
  static void dropDatabase() {
    DB.drop();
  }

  @Autowired JdbcTemplate jdbc;
  @Autowired ProgressReports reports;
  @Autowired EscalationService escalation;

  @Test
  void theDashboardAndTheReportAgreeWithTheTablesAndTheEngineOnPostgres() throws Exception {
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    TestPeople.holder(roles, "Director of Nursing", HOSPITAL, TestPeople.OWNER);
    Long reviewId = importKingstonMovedOnTwentyYears();
    List<Action> all = actions.forReview(reviewId);
    assertThat(all).hasSize(PlanFixtures.KINGSTON_ACTIONS);
    Action policies = only(all, "3.6.1");
    Action training = only(all, "3.6.2");
    Action dvReview = only(all, "3.6.3");
    List<Action> police = all.stream().filter(a -> a.getAgency().equals(POLICE)).toList();

    // One complete: evidence submitted and verified, so its recommendation waits for the sub-group's confirmation.
    completeAs(TestPeople.OWNER, openTask(policies.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(
        Var.SUBMISSION, Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, "Policies changed", Var.EVIDENCE_REFERENCES, "DV policy v4"));
    completeAs(TestPeople.CHAIR, openTask(policies.getProcessInstanceId(), Element.VERIFY_EVIDENCE),
        Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    // One lapsed: due in April, its lapse timer is due on the pinned today.
    assertThat(executeJobs(dvReview.getProcessInstanceId())).isPositive();
    // One due in March 2027 whose evidence waits for verification past the task's deadline: Red through the engine.
    completeAs(TestPeople.OWNER, openTask(training.getProcessInstanceId(), Element.DELIVER_ACTION), Map.of(
        Var.SUBMISSION, Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, "Training given", Var.EVIDENCE_REFERENCES, "Register"));
    Task verify = openTask(training.getProcessInstanceId(), Element.VERIFY_EVIDENCE);
    verify.setDueDate(Date.from(PinnedClock.NOW.minusSeconds(86_400)));
    taskService.saveTask(verify);
    // One closed by the board without completion, one withdrawn, one moved to fall due within thirty days.
    escalation.closeIncomplete(police.get(0).getId(), "Superseded by the force's new child abuse investigation unit", TestPeople.BOARD);
    planChange(police.get(1).getId(), "withdrawal", "{\"reason\": \"Duplicates 3.5.1\"}");
    Action pct = all.stream().filter(a -> a.getAgency().equals("Kingston PCT")).findFirst().orElseThrow();
    planChange(pct.getId(), "dates",
        "{\"startDate\": \"01/11/2026\", \"dueDate\": \"15/12/2026\", \"reason\": \"Agreed at the November board\"}");

    all = actions.forReview(reviewId);
    Map<Long, Action> byId = all.stream().collect(Collectors.toMap(Action::getId, a -> a));
    assertThat(byId.get(policies.getId()).getStatus()).isEqualTo(ActionStatus.COMPLETE);
    assertThat(byId.get(dvReview.getId()).getStatus()).isEqualTo(ActionStatus.LAPSED);
    assertThat(byId.get(training.getId()).getStatus()).isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);
    assertThat(byId.get(training.getId()).getDueDate()).isAfter(PinnedClock.TODAY);
    assertThat(actions.rag(byId.get(training.getId()))).isEqualTo(Rag.RED);
    assertThat(byId.get(police.get(1).getId()).getStatus()).isEqualTo(ActionStatus.WITHDRAWN);

    String html = page(TestPeople.BOARD, "/reviews?review=" + reviewId);
    String key = "review-" + reviewId;

    // Counts by status and RAG: the action table and the engine's own RAG rule (ActionService.rag asks the engine).
    Map<ActionStatus, Long> byStatus = all.stream().collect(Collectors.groupingBy(Action::getStatus, Collectors.counting()));
    Map<Rag, Long> byRag = all.stream().collect(Collectors.groupingBy(actions::rag, Collectors.counting()));
    for (ActionStatus s : ActionStatus.values()) {
      assertThat(figure(html, key + "-status-" + s.name())).as(s.name()).isEqualTo(byStatus.getOrDefault(s, 0L));
    }
    for (Rag r : Rag.values()) {
      assertThat(figure(html, key + "-rag-" + r.name())).as(r.name()).isEqualTo(byRag.getOrDefault(r, 0L));
    }
    assertThat(figure(html, key + "-total")).isEqualTo(PlanFixtures.KINGSTON_ACTIONS);
    assertThat(figure(html, key + "-rag-COMPLETE")).isEqualTo(1);
    assertThat(figure(html, key + "-rag-WITHDRAWN")).isEqualTo(1);
    assertThat(figure(html, key + "-rag-CLOSED_INCOMPLETE")).isEqualTo(1);

    // The engine: a Verify evidence task for each action with evidence submitted, a Decide on lapsed action task
    // for each lapsed one (whose owner may still deliver: its Deliver action task stays open), and the complete
    // action's process ended in history.
    String[] processes = all.stream().map(Action::getProcessInstanceId).toArray(String[]::new);
    assertThat(taskService.createTaskQuery().processInstanceIdIn(processes).taskDefinitionKey(Element.VERIFY_EVIDENCE).count())
        .isEqualTo(figure(html, key + "-status-EVIDENCE_SUBMITTED"));
    assertThat(taskService.createTaskQuery().processInstanceIdIn(processes).taskDefinitionKey(Element.DELIVER_ACTION).count())
        .isEqualTo(figure(html, key + "-status-IN_PROGRESS") + figure(html, key + "-status-EVIDENCE_REJECTED")
            + figure(html, key + "-status-LAPSED"));
    assertThat(taskService.createTaskQuery().processInstanceIdIn(processes).taskDefinitionKey(Element.DECIDE_LAPSED_ACTION).count())
        .isEqualTo(figure(html, key + "-status-LAPSED"));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(policies.getProcessInstanceId())
        .finished().count()).isEqualTo(1);

    // Overdue: open actions past due, longest overdue first; due soon: the next thirty days. Never the ended ones.
    Set<ActionStatus> ended = Set.of(ActionStatus.COMPLETE, ActionStatus.CLOSED_INCOMPLETE, ActionStatus.WITHDRAWN);
    Comparator<Action> byDue = Comparator.comparing(Action::getDueDate).thenComparing(Action::getId);
    List<Long> overdue = all.stream().filter(a -> !ended.contains(a.getStatus()) && a.getDueDate() != null
        && a.getDueDate().isBefore(PinnedClock.TODAY)).sorted(byDue).map(Action::getId).toList();
    List<Long> soon = all.stream().filter(a -> !ended.contains(a.getStatus()) && a.getDueDate() != null
        && !a.getDueDate().isBefore(PinnedClock.TODAY) && !a.getDueDate().isAfter(PinnedClock.TODAY.plusDays(30)))
        .sorted(byDue).map(Action::getId).toList();
    assertThat(overdue).isNotEmpty().contains(dvReview.getId());
    assertThat(rowIds(html, "rat-overdue-row")).containsExactlyElementsOf(overdue.subList(0, Math.min(25, overdue.size())));
    assertThat(html).contains(overdue.size() + " overdue");
    assertThat(rowIds(html, "rat-soon-row")).containsExactlyElementsOf(soon).contains(pct.getId());
    assertThat(rowIds(html, "rat-overdue-row")).doesNotContain(policies.getId(), police.get(0).getId(), police.get(1).getId());

    // Recommendations awaiting confirmation: the recommendation table, and the engine's Confirm task for each.
    List<Long> awaiting = jdbc.queryForList("select id from recommendation where review_id = ? and status = 'AWAITING_CONFIRMATION'",
        Long.class, reviewId);
    // 3.6.1 (its action complete) and 3.5.2 (its only action withdrawn).
    assertThat(awaiting).hasSize(2).contains(policies.getRecommendationId(), police.get(1).getRecommendationId());
    assertThat(recommendationIds(html)).containsExactlyInAnyOrderElementsOf(awaiting);
    for (Long recommendation : awaiting) {
      String recommendationProcess = jdbc.queryForObject("select process_instance_id from recommendation where id = ?",
          String.class, recommendation);
      assertThat(taskService.createTaskQuery().processInstanceId(recommendationProcess).count()).isEqualTo(1);
    }

    // The monthly chart: the verification this month, due dates from the table.
    String month = PinnedClock.TODAY.toString().substring(0, 7);
    assertThat(figure(html, "closed-" + month)).isEqualTo(1);
    assertThat(figure(html, "due-2026-04")).isEqualTo(all.stream().filter(a -> a.getDueDate() != null
        && a.getDueDate().getYear() == 2026 && a.getDueDate().getMonthValue() == 4).count());

    // An agency person sees their agency's figures only.
    String hospitalPerson = agencyPerson(HOSPITAL);
    String theirs = page(hospitalPerson, "/reviews?review=" + reviewId);
    assertThat(figure(theirs, key + "-total")).isEqualTo(all.stream().filter(a -> a.getAgency().equals(HOSPITAL)).count());
    assertThat(rowIds(theirs, "rat-overdue-row")).containsExactly(dvReview.getId());

    // The report as at today: one row per action, its status the engine's RAG, ended actions said as they ended.
    ProgressReport report = reports.asAt(reviewId, PinnedClock.TODAY);
    assertThat(report.rows()).hasSize(PlanFixtures.KINGSTON_ACTIONS);
    for (ProgressReport.Row row : report.rows()) {
      Action action = byId.get(row.actionId());
      assertThat(row.status().label()).as(row.recommendationNumber()).isEqualTo(actions.rag(action).label());
      assertThat(row.stage()).isEqualTo(action.getStatus().label());
      assertThat(row.dueDate()).isEqualTo(action.getDueDate());
    }
    // The action whose verification is late is Red in the report as on the dashboard, though due in March 2027.
    assertThat(report.rows().stream().filter(r -> r.actionId().equals(training.getId())).findFirst().orElseThrow().status())
        .isEqualTo(ReportStatus.RED);
    assertThat(report.counts().get(ReportStatus.COMPLETE)).isEqualTo(1);
    assertThat(report.counts().get(ReportStatus.CLOSED_INCOMPLETE)).isEqualTo(1);
    assertThat(report.counts().get(ReportStatus.WITHDRAWN)).isEqualTo(1);
    // As at the day before the changes the report reads the state changes kept then: nothing complete or closed.
    ProgressReport before = reports.asAt(reviewId, PinnedClock.TODAY.minusDays(1));
    assertThat(before.rows()).hasSize(PlanFixtures.KINGSTON_ACTIONS);
    assertThat(before.counts().getOrDefault(ReportStatus.COMPLETE, 0L)).isZero();
    assertThat(before.counts().getOrDefault(ReportStatus.CLOSED_INCOMPLETE, 0L)).isZero();
    // The page and the CSV render from the same queries.
    assertThat(page(TestPeople.BOARD, "/reviews/" + reviewId + "/report")).contains("Closed without completion", "Withdrawn");
    assertThat(page(TestPeople.BOARD, "/reviews/" + reviewId + "/report.csv")).contains("3.6.1");
  }

  private Long importKingstonMovedOnTwentyYears() throws Exception {
    String csv = new String(PlanFixtures.resource(PlanFixtures.KINGSTON_CSV).getContentAsByteArray(), StandardCharsets.UTF_8);
    Matcher years = Pattern.compile("\\b(20[01]\\d)\\b").matcher(csv);
    StringBuilder moved = new StringBuilder();
    while (years.find()) {
      years.appendReplacement(moved, String.valueOf(Integer.parseInt(years.group(1)) + 20));
    }
    years.appendTail(moved);
    String ref = "PG-KIN-" + UUID.randomUUID().toString().substring(0, 8);
    ImportResult result = importer.importPlan(new ImportCommand(ref, "SCR Baby A", "Kingston LSCB", "2026-02-01",
        "kingston-baby-a.csv", moved.toString().replace("as at 1.7.06", "as at 1.7.26").getBytes(StandardCharsets.UTF_8), false,
        TestPeople.PLANNER));
    assertThat(result.errors()).isEmpty();
    assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
    return jdbc.queryForObject("select id from review where reference = ?", Long.class, ref);
  }

  /** A plan manager's change through the plan-changes API, as a plan manager's client sends it. */
  private void planChange(Long actionId, String change, String json) throws Exception {
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/actions/" + actionId + "/" + change)
            .header("Authorization", org.reviewactions.support.SignIn.basic(TestPeople.PLANNER))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(json))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
  }

  private Action only(List<Action> all, String number) {
    List<Long> ids = jdbc.queryForList("select a.id from plan_action a join recommendation c on c.id = a.recommendation_id"
        + " where c.number = ? and a.id in (" + all.stream().map(a -> a.getId().toString()).collect(Collectors.joining(", ")) + ")",
        Long.class, number);
    assertThat(ids).hasSize(1);
    return all.stream().filter(a -> a.getId().equals(ids.get(0))).findFirst().orElseThrow();
  }

  private static List<Long> recommendationIds(String html) {
    Matcher m = Pattern.compile("data-recommendation-id=\"(\\d+)\"").matcher(html);
    List<Long> ids = new java.util.ArrayList<>();
    while (m.find()) {
      ids.add(Long.valueOf(m.group(1)));
    }
    return ids;
  }
}
