package org.reviewactions.oversight;

import org.reviewactions.identity.AgencyGroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.mock.web.MockHttpSession;

/** Who sees what on /reviews and /actions/{id}: the same rules as Tasklist, a 404 for what is not theirs. */
class OversightAccessTest extends OversightPagesTestSupport {

  private String otherAgency;

  /** One review with an action of the test's agency (owned by OWNER) and one of another agency (owned by OTHER_OWNER). */
  private List<Action> twoAgencies() {
    otherAgency = "Other " + UUID.randomUUID().toString().substring(0, 6);
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, otherAgency, TestPeople.OTHER_OWNER);
    TestPlan plan = TestPlan.plan()
        .action("1", "Share information", "Mine: set up the register", "by October 2026", TestPeople.ROLE_WITH_HOLDER, agency)
        .action("1", "Share information", "Theirs: train the staff", "by October 2026", TestPeople.ROLE_WITH_HOLDER, otherAgency);
    importPlan(plan);
    return actionsOf(plan);
  }

  @Test
  void anAgencyPersonSeesOnlyTheirAgencysActionsOnTheDashboard() throws Exception {
    List<Action> actions = twoAgencies();
    String person = agencyPerson(agency);

    String html = page(person, "/reviews");

    assertThat(html).contains("Mine: set up the register").doesNotContain("Theirs: train the staff")
        .doesNotContain(otherAgency).contains("You see the actions of your agency");
    assertThat(rowIds(html, "rat-overdue-row")).contains(actions.get(0).getId()).doesNotContain(actions.get(1).getId());
    // Filtering for the other agency does not widen what the person sees.
    String filtered = mvc.perform(get("/reviews?agency={a}", otherAgency).session(SignIn.session(mvc, person)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(filtered).doesNotContain("Theirs: train the staff");
    assertThat(rowIds(filtered, "rat-overdue-row")).isEmpty();
  }

  @Test
  void anAgencysLeadSeesTheAgencysActionsOnTheDashboardAsInItsProgressReport() throws Exception {
    List<Action> actions = twoAgencies();
    String lead = agencyPerson(otherAgency);
    identityService.deleteMembership(lead, AgencyGroups.agencyGroup(otherAgency));
    identityService.createMembership(lead, AgencyGroups.leadsGroup(otherAgency));

    String html = page(lead, "/reviews");

    assertThat(html).contains("Theirs: train the staff").doesNotContain("Mine: set up the register");
    assertThat(rowIds(html, "rat-overdue-row")).contains(actions.get(1).getId()).doesNotContain(actions.get(0).getId());
  }

  @Test
  void theBoardSeesEveryAgency() throws Exception {
    List<Action> actions = twoAgencies();

    Long review = actions().recommendationOf(actions.get(0)).getReview().getId();

    String html = page(TestPeople.BOARD, "/reviews?review=" + review);

    assertThat(rowIds(html, "rat-overdue-row")).containsExactlyInAnyOrder(actions.get(0).getId(), actions.get(1).getId());
  }

  private org.reviewactions.action.ActionService actions() {
    return actions;
  }

  @Test
  void anotherAgencysOwnerGetsNotFoundForTheActionAndItsOwnAgencyPersonGetsThePage() throws Exception {
    List<Action> actions = twoAgencies();
    Long mine = actions.get(0).getId();

    MockHttpSession other = SignIn.session(mvc, TestPeople.OTHER_OWNER);
    String refused = mvc.perform(get("/actions/" + mine).session(other)).andExpect(status().isNotFound())
        .andReturn().getResponse().getContentAsString();
    assertThat(refused).doesNotContain("Mine: set up the register");
    mvc.perform(get("/actions/" + actions.get(1).getId()).session(other)).andExpect(status().isOk());

    assertThat(page(agencyPerson(agency), "/actions/" + mine)).contains("Mine: set up the register");
    assertThat(page(TestPeople.OWNER, "/actions/" + mine)).contains("Mine: set up the register");
  }

  @Test
  void anActionThatDoesNotExistIsNotFoundAndAnIdThatIsNoNumberIsRefused() throws Exception {
    MockHttpSession board = SignIn.session(mvc, TestPeople.BOARD);
    mvc.perform(get("/actions/987654321").session(board)).andExpect(status().isNotFound());
    mvc.perform(get("/actions/99999999999999999999999").session(board)).andExpect(status().isNotFound());
    mvc.perform(get("/actions/1%20or%201=1").session(board)).andExpect(status().is4xxClientError());
  }

  @Test
  void signedOutPeopleAreSentToSignIn() throws Exception {
    List<Action> actions = twoAgencies();
    mvc.perform(get("/reviews")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/sign-in"));
    mvc.perform(get("/actions/" + actions.get(0).getId())).andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("**/sign-in"));
  }

  @Test
  void planManagersGetTheLinkToTheActionsChangesAndOthersDoNot() throws Exception {
    Long mine = twoAgencies().get(0).getId();
    assertThat(page(TestPeople.PLANNER, "/actions/" + mine)).contains("href=\"/actions/" + mine + "/changes\"");
    assertThat(page(TestPeople.BOARD, "/actions/" + mine)).doesNotContain("/changes\"");
  }
}
