package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.ResponsibleRole;
import org.reviewactions.support.MailParts;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Waiting invitations on the People and roles page and through the API: listed with their state, resent (a new
 * link, exactly one e-mail each time, the old link dead) and cancelled (the link dead, the account removed or, when
 * work names it, kept without groups), each recorded; and the attacks on both: other people, forged posts, closed
 * and unknown invitations.
 */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"rat.mail.transport=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class InvitationManagementTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Pattern LINK = Pattern.compile("http://tracker\\.test/invitations/([A-Za-z0-9_-]{43})");
  private static final String PASSWORD = "correct horse battery";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  /** Invites a new person into the test agency through the API; returns their user id. */
  private String invited() throws Exception {
    String userId = "inv." + UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", userId);
    body.put("firstName", "Ivy");
    body.put("lastName", "Invitee");
    body.put("email", userId + "@hospital.example.org");
    body.put("groups", List.of(AgencyGroups.agencyGroup(TestPeople.AGENCY)));
    mvc.perform(post("/api/invitations").header("Authorization", SignIn.basic(TestPeople.PLANNER))
        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andExpect(status().isCreated());
    return userId;
  }

  private long idOf(String userId) {
    return jdbc.queryForObject("select max(id) from invitation where user_id = ?", Long.class, userId);
  }

  /** The tokens of every link e-mailed to the user so far, oldest first. */
  private List<String> tokensSentTo(String userId) throws Exception {
    List<String> tokens = new ArrayList<>();
    for (MimeMessage mail : greenMail.getReceivedMessages()) {
      if (mail.getAllRecipients()[0].toString().contains(userId + "@")) {
        Matcher matcher = LINK.matcher(MailParts.of(mail).text());
        assertThat(matcher.find()).isTrue();
        tokens.add(matcher.group(1));
      }
    }
    return tokens;
  }

  private ResultActions resendByApi(String asUser, Object id) throws Exception {
    return mvc.perform(post("/api/invitations/" + id + "/resend").header("Authorization", SignIn.basic(asUser)));
  }

  private ResultActions cancelByApi(String asUser, Object id) throws Exception {
    return mvc.perform(delete("/api/invitations/" + id).header("Authorization", SignIn.basic(asUser)));
  }

  private int changesOf(String kind, String userId) {
    return jdbc.queryForObject("select count(*) from people_change where kind = ? and to_user = ? and actor = ?",
        Integer.class, kind, userId, TestPeople.PLANNER);
  }

  @Test
  void eachResendEmailsExactlyOneNewLinkAndTheOldLinkStopsWorking() throws Exception {
    String userId = invited();
    long id = idOf(userId);
    String first = tokensSentTo(userId).get(0);

    resendByApi(TestPeople.PLANNER, id).andExpect(status().isOk())
        .andExpect(jsonPath("$.userId").value(userId)).andExpect(jsonPath("$.expiresOn").isNotEmpty())
        .andExpect(content().string(not(containsString("token"))));
    resendByApi(TestPeople.PLANNER, id).andExpect(status().isOk());

    List<String> tokens = tokensSentTo(userId);
    assertThat(tokens).as("one e-mail for the invitation and one per resend").hasSize(3).doesNotHaveDuplicates();
    assertThat(jdbc.queryForObject("select count(*) from notification where idempotency_key like ?", Integer.class,
        "invitation:" + id + "%")).isEqualTo(3);
    for (String old : List.of(first, tokens.get(1))) {
      mvc.perform(get("/invitations/" + old)).andExpect(status().isGone())
          .andExpect(content().string(containsString("This invitation link cannot be used")));
    }
    mvc.perform(get("/invitations/" + tokens.get(2))).andExpect(status().isOk())
        .andExpect(content().string(containsString("Ivy Invitee")));
    assertThat(changesOf("INVITATION_RESENT", userId)).isEqualTo(2);

    // The newest link still works, once.
    mvc.perform(post("/invitations/" + tokens.get(2)).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
        .andExpect(status().isOk());
    assertThat(identityService.checkPassword(userId, PASSWORD)).isTrue();
  }

  @Test
  void cancellingStopsTheLinkAndRemovesAnAccountNothingNames() throws Exception {
    String userId = invited();
    long id = idOf(userId);
    String token = tokensSentTo(userId).get(0);

    cancelByApi(TestPeople.PLANNER, id).andExpect(status().isOk())
        .andExpect(jsonPath("$.userId").value(userId)).andExpect(jsonPath("$.accountRemoved").value(true));

    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    assertThat(identityService.createGroupQuery().groupMember(userId).count()).isZero();
    mvc.perform(get("/invitations/" + token)).andExpect(status().isGone())
        .andExpect(content().string(containsString("This invitation link cannot be used")))
        .andExpect(content().string(containsString("cancelled")));
    mvc.perform(post("/invitations/" + token).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
        .andExpect(status().isGone());
    assertThat(changesOf("INVITATION_CANCELLED", userId)).isEqualTo(1);

    resendByApi(TestPeople.PLANNER, id).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("was cancelled")));
    cancelByApi(TestPeople.PLANNER, id).andExpect(status().isConflict());
    assertThat(tokensSentTo(userId)).as("no e-mail for a cancelled invitation").hasSize(1);
  }

  @Test
  void cancellingKeepsAnAccountThatHoldsARoleButTakesItsGroups() throws Exception {
    String userId = invited();
    ResponsibleRole role = roles.findOrCreate("Invited Role " + UUID.randomUUID().toString().substring(0, 6), TestPeople.AGENCY);
    roles.setHolder(role.getId(), userId);

    cancelByApi(TestPeople.PLANNER, idOf(userId)).andExpect(status().isOk()).andExpect(jsonPath("$.accountRemoved").value(false));

    assertThat(identityService.createUserQuery().userId(userId).count()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupMember(userId).count()).isZero();
    assertThat(identityService.checkPassword(userId, PASSWORD)).isFalse();
  }

  @Test
  void anAcceptedInvitationCannotBeResentOrCancelled() throws Exception {
    String userId = invited();
    long id = idOf(userId);
    String token = tokensSentTo(userId).get(0);
    mvc.perform(post("/invitations/" + token).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
        .andExpect(status().isOk());

    resendByApi(TestPeople.PLANNER, id).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("was accepted")));
    cancelByApi(TestPeople.PLANNER, id).andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(containsString("was accepted")));
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/people/invitations/" + id + "/cancel").session(planner).with(csrf()))
        .andExpect(status().isConflict()).andExpect(content().string(containsString("was accepted")));

    assertThat(identityService.checkPassword(userId, PASSWORD)).isTrue();
    assertThat(identityService.createGroupQuery().groupMember(userId).count()).isEqualTo(1);
    assertThat(tokensSentTo(userId)).hasSize(1);
  }

  @Test
  void unknownInvitationsAreNotFound() throws Exception {
    resendByApi(TestPeople.PLANNER, 999999999).andExpect(status().isNotFound());
    cancelByApi(TestPeople.PLANNER, 999999999).andExpect(status().isNotFound());
    resendByApi(TestPeople.PLANNER, "abc").andExpect(status().isBadRequest());
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/people/invitations/999999999/resend").session(planner).with(csrf())).andExpect(status().isNotFound());
    mvc.perform(post("/people/invitations/999999999/cancel").session(planner).with(csrf())).andExpect(status().isNotFound());
    mvc.perform(post("/people/invitations/1e9/cancel").session(planner).with(csrf())).andExpect(status().isNotFound());
  }

  @Test
  void onlyPlanManagersResendOrCancelAndAForgedPostChangesNothing() throws Exception {
    String userId = invited();
    long id = idOf(userId);
    for (String user : new String[] {TestPeople.OWNER, TestPeople.LEAD, TestPeople.BOARD}) {
      resendByApi(user, id).andExpect(status().isForbidden());
      cancelByApi(user, id).andExpect(status().isForbidden());
      MockHttpSession session = SignIn.session(mvc, user);
      mvc.perform(post("/people/invitations/" + id + "/resend").session(session).with(csrf())).andExpect(status().isForbidden());
      mvc.perform(post("/people/invitations/" + id + "/cancel").session(session).with(csrf())).andExpect(status().isForbidden());
    }
    mvc.perform(post("/api/invitations/" + id + "/resend")).andExpect(status().isUnauthorized());
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(post("/people/invitations/" + id + "/resend").session(planner)).andExpect(status().isForbidden());
    mvc.perform(post("/people/invitations/" + id + "/cancel").session(planner).with(csrf().useInvalidToken()))
        .andExpect(status().isForbidden());

    assertThat(tokensSentTo(userId)).hasSize(1);
    assertThat(identityService.createUserQuery().userId(userId).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from invitation where id = ? and cancelled_at is null and sends = 1",
        Integer.class, id)).isEqualTo(1);
  }

  @Test
  void aPlanManagerCannotResendOrCancelAnInvitationIntoAGroupOnlyAdministratorsGrant() throws Exception {
    String userId = invited();
    long id = idOf(userId);
    identityService.createMembership(userId, "board"); // as an administrator's invitation would have granted
    try {
      resendByApi(TestPeople.PLANNER, id).andExpect(status().isForbidden())
          .andExpect(jsonPath("$.detail").value(containsString("'board'")));
      cancelByApi(TestPeople.PLANNER, id).andExpect(status().isForbidden());
      mvc.perform(post("/people/invitations/" + id + "/cancel").session(SignIn.session(mvc, TestPeople.PLANNER)).with(csrf()))
          .andExpect(status().isForbidden()).andExpect(content().string(containsString("&#39;board&#39;")));
      assertThat(identityService.createUserQuery().userId(userId).count()).isEqualTo(1);
      assertThat(tokensSentTo(userId)).hasSize(1);
    } finally {
      identityService.deleteMembership(userId, "board");
    }
  }

  @Test
  void thePageListsWaitingInvitationsAndResendsAndCancelsThem() throws Exception {
    String userId = invited();
    long id = idOf(userId);
    MockHttpSession planner = SignIn.session(mvc, TestPeople.PLANNER);
    mvc.perform(get("/people").session(planner)).andExpect(status().isOk())
        .andExpect(content().string(containsString("Invitations waiting")))
        .andExpect(content().string(containsString(userId + ", " + userId + "@hospital.example.org")))
        .andExpect(content().string(containsString("7 December 2026")))
        .andExpect(content().string(containsString("/people/invitations/" + id + "/resend")))
        .andExpect(content().string(containsString("Pending")));

    ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(8))));
    mvc.perform(get("/people").session(planner)).andExpect(status().isOk())
        .andExpect(content().string(containsString("Expired")));

    mvc.perform(post("/people/invitations/" + id + "/resend").session(planner).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(tokensSentTo(userId)).hasSize(2);
    mvc.perform(get("/people").session(planner)).andExpect(status().isOk())
        .andExpect(content().string(containsString("15 December 2026")))
        .andExpect(content().string(containsString("Invitation of " + userId + " resent")));

    mvc.perform(post("/people/invitations/" + id + "/cancel").session(planner).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    mvc.perform(get("/people").session(planner)).andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/people/invitations/" + id + "/"))))
        .andExpect(content().string(containsString("Invitation of " + userId + " cancelled: the account was removed")));
  }
}
