package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Each person chooses immediate e-mails or the daily digest for themselves, and only for themselves. */
@AutoConfigureMockMvc
class EmailSettingsPageTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;
  @Autowired EmailPreferences preferences;

  @AfterEach
  void backToTheDefault() {
    preferences.choose(TestPeople.CHAIR, EmailDelivery.IMMEDIATE);
    preferences.choose(TestPeople.SECOND_CHAIR, EmailDelivery.IMMEDIATE);
  }

  @Test
  void signedInPersonSeesTheirChoiceAndChangesIt() throws Exception {
    MockHttpSession session = SignIn.session(mvc, TestPeople.CHAIR);
    mvc.perform(get("/settings/e-mails").session(session)).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("How do you want to hear about tasks?")));

    mvc.perform(post("/settings/e-mails").session(session).with(csrf()).param("delivery", "DIGEST"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Your choice is saved.")));

    assertThat(preferences.deliveryFor(TestPeople.CHAIR)).isEqualTo(EmailDelivery.DIGEST);
  }

  @Test
  void anotherPersonsChoiceCannotBeChangedWhateverTheRequestAdds() throws Exception {
    MockHttpSession session = SignIn.session(mvc, TestPeople.CHAIR);
    mvc.perform(post("/settings/e-mails").session(session).with(csrf()).param("delivery", "DIGEST")
        .param("userId", TestPeople.SECOND_CHAIR).param("user", TestPeople.SECOND_CHAIR))
        .andExpect(status().isOk());
    mvc.perform(post("/settings/e-mails?userId=" + TestPeople.SECOND_CHAIR).session(session).with(csrf())
        .param("delivery", "DIGEST")).andExpect(status().isOk());

    assertThat(preferences.deliveryFor(TestPeople.SECOND_CHAIR)).isEqualTo(EmailDelivery.IMMEDIATE);
    assertThat(preferences.deliveryFor(TestPeople.CHAIR)).isEqualTo(EmailDelivery.DIGEST);
  }

  @Test
  void aChangeWithoutTheCsrfTokenOrWithoutSigningInIsRefusedAndNothingIsSaved() throws Exception {
    MockHttpSession session = SignIn.session(mvc, TestPeople.CHAIR);
    mvc.perform(post("/settings/e-mails").session(session).param("delivery", "DIGEST"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/settings/e-mails").with(csrf()).param("delivery", "DIGEST"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/settings/e-mails")).andExpect(status().is3xxRedirection());

    assertThat(preferences.deliveryFor(TestPeople.CHAIR)).isEqualTo(EmailDelivery.IMMEDIATE);
  }

  @Test
  void anUnknownChoiceIsRefusedWithAMessageShownAsText() throws Exception {
    MockHttpSession session = SignIn.session(mvc, TestPeople.CHAIR);
    mvc.perform(post("/settings/e-mails").session(session).with(csrf()).param("delivery", "<script>alert(1)</script>"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose how you want to hear about tasks")))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))));

    assertThat(preferences.deliveryFor(TestPeople.CHAIR)).isEqualTo(EmailDelivery.IMMEDIATE);
  }
}
