package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reviewactions.notification.MailDates;
import org.reviewactions.support.MailParts;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.SignIn;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Inviting people by e-mail: the API, the e-mail over real SMTP, and the page where the invitee chooses a password. */
@AutoConfigureMockMvc
@TestPropertySource(properties = {"rat.mail.transport=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class InvitationTest extends ProcessTestSupport {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Pattern LINK = Pattern.compile("http://tracker\\.test/invitations/([A-Za-z0-9_-]{43})");
  private static final String PASSWORD = "correct horse battery";

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  private static String basic(String user) {
    return SignIn.basic(user);
  }

  private static String newUserId() {
    return "inv." + UUID.randomUUID().toString().substring(0, 8);
  }

  private Map<String, Object> body(String userId, String firstName, List<String> groups) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", userId);
    body.put("firstName", firstName);
    body.put("lastName", "Nurse");
    body.put("email", userId + "@hospital.example.org");
    body.put("groups", groups);
    return body;
  }

  private ResultActions invite(String asUser, Map<String, Object> body) throws Exception {
    var request = post("/api/invitations").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    return mvc.perform(asUser == null ? request : request.header("Authorization", basic(asUser)));
  }

  private int invitationRows(String userId) {
    return jdbc.queryForObject("select count(*) from invitation where user_id = ?", Integer.class, userId);
  }

  private String tokenFrom(MailParts parts) {
    Matcher matcher = LINK.matcher(parts.text());
    assertThat(matcher.find()).as("link in %s", parts.text()).isTrue();
    return matcher.group(1);
  }

  private ResultActions accept(String token, String password, String confirmation) throws Exception {
    return mvc.perform(post("/invitations/" + token).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("password", password).param("confirmation", confirmation));
  }

  @Test
  void planManagerInvitesAndTheInviteeChoosesAPasswordOnce() throws Exception {
    String userId = newUserId();
    String agencyGroup = AgencyGroups.agencyGroup(TestPeople.AGENCY);
    Instant before = ClockUtil.getCurrentTime().toInstant();
    String leadsGroup = AgencyGroups.leadsGroup(TestPeople.AGENCY);
    invite(TestPeople.PLANNER, body(userId, "Nadia", List.of(agencyGroup, leadsGroup)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.userId").value(userId))
        .andExpect(jsonPath("$.expiresAt").isNotEmpty())
        .andExpect(content().string(not(containsString("token"))));

    // The account exists in its groups, with no password anyone could know.
    assertThat(identityService.createUserQuery().userId(userId).singleResult())
        .satisfies(u -> assertThat(u.getEmail()).isEqualTo(userId + "@hospital.example.org"))
        .satisfies(u -> assertThat(u.getFirstName()).isEqualTo("Nadia"));
    assertThat(identityService.createGroupQuery().groupMember(userId).list()).extracting(Group::getId)
        .containsExactlyInAnyOrder(agencyGroup, leadsGroup);
    assertThat(identityService.checkPassword(userId, "")).isFalse();
    assertThat(identityService.checkPassword(userId, "secret")).isFalse();
    assertThat(identityService.checkPassword(userId, PASSWORD)).isFalse();

    // One e-mail to the invitee with the link and the expiry date in words.
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).contains(userId + "@hospital.example.org");
    assertThat(mail.getSubject()).contains("Review Action Tracker");
    MailParts parts = MailParts.of(mail);
    String token = tokenFrom(parts);
    String expiresOn = MailDates.longDate(before.plus(Duration.ofDays(7)).atZone(ZoneId.of("Europe/London")).toLocalDate());
    assertThat(expiresOn).matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}");
    assertThat(parts.text()).contains("Dear Nadia Nurse").contains(userId).contains(expiresOn).contains("Paul Planner");
    assertThat(parts.html()).contains("http://tracker.test/invitations/" + token).contains(expiresOn);
    assertThat(mail.getSubject()).contains(expiresOn);

    // Only a hash of the token is stored.
    assertThat(jdbc.queryForObject("select token_hash from invitation where user_id = ?", String.class, userId))
        .isEqualTo(InvitationService.hash(token)).isNotEqualTo(token);
    assertThat(jdbc.queryForObject("select count(*) from notification where idempotency_key like 'invitation:%' and recipient = ?",
        Integer.class, userId + "@hospital.example.org")).isEqualTo(1);

    // The page greets the invitee and shows the password rules; passwords against the policy or different
    // confirmations are refused naming the rule, and the link keeps working.
    mvc.perform(get("/invitations/" + token)).andExpect(status().isOk())
        // The address holds the secret: no Referer carries it anywhere, not even to this site's own pages.
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Referrer-Policy", "no-referrer"))
        .andExpect(content().string(containsString("Nadia Nurse")))
        .andExpect(content().string(containsString(expiresOn)))
        .andExpect(content().string(containsString("A password needs at least 12 characters.")))
        .andExpect(content().string(containsString("A password cannot be only spaces.")))
        .andExpect(content().string(containsString("A password cannot contain the user id.")));
    accept(token, "short", "short").andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("at least 12 characters")));
    accept(token, " ".repeat(12), " ".repeat(12)).andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("cannot be only spaces")));
    accept(token, "my " + userId + " password", "my " + userId + " password").andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("cannot contain the user id")));
    accept(token, PASSWORD, PASSWORD + "!").andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(containsString("not the same")));
    assertThat(identityService.checkPassword(userId, PASSWORD)).isFalse();

    accept(token, PASSWORD, PASSWORD).andExpect(status().isOk())
        .andExpect(content().string(containsString("Your password is set")))
        .andExpect(content().string(containsString("/camunda/app/tasklist/")));
    assertThat(identityService.checkPassword(userId, PASSWORD)).isTrue();

    // Single use: the link no longer works, and the password cannot be changed through it.
    accept(token, "another long password", "another long password").andExpect(status().isGone())
        .andExpect(content().string(containsString("used already")));
    mvc.perform(get("/invitations/" + token)).andExpect(status().isGone());
    assertThat(identityService.checkPassword(userId, PASSWORD)).isTrue();
    assertThat(identityService.checkPassword(userId, "another long password")).isFalse();
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    String userId = newUserId();
    invite(TestPeople.PLANNER, body(userId, "Eve", List.of(AgencyGroups.agencyGroup(TestPeople.AGENCY))))
        .andExpect(status().isCreated());
    String token = tokenFrom(MailParts.of(greenMail.getReceivedMessages()[0]));

    ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(7)).plusSeconds(60)));
    mvc.perform(get("/invitations/" + token)).andExpect(status().isGone())
        .andExpect(content().string(containsString("expired")));
    accept(token, PASSWORD, PASSWORD).andExpect(status().isGone())
        .andExpect(content().string(containsString("expired")));
    assertThat(identityService.checkPassword(userId, PASSWORD)).isFalse();
  }

  @Test
  void unknownLinksAreRefused() throws Exception {
    mvc.perform(get("/invitations/" + "A".repeat(43))).andExpect(status().isGone())
        .andExpect(content().string(containsString("not known")));
    mvc.perform(get("/invitations/not-a-token")).andExpect(status().isGone());
  }

  @Test
  void onlyPlanManagersMayInvite() throws Exception {
    String userId = newUserId();
    invite(TestPeople.OWNER, body(userId, "Mallory", List.of("board"))).andExpect(status().isForbidden());
    invite(null, body(userId, "Mallory", List.of("board"))).andExpect(status().isUnauthorized());
    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    assertThat(invitationRows(userId)).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void badInputIsRefusedFieldByFieldAndSavesNothing() throws Exception {
    Map<String, Object> bad = body("Not Valid!", " ", List.of("board", "no-such-group"));
    bad.put("email", "not-an-address");
    invite(TestPeople.PLANNER, bad).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[?(@.field == 'userId')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'firstName')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'email')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'groups')].message").value(hasItem(containsString("no-such-group"))))
        .andExpect(jsonPath("$.errors[?(@.field == 'lastName')]").doesNotExist());

    // A valid user id with a bad group: still nothing is created.
    String userId = newUserId();
    invite(TestPeople.PLANNER, body(userId, "Nadia", List.of("no-such-group"))).andExpect(status().isUnprocessableEntity());
    invite(TestPeople.PLANNER, body(userId, "Nadia", List.of())).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].field").value("groups"));
    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    assertThat(invitationRows(userId)).isZero();

    invite(TestPeople.PLANNER, body(TestPeople.OWNER, "Olive", List.of(AgencyGroups.agencyGroup(TestPeople.AGENCY))))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("userId"));
    assertThat(invitationRows(TestPeople.OWNER)).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void aFailedSendLeavesNoAccountAndNoInvitation() throws Exception {
    greenMail.stop();
    String userId = newUserId();
    invite(TestPeople.PLANNER, body(userId, "Nadia", List.of(AgencyGroups.agencyGroup(TestPeople.AGENCY))))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("no account was created")));
    assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    assertThat(identityService.createGroupQuery().groupMember(userId).count()).isZero();
    assertThat(invitationRows(userId)).isZero();
  }

  @Test
  void hostileNamesShowAsPlainTextInTheEmailAndOnThePage() throws Exception {
    String userId = newUserId();
    invite(TestPeople.PLANNER, body(userId, "<script>alert(1)</script>", List.of(AgencyGroups.agencyGroup(TestPeople.AGENCY))))
        .andExpect(status().isCreated());
    MailParts parts = MailParts.of(greenMail.getReceivedMessages()[0]);
    assertThat(parts.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    String token = tokenFrom(parts);
    mvc.perform(get("/invitations/" + token)).andExpect(status().isOk())
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
        .andExpect(content().string(not(containsString("<script>"))));
  }
}
