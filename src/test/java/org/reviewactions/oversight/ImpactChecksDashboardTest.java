package org.reviewactions.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reviewactions.review.ImpactJudgement;
import org.reviewactions.review.ImpactMethod;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;

/** The dashboard's "Impact checks": each implemented recommendation's status, latest judgement and next check. */
class ImpactChecksDashboardTest extends OversightPagesTestSupport {

  @Test
  void theBoardSeesTheStatusLatestJudgementAndNextCheckAndAnotherAgencySeesNone() throws Exception {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan()
        .action("3", "Monitor how Board agencies will evidence the impact of lessons learned", "Audit of learning logs",
            "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency)
        .action("4", "Share information about dangerous adults", "Set up the register", "by March 2027",
            TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Long review = reviewIdOf(plan);
    Recommendation rec3 = recommendationsOf(plan).get(0);

    String before = page(TestPeople.BOARD, "/reviews?review=" + review);
    assertThat(before).contains("Impact checks").contains("No recommendation has been confirmed implemented yet.")
        .doesNotContain("rat-impact-row");

    recommendations.confirmImplemented(rec3.getId(), TestPeople.CHAIR, null, LocalDate.of(2027, 6, 1), ImpactMethod.AUDIT, null);
    String implemented = page(TestPeople.BOARD, "/reviews?review=" + review);
    assertThat(row(implemented)).contains("3: Monitor how Board agencies", "Implemented", "Not yet checked", "1 June 2027");

    recommendations.assessImpact(rec3.getId(), "Four of six agencies", null, null, ImpactJudgement.PARTLY,
        LocalDate.of(2027, 12, 1), TestPeople.CHAIR);
    String partly = page(TestPeople.BOARD, "/reviews?review=" + review);
    assertThat(row(partly)).contains("Implemented", "Partly embedded", "1 December 2027");

    recommendations.assessImpact(rec3.getId(), "All six", null, null, ImpactJudgement.EMBEDDED, null, TestPeople.CHAIR);
    String assured = page(TestPeople.BOARD, "/reviews?review=" + review);
    assertThat(row(assured)).contains("Impact assured", "Learning embedded", "None");
    assertThat(assured.split("rat-impact-row", -1)).as("recommendation 4 is not implemented: no row").hasSize(2);

    String outsider = page(agencyPerson("Other agency " + agency), "/reviews");
    assertThat(outsider).doesNotContain("Monitor how Board agencies");
  }

  /** The text of the one impact row. */
  private static String row(String html) {
    int start = html.indexOf("rat-impact-row");
    assertThat(start).as("an impact row").isPositive();
    return html.substring(start, html.indexOf("</tr>", start)).replaceAll("\\s+", " ");
  }
}
