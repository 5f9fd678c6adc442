package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.reviewactions.support.PinnedClock;
import org.springframework.test.context.ContextConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Accounts through Camunda's REST API, which the Admin webapp calls too: weak passwords are a 400 naming the rule,
 * only administrators unlock accounts, and plan managers cannot put anyone in a group behind the invitation rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// The REST API serves the engine named "default", so this context keeps that name.
@TestPropertySource(locations = "classpath:test-application.properties",
    properties = "camunda.bpm.generate-unique-process-engine-name=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = PinnedClock.class)
class AccountRestApiTest {

  private static final String GOOD = "a long enough password";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;
  @Autowired RoleDirectory roles;

  private String admin;

  @BeforeEach
  void people() {
    PinnedClock.pin();
    TestPeople.ensure(identity, roles);
    admin = TestAdministrator.ensure(identity, authorizations);
  }

  @AfterEach
  void resetClock() {
    PinnedClock.pin();
  }

  private static String newUserId() {
    return "rest." + UUID.randomUUID().toString().substring(0, 8);
  }

  private ResponseEntity<Map> createUser(String asUser, String userId, String password) {
    Map<String, Object> body = Map.of(
        "profile", Map.of("id", userId, "firstName", "Rita", "lastName", "Rest", "email", userId + "@example.org"),
        "credentials", Map.of("password", password));
    return rest.withBasicAuth(asUser, TestPeople.PASSWORD).postForEntity("/engine-rest/user/create", body, Map.class);
  }

  private ResponseEntity<Map> put(String asUser, String path, Object body) {
    return rest.withBasicAuth(asUser, TestPeople.PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
  }

  @Test
  void creatingAUserWithAWeakPasswordIsA400NamingTheRuleAndCreatesNothing() {
    String id = newUserId();
    Map<String, String> refusals = Map.of(
        "x", "A password needs at least 12 characters.",
        " ".repeat(12), "A password cannot be only spaces.",
        "pre" + id.toUpperCase() + "post", "A password cannot contain the user id.");
    refusals.forEach((password, rule) -> {
      ResponseEntity<Map> answer = createUser(admin, id, password);
      assertThat(answer.getStatusCode()).as(password).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((String) answer.getBody().get("message")).contains("password policy").contains(rule);
      assertThat(identity.createUserQuery().userId(id).count()).isZero();
    });

    assertThat(createUser(admin, id, GOOD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.checkPassword(id, GOOD)).isTrue();
  }

  @Test
  void changingCredentialsToAWeakPasswordIsA400AndTheOldPasswordStays() {
    String id = newUserId();
    assertThat(createUser(admin, id, GOOD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map> answer = put(admin, "/engine-rest/user/" + id + "/credentials",
        Map.of("password", " ".repeat(12), "authenticatedUserPassword", TestPeople.PASSWORD));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).contains("A password cannot be only spaces.");
    assertThat(identity.checkPassword(id, GOOD)).isTrue();

    assertThat(put(admin, "/engine-rest/user/" + id + "/credentials",
        Map.of("password", "another good password", "authenticatedUserPassword", TestPeople.PASSWORD)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.checkPassword(id, "another good password")).isTrue();
  }

  @Test
  void onlyAnAdministratorUnlocksAnAccountThroughRest() {
    String id = newUserId();
    User user = identity.newUser(id);
    user.setPassword(GOOD);
    identity.saveUser(user);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T10:00:00Z")));
    assertThat(identity.checkPassword(id, "wrong password")).isFalse();
    assertThat(identity.checkPassword(id, GOOD)).as("locked for three seconds").isFalse();

    for (String notAdmin : List.of(TestPeople.OWNER, TestPeople.PLANNER)) {
      ResponseEntity<Map> refused = rest.withBasicAuth(notAdmin, TestPeople.PASSWORD)
          .postForEntity("/engine-rest/user/" + id + "/unlock", null, Map.class);
      assertThat(refused.getStatusCode()).as(notAdmin).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(identity.checkPassword(id, GOOD)).isFalse();

    ResponseEntity<Map> unlocked = rest.withBasicAuth(admin, TestPeople.PASSWORD)
        .postForEntity("/engine-rest/user/" + id + "/unlock", null, Map.class);
    assertThat(unlocked.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.checkPassword(id, GOOD)).isTrue();
  }

  @Test
  void aPlanManagerCannotAddMembersOrAccountsThroughRest() {
    String agencyGroup = AgencyGroups.agencyGroup(TestPeople.AGENCY);
    for (String group : List.of("board", "subgroup-chairs", "plan-managers", "camunda-admin", agencyGroup)) {
      ResponseEntity<Map> answer = put(TestPeople.PLANNER, "/engine-rest/group/" + group + "/members/" + TestPeople.OTHER_OWNER, null);
      assertThat(answer.getStatusCode()).as(group).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(identity.createUserQuery().userId(TestPeople.OTHER_OWNER).memberOfGroup(group).count()).as(group).isZero();
    }
    String id = newUserId();
    assertThat(createUser(TestPeople.PLANNER, id, GOOD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identity.createUserQuery().userId(id).count()).isZero();
    // Plan managers cannot even read other accounts through the engine, so the engine answers 404 here.
    assertThat(put(TestPeople.PLANNER, "/engine-rest/user/" + TestPeople.OWNER + "/credentials",
        Map.of("password", GOOD, "authenticatedUserPassword", TestPeople.PASSWORD)).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(identity.checkPassword(TestPeople.OWNER, GOOD)).isFalse();
  }
}
