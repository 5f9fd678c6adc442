package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.ResponsibleRole;
import org.reviewactions.notification.NotificationProcess;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The People and roles page: plan managers see who leads, holds and belongs where, give a role a new
 * holder (the role's open work follows, recorded on each action) and make someone a lead; everyone else,
 * a forged post and a person of another agency are refused, and hostile names are shown as text.
 */
@AutoConfigureMockMvc
class PeoplePageTest extends ProcessTestSupport {

  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final String HOSTILE = "hostile1";

  @Autowired MockMvc mvc;

  private Action action;
  private ResponsibleRole role;

  @BeforeEach
  void anActionOwnedByTheRolesHolder() {
    action = importedWithOwner(NOW, "by December 2026");
    role = roles.findOrCreate(TestPeople.ROLE_WITH_HOLDER, agency);
    identityService.createMembership(TestPeople.OWNER, AgencyGroups.agencyGroup(agency));
    identityService.createMembership(TestPeople.OTHER_OWNER, AgencyGroups.agencyGroup(agency));
  }

  private Task deliver() {
    return openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
  }

  @Test
  void ownersAndBoardMembersCannotOpenOrChangeIt() throws Exception {
    for (String user : new String[] {TestPeople.OWNER, TestPeople.BOARD, TestPeople.LEAD}) {
      MockHttpSession session = SignIn.session(mvc, user);
      mvc.perform(get("/people").session(session)).andExpect(status().isForbidden());
      mvc.perform(post("/people/roles/holder").session(session).with(csrf())
          .param("roleId", role.getId().toString()).param("userId", TestPeople.OTHER_OWNER)).andExpect(status().isForbidden());
      mvc.perform(post("/people/leads").session(session).with(csrf())
          .param("agency", agency).param("userId", user)).andExpect(status().isForbidden());
    }
    assertThat(roles.role(role.getId()).getHolderUserId()).isEqualTo(TestPeople.OWNER);
    assertThat(roles.isLead(TestPeople.OWNER, agency)).isFalse();
  }

  @Test
  void aForgedPostWithoutTheCsrfTokenChangesNothing() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/people/roles/holder").session(planner)
        .param("roleId", role.getId().toString()).param("userId", TestPeople.OTHER_OWNER)).andExpect(status().isForbidden());
    mvc.perform(post("/people/leads").session(planner).param("agency", agency).param("userId", TestPeople.OWNER))
        .andExpect(status().isForbidden());
    assertThat(roles.role(role.getId()).getHolderUserId()).isEqualTo(TestPeople.OWNER);
    assertThat(deliver().getAssignee()).isEqualTo(TestPeople.OWNER);
    assertThat(roles.isLead(TestPeople.OWNER, agency)).isFalse();
  }

  @Test
  void aHolderFromAnotherAgencyOrAnUnknownIdIsRefusedNamingTheProblem() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/people/roles/holder").session(planner).with(csrf())
        .param("roleId", role.getId().toString()).param("userId", TestPeople.CHAIR))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("is not one of the people of")));
    mvc.perform(post("/people/roles/holder").session(planner).with(csrf())
        .param("roleId", role.getId().toString()).param("userId", "<script>alert(1)</script>"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("There is nobody with the user id &#39;&lt;script&gt;")))
        .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
    mvc.perform(post("/people/roles/holder").session(planner).with(csrf())
        .param("roleId", "999999999").param("userId", TestPeople.OTHER_OWNER)).andExpect(status().isNotFound());
    mvc.perform(post("/people/leads").session(planner).with(csrf()).param("agency", agency).param("userId", TestPeople.CHAIR))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("only its own people can lead it")));
    mvc.perform(post("/people/leads").session(planner).with(csrf()).param("agency", "No such agency").param("userId", TestPeople.OWNER))
        .andExpect(status().isBadRequest());
    assertThat(roles.role(role.getId()).getHolderUserId()).isEqualTo(TestPeople.OWNER);
    assertThat(deliver().getAssignee()).isEqualTo(TestPeople.OWNER);
    assertThat(actions.get(action.getId()).getOwnerUserId()).isEqualTo(TestPeople.OWNER);
    assertThat(roles.isLead(TestPeople.CHAIR, agency)).isFalse();
  }

  @Test
  void aNewHolderTakesOverTheRolesOpenWorkWhichIsRecordedOnTheActionAndThePage() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/people/roles/holder").session(planner).with(csrf())
        .param("roleId", role.getId().toString()).param("userId", TestPeople.OTHER_OWNER))
        .andExpect(status().is3xxRedirection());

    assertThat(roles.role(role.getId()).getHolderUserId()).isEqualTo(TestPeople.OTHER_OWNER);
    assertThat(deliver().getAssignee()).isEqualTo(TestPeople.OTHER_OWNER);
    assertThat(actions.get(action.getId()).getOwnerUserId()).as("later reminders go to the owner").isEqualTo(TestPeople.OTHER_OWNER);
    assertThat(runtimeService.getVariable(action.getProcessInstanceId(), ActionProcess.Var.OWNER_ID)).isEqualTo(TestPeople.OTHER_OWNER);
    assertThat(actions.history(action.getId())).anySatisfy(entry -> {
      assertThat(entry.getKind()).isEqualTo(HistoryKind.ROLE_HOLDER_CHANGED.name());
      assertThat(entry.getActor()).isEqualTo(TestPeople.PLANNER);
      assertThat(entry.getText()).contains("Olive Owner").contains("Oscar Other");
    });
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .processInstanceBusinessKeyLike("action:" + action.getId() + ":assignment:role-holder:%").count())
        .as("the new holder is e-mailed").isEqualTo(1);

    mvc.perform(get("/people").session(planner)).andExpect(status().isOk())
        .andExpect(content().string(containsString("Holder of " + TestPeople.ROLE_WITH_HOLDER + " (" + agency + ")")))
        .andExpect(content().string(containsString("owner2@example.org")));
  }

  @Test
  void aPlanManagerMakesAPersonOfTheAgencyALead() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/people/leads").session(planner).with(csrf()).param("agency", agency).param("userId", TestPeople.OTHER_OWNER))
        .andExpect(status().is3xxRedirection());
    assertThat(roles.isLead(TestPeople.OTHER_OWNER, agency)).isTrue();
    mvc.perform(post("/people/leads").session(planner).with(csrf()).param("agency", agency).param("userId", TestPeople.OTHER_OWNER))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("already leads")));
    mvc.perform(get("/people").session(planner)).andExpect(status().isOk())
        .andExpect(content().string(containsString(agency + " leads")));
  }

  @Test
  void aPlanManagerInvitesAPersonIntoAnAgencyAndOnlyIntoAKnownOne() throws Exception {
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    String newcomer = "new." + Long.toHexString(System.nanoTime());
    mvc.perform(post("/people/invite").session(planner).with(csrf()).param("agency", "board").param("userId", newcomer)
        .param("firstName", "Nia").param("lastName", "New").param("email", newcomer + "@example.org"))
        .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Choose one of the agencies listed")));
    mvc.perform(post("/people/invite").session(planner).with(csrf()).param("agency", agency).param("userId", "<b>")
        .param("firstName", "Nia").param("lastName", "New").param("email", "nia@example.org"))
        .andExpect(status().isUnprocessableEntity()).andExpect(content().string(containsString("Enter a user id")));
    assertThat(identityService.createUserQuery().userId(newcomer).count()).isZero();

    mvc.perform(post("/people/invite").session(planner).with(csrf()).param("agency", agency).param("userId", newcomer)
        .param("firstName", "Nia").param("lastName", "New").param("email", newcomer + "@example.org"))
        .andExpect(status().is3xxRedirection());
    assertThat(roles.belongsTo(newcomer, agency)).isTrue();
    mvc.perform(post("/people/invite").session(SignIn.session(mvc, TestPeople.OWNER)).with(csrf()).param("agency", agency)
        .param("userId", newcomer + "x").param("firstName", "A").param("lastName", "B").param("email", "ab@example.org"))
        .andExpect(status().isForbidden());
  }

  @Test
  void hostileNamesAreShownAsText() throws Exception {
    if (identityService.createUserQuery().userId(HOSTILE).count() == 0) {
      User user = identityService.newUser(HOSTILE);
      user.setFirstName("<img src=x onerror=alert(1)>");
      user.setLastName("Doe");
      user.setEmail("hostile@example.org");
      user.setPassword(TestPeople.PASSWORD);
      ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
    identityService.createMembership(HOSTILE, AgencyGroups.agencyGroup(agency));
    mvc.perform(get("/people").session(SignIn.session(mvc, TestPeople.PLANNER))).andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt; Doe")))
        .andExpect(content().string(not(containsString("<img src=x"))));
  }
}
