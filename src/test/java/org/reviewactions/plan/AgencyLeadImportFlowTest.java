package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Seed 003 as published names no one responsible: the plan manager chooses, on the page's column step or with
 * {@code responsible=agency-lead} on the API, to give each action to its agency's lead; the choice is held with
 * the previewed plan and imported as previewed. Any other value is refused with 400, unread.
 */
@AutoConfigureMockMvc
class AgencyLeadImportFlowTest extends ProcessTestSupport {

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]+)\"");
  private static final String OPTION = "The plan names no one:";

  @Autowired MockMvc mvc;

  private static String ref() {
    return "SCR-Y-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static MockHttpServletRequestBuilder upload(String path, String ref) {
    return multipart(path).file(new MockMultipartFile("file", "infant-y.docx", DOCX,
            WordSeedPlans.oxfordshireInfantYAsPublished()))
        .param("reviewRef", ref).param("title", "SCR Infant Y").param("board", "Oxfordshire SCB")
        .param("published", "2011-06-01");
  }

  private MockHttpServletRequestBuilder read(MockHttpSession session, String token) {
    return post("/plans/import").session(session).with(csrf()).param("token", token);
  }

  @Test
  void thePlanManagerChoosesAgencyLeadsOnTheColumnStepAndTheChoiceIsImportedAsPreviewed() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    String ref = ref();
    String refused = mvc.perform(upload("/plans/import", ref).session(planner).with(csrf()))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("give each action to its agency&#39;s lead")))
        .andExpect(content().string(containsString(OPTION)))
        .andExpect(content().string(containsString("name=\"responsible\" value=\"agency-lead\"")))
        .andReturn().getResponse().getContentAsString();
    Matcher m = TOKEN.matcher(refused);
    assertThat(m.find()).isTrue();
    String token = m.group(1);

    mvc.perform(read(planner, token).param("responsible", "everyone"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("The responsible choice &quot;everyone&quot; does not exist")));

    mvc.perform(read(planner, token).param("responsible", "agency-lead"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("10 recommendations, 43 actions")))
        .andExpect(content().string(containsString("as chosen, each action is given to its agency&#39;s lead")))
        .andExpect(content().string(containsString(">Thames Valley Police lead</td>")))
        .andExpect(content().string(containsString("checked=\"checked\"")))
        .andExpect(content().string(containsString("Import this plan")));

    mvc.perform(post("/plans/import").session(planner).with(csrf()).param("confirm", "true").param("token", token)
            .param("acknowledge", "unreachable"))
        .andExpect(status().isCreated());
    assertThat(recommendations.forReview(ref)).hasSize(10);
    Action police = actionsOf(recommendations.forReview(ref).get(0)).get(7);
    assertThat(police.getAgency()).isEqualTo("Thames Valley Police");
    assertThat(police.getResponsible()).isEqualTo("Thames Valley Police lead");
    // No one holds the new role, so the agency's leads are asked to name an owner, as for any such role
    // (an action whose dates are read, so no plan manager is asked to confirm them first).
    Action audit = actionsOf(recommendations.forReview(ref).get(4)).get(0);
    assertThat(audit.getResponsible()).isEqualTo("PCT/Oxford Health lead");
    executeJobs(audit.getProcessInstanceId());
    Task nominate = openTask(audit.getProcessInstanceId(), ActionProcess.Element.NOMINATE_OWNER);
    assertThat(nominate).as("active: %s", runtimeService.getActiveActivityIds(audit.getProcessInstanceId())).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(nominate.getId())).extracting(IdentityLink::getGroupId)
        .contains(AgencyGroups.leadsGroup("PCT/Oxford Health"));
  }

  @Test
  void untickingTheChoiceRefusesThePlanAgainRatherThanKeepingItSilently() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    String ref = ref();
    Matcher m = TOKEN.matcher(mvc.perform(upload("/plans/import", ref).session(planner).with(csrf()))
        .andReturn().getResponse().getContentAsString());
    assertThat(m.find()).isTrue();
    String token = m.group(1);
    mvc.perform(read(planner, token).param("responsible", "agency-lead")).andExpect(status().isOk());

    mvc.perform(read(planner, token)).andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("The plan has no Responsible column")))
        .andExpect(content().string(not(containsString("checked=\"checked\""))));
    mvc.perform(post("/plans/import").session(planner).with(csrf()).param("confirm", "true").param("token", token)
            .param("acknowledge", "unreachable"))
        .andExpect(status().isUnprocessableEntity());
    assertThat(recommendations.forReview(ref)).isEmpty();
  }

  @Test
  void theApiTakesResponsibleAgencyLeadAndRefusesAnyOtherValueWith400NamingIt() throws Exception {
    mvc.perform(upload("/api/action-plans", ref()).header("Authorization", SignIn.basic(TestPeople.PLANNER))
            .param("dryRun", "true").param("responsible", "agency-lead"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recommendationCount").value(10))
        .andExpect(jsonPath("$.actionCount").value(43))
        .andExpect(jsonPath("$.recommendations[0].actions[4].responsible").value("Children's Social Care lead"))
        .andExpect(jsonPath("$.notes[-1]").value(containsString("each action is given to its agency's lead")));
    mvc.perform(upload("/api/action-plans", ref()).header("Authorization", SignIn.basic(TestPeople.PLANNER))
            .param("dryRun", "true"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("responsible=agency-lead")));
    String ref = ref();
    mvc.perform(upload("/api/action-plans", ref).header("Authorization", SignIn.basic(TestPeople.PLANNER))
            .param("responsible", "<script>board</script>"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.outcome").value("BAD_MAPPING"))
        .andExpect(jsonPath("$.errors[0].column").value("responsible"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("\"<script>board</script>\" does not exist")));
    assertThat(recommendations.forReview(ref)).isEmpty();
  }
}
