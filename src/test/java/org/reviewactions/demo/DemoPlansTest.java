package org.reviewactions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoPlansTest {

  @Test
  void movesMonthYearAndFullDatesButNotParagraphNumbersOrActs() {
    assertThat(DemoPlans.shiftYears("March – Sept 2006", 20)).isEqualTo("March – Sept 2026");
    assertThat(DemoPlans.shiftYears("April 2006-March 2007 monitored quarterly", 20))
        .isEqualTo("April 2026-March 2027 monitored quarterly");
    assertThat(DemoPlans.shiftYears("by 31/12/2013", 13)).isEqualTo("by 31/12/2026");
    assertThat(DemoPlans.shiftYears("Progress as at 1.7.06", 20)).isEqualTo("Progress as at 1.7.26");
    assertThat(DemoPlans.shiftYears("3.3.14 Pending the introduction", 20)).isEqualTo("3.3.14 Pending the introduction");
    assertThat(DemoPlans.shiftYears("Adoption and Children Act 2002", 20)).isEqualTo("Adoption and Children Act 2002");
  }
}
