package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewactions.security.TestAdministrator;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Who may grant what by invitation: plan managers put people in agency groups and agency leads groups; the monitoring
 * sub-group, the board, the plan managers and the administrators are granted by administrators only.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"rat.mail.transport=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class InvitationGrantsTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final List<String> ADMIN_ONLY = List.of("subgroup-chairs", "board", "plan-managers", "camunda-admin");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired AuthorizationService authorizations;

  private String admin;

  @BeforeEach
  void administrator() {
    admin = TestAdministrator.ensure(identityService, authorizations);
  }

  private ResultActions invite(String asUser, String userId, List<String> groups) throws Exception {
    Map<String, Object> body = Map.of("userId", userId, "firstName", "Gina", "lastName", "Grant",
        "email", userId + "@agency.example.org", "groups", groups);
    String basic = Base64.getEncoder().encodeToString((asUser + ":" + TestPeople.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return mvc.perform(post("/api/invitations").contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body)).header("Authorization", "Basic " + basic));
  }

  private static String newUserId() {
    return "grant." + UUID.randomUUID().toString().substring(0, 8);
  }

  private void assertNothingCreated(String userId) {
    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    assertThat(identityService.createGroupQuery().groupMember(userId).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from invitation where user_id = ?", Integer.class, userId)).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void aPlanManagerInvitingIntoTheBoardIsA403NamingTheGroupAndCreatesNothing() throws Exception {
    for (String group : ADMIN_ONLY) {
      String userId = newUserId();
      invite(TestPeople.PLANNER, userId, List.of(group)).andExpect(status().isForbidden())
          .andExpect(jsonPath("$.errors[0].field").value("groups"))
          .andExpect(jsonPath("$.errors[0].message").value(containsString("'" + group + "'")));
      assertNothingCreated(userId);
    }
  }

  @Test
  void anAgencyGroupBesideTheBoardDoesNotLetTheBoardThrough() throws Exception {
    String userId = newUserId();
    invite(TestPeople.PLANNER, userId, List.of(AgencyGroups.agencyGroup(TestPeople.AGENCY), "board"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("'board'"),
            not(containsString(AgencyGroups.agencyGroup(TestPeople.AGENCY))))));
    assertNothingCreated(userId);
  }

  @Test
  void aPlanManagerCannotInviteIntoAGroupThatIsNotAnAgencys() throws Exception {
    roles.ensureGroup("auditors", "Auditors", "WORKFLOW");
    String userId = newUserId();
    invite(TestPeople.PLANNER, userId, List.of("auditors")).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("'auditors'")));
    assertNothingCreated(userId);
  }

  @Test
  void anAdministratorMayInviteIntoAnyGroup() throws Exception {
    String userId = newUserId();
    List<String> groups = List.of("subgroup-chairs", "board", "plan-managers", "camunda-admin",
        AgencyGroups.leadsGroup(TestPeople.AGENCY));
    invite(admin, userId, groups).andExpect(status().isCreated());
    assertThat(identityService.createGroupQuery().groupMember(userId).list()).extracting(Group::getId)
        .containsExactlyInAnyOrderElementsOf(groups);
  }
}
