package org.reviewactions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.plan.RecommendationProcess;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.RecommendationStatus;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.test.context.TestPropertySource;

/** What a newcomer finds after {@code mvn spring-boot:run}: live work at every stage, for every role. */
@TestPropertySource(properties = "rat.demo.enabled=true")
class DemoDataTest extends ProcessTestSupport {

  private List<Action> actionsOfReview(String ref) {
    return recommendations.forReview(ref).stream().flatMap(r -> actions.forRecommendation(r.getId()).stream()).toList();
  }

  @Test
  void demoLoadsTheThreeSeedReviewsWithWorkAtEveryStage() {
    assertThat(recommendations.forReview("SCR-BABY-A")).hasSize(23);
    assertThat(recommendations.forReview("SCR-INFANT-Y")).hasSize(10);
    assertThat(recommendations.forReview("SCR-BABY-E")).hasSize(52);
    assertThat(recommendations.forReview("SCR-BABY-A")).extracting(Recommendation::getNumber).contains("3.3.14");

    List<Action> all = new java.util.ArrayList<>(actionsOfReview("SCR-BABY-A"));
    all.addAll(actionsOfReview("SCR-INFANT-Y"));
    all.addAll(actionsOfReview("SCR-BABY-E"));
    LocalDate today = PinnedClock.TODAY;
    assertThat(all).filteredOn(a -> a.getStatus() == ActionStatus.COMPLETE).hasSizeGreaterThan(10);
    assertThat(all).filteredOn(a -> a.getStatus() != ActionStatus.COMPLETE && a.getDueDate() != null
        && a.getDueDate().isBefore(today)).as("lapsed").isNotEmpty();
    assertThat(all).filteredOn(a -> a.getDueDate() != null && !a.getDueDate().isBefore(today)
        && a.getDueDate().isBefore(today.plusDays(60))).as("due soon").isNotEmpty();
    assertThat(all).filteredOn(a -> a.getDueDate() != null && a.getDueDate().isAfter(today.plusDays(60)))
        .as("months away").isNotEmpty();

    assertThat(taskService.createTaskQuery().taskAssignee("kingston.nursing").count()).isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateUser("chair").taskDefinitionKey(ActionProcess.Element.VERIFY_EVIDENCE).count())
        .isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateUser("kingston.lead").taskDefinitionKey(ActionProcess.Element.NOMINATE_OWNER)
        .count()).isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateUser("planner").taskDefinitionKey(ActionProcess.Element.CONFIRM_DATES)
        .count()).isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateUser("chair")
        .taskDefinitionKey(RecommendationProcess.Element.CONFIRM_IMPLEMENTED).count()).isPositive();
    assertThat(recommendations.forReview("SCR-INFANT-Y")).extracting(Recommendation::getStatus)
        .contains(RecommendationStatus.IMPLEMENTED);
    assertThat(identityService.checkPassword("chair", "demo")).isTrue();
  }
}
