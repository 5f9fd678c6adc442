package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong passwords slow sign-in down and the delay runs out by itself; nothing an outsider types locks an account for
 * good. Every sign-in (REST Basic, webapps, the application's pages) ends in {@code IdentityService.checkPassword}, so
 * that is what is attacked here, under the engine's clock.
 */
class LoginThrottlingTest extends ProcessTestSupport {

  private static final String RIGHT = "the right password";
  private static final String WRONG = "a wrong password";

  @Autowired AuthorizationService authorizationService;

  private String userId;
  private Instant now;

  @BeforeEach
  void newAccount() {
    userId = "lt." + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setPassword(RIGHT);
    identityService.saveUser(user);
    now = Instant.parse("2026-03-02T10:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private void at(Instant instant) {
    now = instant;
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  /** Waits out each delay before the next wrong password, as a patient attacker would, so every failure counts. */
  private void failSpacedOut(int failures, List<Long> expectedDelays) {
    for (int n = 0; n < failures; n++) {
      assertThat(identityService.checkPassword(userId, WRONG)).isFalse();
      long delay = n < expectedDelays.size() ? expectedDelays.get(n) : expectedDelays.get(expectedDelays.size() - 1);
      if (n < failures - 1) {
        at(now.plusSeconds(delay + 1));
      }
    }
  }

  @Test
  void afterFiveFailuresTheRightPasswordIsRefusedFor48SecondsThenAccepted() {
    failSpacedOut(5, List.of(3L, 6L, 12L, 24L, 48L));
    Instant lastFailure = now;

    at(lastFailure.plusSeconds(47));
    assertThat(identityService.checkPassword(userId, RIGHT)).as("during the delay").isFalse();
    at(lastFailure.plusSeconds(49));
    assertThat(identityService.checkPassword(userId, RIGHT)).as("after the delay").isTrue();

    // Signing in starts the count again: the next mistake costs three seconds, not a minute.
    assertThat(identityService.checkPassword(userId, WRONG)).isFalse();
    at(now.plusSeconds(4));
    assertThat(identityService.checkPassword(userId, RIGHT)).isTrue();
  }

  @Test
  void fiftyFailuresSpacedOutStillUnlockByThemselvesWithinAMinute() {
    // Camunda's default locks for good at the tenth failure; here the delay stops growing at a minute.
    failSpacedOut(50, List.of(3L, 6L, 12L, 24L, 48L, 60L));
    Instant lastFailure = now;

    at(lastFailure.plusSeconds(59));
    assertThat(identityService.checkPassword(userId, RIGHT)).isFalse();
    at(lastFailure.plusSeconds(61));
    assertThat(identityService.checkPassword(userId, RIGHT)).isTrue();
  }

  @Test
  void guessesDuringTheDelayNeitherCountNorLengthenIt() {
    assertThat(identityService.checkPassword(userId, WRONG)).isFalse();
    Instant firstFailure = now;
    at(firstFailure.plusSeconds(1));
    for (int i = 0; i < 100; i++) {
      assertThat(identityService.checkPassword(userId, WRONG)).isFalse();
    }
    assertThat(identityService.checkPassword(userId, RIGHT)).as("still within the first delay").isFalse();
    at(firstFailure.plusSeconds(4));
    assertThat(identityService.checkPassword(userId, RIGHT)).isTrue();
  }

  @Test
  void anAdministratorUnlocksAnAccountAtOnce() {
    failSpacedOut(8, List.of(3L, 6L, 12L, 24L, 48L, 60L));
    assertThat(identityService.checkPassword(userId, RIGHT)).isFalse();

    String admin = TestAdministrator.ensure(identityService, authorizationService);
    identityService.setAuthentication(admin, List.of(Groups.CAMUNDA_ADMIN));
    identityService.unlockUser(userId);
    identityService.clearAuthentication();

    assertThat(identityService.checkPassword(userId, RIGHT)).isTrue();
  }

  @Test
  void anOrdinaryUserOrAPlanManagerCannotUnlockAnAccount() {
    failSpacedOut(8, List.of(3L, 6L, 12L, 24L, 48L, 60L));
    for (String user : List.of(TestPeople.OWNER, TestPeople.PLANNER)) {
      identityService.setAuthentication(user, roles.groupIds(user));
      assertThatThrownBy(() -> identityService.unlockUser(userId)).isInstanceOf(AuthorizationException.class);
      identityService.clearAuthentication();
    }
    assertThat(identityService.checkPassword(userId, RIGHT)).as("still waiting out the delay").isFalse();
  }
}
