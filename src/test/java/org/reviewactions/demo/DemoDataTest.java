package org.reviewactions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    assertThat(recommendations.forReview("SCR-BABY-A")).hasSize(33);
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

  @Test
  void everyOpenTaskOfTheDemoHasADueDate() {
    List<org.camunda.bpm.engine.task.Task> open = taskService.createTaskQuery().list();
    assertThat(open).isNotEmpty();
    assertThat(open).as("open tasks without a due date").filteredOn(t -> t.getDueDate() == null)
        .extracting(t -> t.getTaskDefinitionKey() + ": " + t.getName()).isEmpty();
  }

  @Test
  void demoRecommendationsReadAsTheBoardWroteThemWithOnlyThePlansDatesMoved() {
    Map<String, Recommendation> babyA = recommendations.forReview("SCR-BABY-A").stream()
        .collect(Collectors.toMap(Recommendation::getNumber, Function.identity()));
    int year = PinnedClock.TODAY.getYear();
    for (String review : List.of("SCR-BABY-A", "SCR-INFANT-Y", "SCR-BABY-E")) {
      assertThat(recommendations.forReview(review)).as(review).allSatisfy(rec -> assertThat(rec.getText())
          .as(review + " " + rec.getNumber()).doesNotContainPattern("(^|\\n)\\s*\\d+(\\.\\d+)+\\s"));
    }

    assertThat(babyA.get("3.6.1").getText())
        .endsWith("should be discussed at the monthly meeting already held with Midwives and other agencies.");
    assertThat(babyA.get("3.6.2").getText()).startsWith("The education programme on DV should be reviewed");
    // History in the text stays history; the plan's timescale is moved to this year.
    assertThat(babyA.get("3.3.5").getText()).endsWith("will be replaced by permanent staff by February 2006.");
    assertThat(babyA.get("3.3.9 iii").getText()).endsWith("Adoption and Children Act 2002.");
    Action monitoring = actions.forRecommendation(babyA.get("3.3.4").getId()).get(0);
    assertThat(monitoring.getTimescale()).isEqualTo("December " + year);
    Action interim = actions.forRecommendation(babyA.get("3.3.14").getId()).get(0);
    assertThat(interim.getDescription()).isEqualTo("Interim manual records of \"dangerous adults\" are shared across Police, "
        + "RBK Housing, RBK Children's Services, Kingston Hospital and the PCT");
    Action ics = actions.forRecommendation(babyA.get("3.3.13").getId()).get(0);
    assertThat(actions.progress(ics.getId())).extracting(p -> p.getText())
        .containsExactly("Addressed via ICS Oct/Nov 2006\nAs above\nAs above");
    assertThat(actions.progress(ics.getId())).extracting(p -> p.getAsAt()).containsExactly(LocalDate.of(year, 7, 1));
  }
}
