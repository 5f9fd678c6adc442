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

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.notification.EmailDelivery;
import org.reviewactions.notification.EmailPreferences;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An import never leaves an action unreachable: the preview says what each agency and role of the plan is (an
 * existing agency and its leads, an existing role and its holder, or new, with the closest existing name beside a
 * near miss); the plan manager maps names to existing ones; and actions whose agency has no leads and whose role no
 * holder are imported only once acknowledged, their nomination then going to the plan managers.
 */
@AutoConfigureMockMvc
class ImportNameResolutionTest extends ProcessTestSupport {

  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([A-Za-z0-9_-]+)\"");

  @Autowired MockMvc mvc;
  @Autowired EmailPreferences preferences;

  /** A word of its own per test, so this test's agencies are the closest to its names whatever others created. */
  private String word;
  private String police;
  private String children;

  @BeforeEach
  void existingAgencies() {
    Random random = new Random();
    StringBuilder letters = new StringBuilder("Zq");
    for (int i = 0; i < 6; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    word = letters.toString();
    police = "Police " + word;
    children = "Children's Services " + word;
    TestPeople.holder(roles, "Head of Housing", police, TestPeople.OWNER);
    TestPeople.holder(roles, "Head of Safeguarding", children, TestPeople.OTHER_OWNER);
    roles.findOrCreate("Named Nurse", "Health " + word);
    roles.ensureAgencyGroups("Health " + word);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(children));
  }

  @AfterEach
  void planManagerBackToImmediateEmails() {
    preferences.choose(TestPeople.PLANNER, EmailDelivery.IMMEDIATE);
  }

  private TestPlan plan() {
    return TestPlan.plan()
        .action("1", "Housing is part of the plan", "Find homes for families leaving refuges", "by March 2027",
            "Head of Housing Needs", "Metropolitan Police " + word)
        .action("2", "Children's services lead on the plan", "Review every open case", "by March 2027",
            "Head of Safeguarding", "Childrens Services " + word)
        .action("3", "A new partner joins", "Join the board's training", "by March 2027",
            "Harbour Master", "Newtown Harbour " + word);
  }

  private MockHttpServletRequestBuilder api(TestPlan plan) {
    return multipart("/api/action-plans").file(new MockMultipartFile("file", "plan.csv", "text/csv", plan.csv()))
        .header("Authorization", SignIn.basic(TestPeople.PLANNER))
        .param("reviewRef", plan.reviewRef()).param("title", "SCR Names").param("board", "Test LSCB")
        .param("published", "2026-01-15");
  }

  private MockHttpServletRequestBuilder page(MockHttpSession session, TestPlan plan) {
    return multipart("/plans/import").file(new MockMultipartFile("file", "plan.csv", "text/csv", plan.csv()))
        .session(session).with(csrf())
        .param("reviewRef", plan.reviewRef()).param("title", "SCR Names").param("board", "Test LSCB")
        .param("published", "2026-01-15");
  }

  private static String token(String page) {
    Matcher m = TOKEN.matcher(page);
    assertThat(m.find()).as("the page holds the plan under a token").isTrue();
    return m.group(1);
  }

  private void nothingSaved(TestPlan plan) {
    assertThat(recommendations.forReview(plan.reviewRef())).isEmpty();
    assertThat(roles.agencies()).doesNotContain("Newtown Harbour " + word, "Metropolitan Police " + word);
    assertThat(roles.all()).noneMatch(r -> r.getName().equals("Harbour Master") && r.getAgency().contains(word));
  }

  @Test
  void thePreviewNamesEachAgencyAndRoleWithWhatItResolvesToAndSuggestsTheClosestForANearMiss() throws Exception {
    mvc.perform(api(plan()).param("dryRun", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.agencies[0].written").value("Metropolitan Police " + word))
        .andExpect(jsonPath("$.agencies[0].resolution").value("NEW"))
        .andExpect(jsonPath("$.agencies[0].suggestion").value(police))
        .andExpect(jsonPath("$.agencies[0].known").doesNotExist())
        .andExpect(jsonPath("$.agencies[1].written").value("Childrens Services " + word))
        .andExpect(jsonPath("$.agencies[1].resolution").value("EXISTING"))
        .andExpect(jsonPath("$.agencies[1].existing").value(children))
        .andExpect(jsonPath("$.agencies[1].leads").value(1))
        .andExpect(jsonPath("$.agencies[2].resolution").value("NEW"))
        .andExpect(jsonPath("$.agencies[2].suggestion").doesNotExist())
        .andExpect(jsonPath("$.roles[0].written").value("Head of Housing Needs"))
        .andExpect(jsonPath("$.roles[0].resolution").value("NEW"))
        .andExpect(jsonPath("$.roles[0].suggestion").value("Head of Housing"))
        .andExpect(jsonPath("$.roles[1].resolution").value("EXISTING"))
        .andExpect(jsonPath("$.roles[1].agency").value(children))
        .andExpect(jsonPath("$.roles[1].holder").value("Oscar Other"))
        .andExpect(jsonPath("$.roles[1].holderEmail").value("owner2@example.org"))
        .andExpect(jsonPath("$.roles[2].suggestion").doesNotExist())
        // Rows 2 (Metropolitan Police, new, no leads) and 4 (Newtown Harbour): nobody would be asked.
        .andExpect(jsonPath("$.warnings.length()").value(2))
        .andExpect(jsonPath("$.warnings[0].row").value(2))
        .andExpect(jsonPath("$.warnings[0].column").value("acknowledge"))
        .andExpect(jsonPath("$.warnings[1].message").value(containsString("Newtown Harbour " + word)));

    mvc.perform(api(plan()).param("dryRun", "true").param("agency", "Metropolitan Police " + word + ":" + police))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.agencies[0].existing").value(police))
        .andExpect(jsonPath("$.agencies[0].chosen").value(true))
        .andExpect(jsonPath("$.roles[0].agency").value(police))
        .andExpect(jsonPath("$.roles[0].suggestion").value("Head of Housing"))
        .andExpect(jsonPath("$.recommendations[0].actions[0].agency").value(police));
  }

  @Test
  void mappedNamesLandTheActionInTheExistingAgencyAndRoleAndItsHolderGetsIt() throws Exception {
    TestPlan plan = plan();
    mvc.perform(api(plan).param("agency", "Metropolitan Police " + word + ":" + police)
            .param("role", "Head of Housing Needs:Head of Housing").param("acknowledge", "unreachable"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.outcome").value("IMPORTED"))
        .andExpect(jsonPath("$.warnings.length()").value(1));

    Action housing = actionsOf(recommendationsOf(plan).get(0)).get(0);
    assertThat(housing.getAgency()).isEqualTo(police);
    assertThat(housing.getResponsible()).isEqualTo("Head of Housing");
    Action children = actionsOf(recommendationsOf(plan).get(1)).get(0);
    assertThat(children.getAgency()).isEqualTo(this.children);
    executeJobs(housing.getProcessInstanceId());
    assertThat(actions.get(housing.getId()).getOwnerUserId()).isEqualTo(TestPeople.OWNER);
    assertThat(roles.all()).noneMatch(r -> r.getName().equals("Head of Housing Needs") && r.getAgency().contains(word));
  }

  @Test
  void actionsNoOneWouldBeAskedAboutAreRefusedUnacknowledgedWithNothingSaved() throws Exception {
    TestPlan plan = plan();
    mvc.perform(api(plan).param("agency", "Metropolitan Police " + word + ":" + police)
            .param("role", "Head of Housing Needs:Head of Housing"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.outcome").value("UNACKNOWLEDGED"))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].column").value("acknowledge"))
        .andExpect(jsonPath("$.errors[0].row").value(4))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("acknowledge=unreachable")))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("Join the board")));
    nothingSaved(plan);

    mvc.perform(api(plan).param("acknowledge", "everything"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].column").value("acknowledge"));
    nothingSaved(plan);
  }

  @Test
  void mappingToANameThatDoesNotExistOrToAnotherAgencysRoleIsA400NamingTheParameter() throws Exception {
    TestPlan plan = plan();
    mvc.perform(api(plan).param("agency", "Metropolitan Police " + word + ":Metropolitan Polis " + word)
            .param("acknowledge", "unreachable"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.outcome").value("BAD_MAPPING"))
        .andExpect(jsonPath("$.errors[0].column").value("agency"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("not an existing agency")));
    mvc.perform(api(plan).param("agency", "Metropolitan Police " + word + ":" + police)
            .param("role", "Head of Housing Needs:Named Nurse").param("acknowledge", "unreachable"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].column").value("role"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("another agency")));
    mvc.perform(api(plan).param("role", "Chief Constable:Head of Housing").param("acknowledge", "unreachable"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].column").value("role"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("The plan names no role")));
    mvc.perform(api(plan).param("agency", "no colon here"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].column").value("agency"));
    String[] many = java.util.stream.IntStream.range(0, NameChoices.MAX_ENTRIES + 1).mapToObj(i -> "Role " + i + ":Head")
        .toArray(String[]::new);
    mvc.perform(api(plan).param("role", many))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].column").value("role"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("at most " + NameChoices.MAX_ENTRIES)));
    nothingSaved(plan);
  }

  @Test
  void onThePageThePlanManagerMapsNamesAndMustAcknowledgeUnreachableActions() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    TestPlan plan = plan();
    String preview = mvc.perform(page(planner, plan))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Closest existing: " + police)))
        .andExpect(content().string(containsString("Closest existing: Head of Housing")))
        .andExpect(content().string(containsString("Existing agency Children&#39;s Services " + word + ", 1 lead")))
        .andExpect(content().string(containsString("held by Oscar Other (owner2@example.org)")))
        .andExpect(content().string(containsString("2 actions no one would be asked about")))
        .andExpect(content().string(containsString("name=\"acknowledge\" value=\"unreachable\"")))
        .andReturn().getResponse().getContentAsString();
    // A near miss defaults to new; the suggestion is offered, not chosen.
    assertThat(preview).contains("<option value=\"Metropolitan Police " + word + ":\" selected=\"selected\">");
    assertThat(preview).contains("<option value=\"Metropolitan Police " + word + ":" + police + "\">Suggested: " + police);
    String token = token(preview);
    mvc.perform(post("/plans/import").session(SignIn.session(mvc, TestPeople.OWNER)).with(csrf()).param("token", token)
            .param("names", "true").param("agency", "Metropolitan Police " + word + ":" + police))
        .andExpect(status().isForbidden());
    mvc.perform(post("/plans/import").session(planner).with(csrf()).param("token", "A".repeat(43))
            .param("names", "true").param("agency", "Metropolitan Police " + word + ":" + police))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("This preview is no longer held")));

    mvc.perform(post("/plans/import").session(planner).with(csrf()).param("token", token).param("names", "true")
            .param("agency", "Metropolitan Police " + word + ":" + police, "Newtown Harbour " + word + ":")
            .param("role", "Head of Housing Needs:Head of Housing"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Existing agency " + police + ", 0 leads")))
        .andExpect(content().string(containsString("Existing role Head of Housing, held by Olive Owner (owner1@example.org)")))
        .andExpect(content().string(containsString("1 action no one would be asked about")));

    mvc.perform(post("/plans/import").session(planner).with(csrf()).param("confirm", "true").param("token", token))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("govuk-error-summary")))
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("href=\"#acknowledge\"")))
        .andExpect(content().string(containsString("Join the board&#39;s training")))
        .andExpect(content().string(containsString("id=\"acknowledge\"")))
        .andExpect(content().string(containsString("Change how the columns are read")));
    nothingSaved(plan);

    mvc.perform(post("/plans/import").session(planner).with(csrf()).param("confirm", "true").param("token", token)
            .param("acknowledge", "unreachable"))
        .andExpect(status().isCreated());
    Action housing = actionsOf(recommendationsOf(plan).get(0)).get(0);
    assertThat(housing.getAgency()).isEqualTo(police);
    assertThat(housing.getResponsible()).isEqualTo("Head of Housing");
  }

  @Test
  void hostileNamesAreShownAsText() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    TestPlan plan = TestPlan.plan().action("1", "Hostile", "Do it", "by March 2027", "=cmd|' /C calc'!A0",
        "<script>alert(1)</script> " + word);
    mvc.perform(page(planner, plan))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; " + word)))
        .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
        .andExpect(content().string(containsString("=cmd|&#39; /C calc&#39;!A0")));
    mvc.perform(api(plan).param("dryRun", "true"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.agencies[0].written").value("<script>alert(1)</script> " + word))
        .andExpect(jsonPath("$.roles[0].written").value("=cmd|' /C calc'!A0"));
    nothingSaved(plan);
  }

  @Test
  void anAcknowledgedActionsNominationIsEmailedToThePlanManagers() {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(PinnedClock.NOW));
    TestPlan plan = TestPlan.plan().action("1", "A new partner joins", "Join the board's training", "by March 2027",
        "Harbour Master", "Newtown Harbour " + word);
    ImportCommand command = plan.command(false).withNames(NameChoices.none());
    assertThat(importer.importPlan(command).outcome()).isEqualTo(ImportResult.Outcome.UNACKNOWLEDGED);
    nothingSaved(plan);

    ImportResult imported = importer.importPlan(command.withNames(NameChoices.none().withAcknowledged(true)));
    assertThat(imported.outcome()).isEqualTo(ImportResult.Outcome.IMPORTED);
    Action action = actionsOf(recommendationsOf(plan).get(0)).get(0);
    executeJobs(action.getProcessInstanceId());
    Task nominate = openTask(action.getProcessInstanceId(), ActionProcess.Element.NOMINATE_OWNER);
    assertThat(nominate).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(nominate.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId))
        .contains("plan-managers");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .processInstanceBusinessKey("task:" + nominate.getId() + ":waiting:" + TestPeople.PLANNER).count())
        .as("the plan manager is e-mailed that the nomination waits").isEqualTo(1);
  }
}
