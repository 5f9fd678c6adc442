package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.challenge.AgencyChallengeProcess;
import org.reviewactions.challenge.AgencyChallenges;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A review shaped like seed 003 (Oxfordshire, Infant Y), whose recommendation 3 asks that concerns from monitoring be
 * raised for agency challenge and recorded in the minutes: its progress report lists each challenge as it stood on
 * the report's date, in the HTML page and the PDF, and an agency's reader sees only its own agency's.
 */
class ChallengesInReportTest extends ProcessTestSupport {

  @Autowired ProgressReports reports;
  @Autowired AgencyChallenges challenges;
  @Autowired JdbcTemplate jdbc;

  private String health;
  private String socialCare;
  private Long reviewId;
  private Action audit;
  private Action training;
  private Action socialCareAction;

  @BeforeEach
  void seedLikeReview() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    health = "Oxford Health " + suffix;
    socialCare = "Children's Social Care " + suffix;
    TestPlan plan = TestPlan.plan().published("2012-05-01")
        .action("1", "Safeguarding practice across primary health care", "Audit safeguarding practice across all primary health care teams",
            "March 2027", TestPeople.ROLE_WITHOUT_HOLDER, health)
        .action("3", "All safeguarding training to include the significance of bruising in babies",
            "Include bruising in babies under one in all safeguarding training", "June 2027", TestPeople.ROLE_WITHOUT_HOLDER, health)
        .action("4", "Agencies to obtain information on parents' involvement with mental health services",
            "Agree a system with Oxford Health for information on parents", "June 2027", TestPeople.ROLE_WITHOUT_HOLDER, socialCare);
    importPlan(plan);
    var recommendations = recommendationsOf(plan);
    reviewId = recommendations.get(0).getReview().getId();
    audit = actionsOf(recommendations.get(0)).get(0);
    training = actionsOf(recommendations.get(1)).get(0);
    socialCareAction = actionsOf(recommendations.get(2)).get(0);
    roles.ensureAgencyGroups(health);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(health));
  }

  @Test
  void theReportListsEachChallengeAsTheMinutesWouldAsItStoodOnTheReportsDate() throws Exception {
    // Tuesday 1 December 2026: the chair raises a concern about Oxford Health's two actions.
    at("2026-12-01T10:00:00Z");
    Long first = raise("8/12/2026", "No evidence yet that the audit has started; training dates not set.", audit.getId(),
        training.getId());
    at("2026-12-03T11:00:00Z");
    complete(first, AgencyChallengeProcess.Element.RESPOND, TestPeople.LEAD,
        Map.of(AgencyChallengeProcess.Var.RESPONSE, "Audit starts in January; training dates set for February."));
    at("2026-12-07T15:00:00Z");
    complete(first, AgencyChallengeProcess.Element.REVIEW_RESPONSE, TestPeople.CHAIR,
        Map.of(AgencyChallengeProcess.Var.DECISION, AgencyChallengeProcess.Value.ESCALATE,
            AgencyChallengeProcess.Var.ESCALATION_REASON, "Six months late with no recovery plan."));
    // Wednesday 9 December: a second concern, about Children's Social Care, never answered.
    at("2026-12-09T09:30:00Z");
    raise("11/12/2026", "The information-sharing system is not agreed.", socialCareAction.getId());
    at("2026-12-14T16:00:00Z");
    complete(first, AgencyChallengeProcess.Element.CONSIDER, TestPeople.BOARD,
        Map.of(AgencyChallengeProcess.Var.BOARD_OUTCOME, "The board asks Oxford Health's director for a recovery plan by January."));

    assertThat(reports.asAt(reviewId, LocalDate.of(2026, 11, 30)).challenges()).isEmpty();

    List<ProgressReport.Challenge> onTheSecond = reports.asAt(reviewId, LocalDate.of(2026, 12, 2)).challenges();
    assertThat(onTheSecond).hasSize(1);
    ProgressReport.Challenge raised = onTheSecond.get(0);
    assertThat(raised.raisedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(raised.raisedBy()).isEqualTo("Chloe Chair");
    assertThat(raised.agency()).isEqualTo(health);
    assertThat(raised.concern()).isEqualTo("No evidence yet that the audit has started; training dates not set.");
    assertThat(raised.actions()).containsExactly(
        "Recommendation 1: Audit safeguarding practice across all primary health care teams",
        "Recommendation 3: Include bruising in babies under one in all safeguarding training");
    assertThat(raised.responseDue()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(raised.status()).isEqualTo("Waiting for the agency's response");
    assertThat(raised.response()).isNull();
    assertThat(raised.outcome()).isNull();

    ProgressReport.Challenge answered = reports.asAt(reviewId, LocalDate.of(2026, 12, 4)).challenges().get(0);
    assertThat(answered.status()).isEqualTo("Response waiting for the chair");
    assertThat(answered.response()).isEqualTo("Audit starts in January; training dates set for February.");
    assertThat(answered.respondedOn()).isEqualTo(LocalDate.of(2026, 12, 3));
    assertThat(answered.outcome()).isNull();

    List<ProgressReport.Challenge> onTheTenth = reports.asAt(reviewId, LocalDate.of(2026, 12, 10)).challenges();
    assertThat(onTheTenth).extracting(ProgressReport.Challenge::agency).containsExactly(health, socialCare);
    assertThat(onTheTenth.get(0).status()).isEqualTo("With the board");
    assertThat(onTheTenth.get(0).outcome()).isEqualTo("Escalated to the board by Chloe Chair: Six months late with no recovery plan.");
    assertThat(onTheTenth.get(1).status()).isEqualTo("Waiting for the agency's response");

    ProgressReport later = reports.asAt(reviewId, LocalDate.of(2026, 12, 15));
    ProgressReport.Challenge considered = later.challenges().get(0);
    assertThat(considered.status()).isEqualTo("Considered by the board");
    assertThat(considered.outcome()).isEqualTo("Board outcome: The board asks Oxford Health's director for a recovery plan by January.");
    assertThat(considered.steps()).containsExactly(
        "3 December 2026: Agency responded (Lena Lead). Audit starts in January; training dates set for February.",
        "7 December 2026: Escalated to the board (Chloe Chair). Six months late with no recovery plan.",
        "14 December 2026: Board outcome (Beatrice Board). The board asks Oxford Health's director for a recovery plan by January.");

    String html = reports.html(later);
    assertThat(html).contains("Agency challenges", "1 December 2026", "by Chloe Chair", "Response due by 8 December 2026",
        "Considered by the board", "Oxford Health&#39;s director", "The information-sharing system is not agreed.");
    try (PDDocument pdf = Loader.loadPDF(reports.pdf(later))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Agency challenges", "by Chloe Chair", "Audit starts in January",
          "Six months late with no recovery plan.", "The information-sharing system is not agreed.");
    }
    assertThat(later.forAgencies(Set.of(socialCare)).challenges()).extracting(ProgressReport.Challenge::agency)
        .containsExactly(socialCare);
    assertThat(reports.html(reports.asAt(reviewId, LocalDate.of(2026, 11, 30))))
        .contains("No agency was challenged about its progress by 30 November 2026.");
  }

  private void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  private Long raise(String responseDate, String concern, Long... actionIds) {
    identityService.setAuthentication(TestPeople.CHAIR, roles.groupIds(TestPeople.CHAIR));
    try {
      return challenges.raise(List.of(actionIds), concern, responseDate);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void complete(Long challengeId, String taskKey, String userId, Map<String, Object> variables) {
    String pid = jdbc.queryForObject("select process_instance_id from agency_challenge where id = ?", String.class, challengeId);
    completeAs(userId, openTask(pid, taskKey), variables);
  }
}
