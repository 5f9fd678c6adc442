package org.reviewactions.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;

/** With Boot's link-encoding filter switched off (shared/PageLinksConfig), the version-less webjar is still served. */
class PageLinksTest extends OversightPagesTestSupport {

  @Test
  void theGovukStylesheetIsServedWithoutItsVersionInThePath() throws Exception {
    String css = mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(css).contains(".govuk-");
  }

  @Test
  void theDashboardLinksTheStylesheetAndItsReviewsAsWritten() throws Exception {
    String page = mvc.perform(get("/reviews").session(SignIn.session(mvc, TestPeople.BOARD)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("href=\"/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css\"");
  }
}
