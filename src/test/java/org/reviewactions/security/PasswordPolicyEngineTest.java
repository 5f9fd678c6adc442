package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AccountPasswordPolicy;
import org.reviewactions.support.ProcessTestSupport;

/**
 * The engine refuses weak passwords wherever {@code IdentityService.saveUser} is called, which is what REST, the Admin
 * webapp, the invitation page and the starter's initial administrator all call.
 */
class PasswordPolicyEngineTest extends ProcessTestSupport {

  private static final String GOOD = "long enough to pass";

  private String newUserId() {
    return "pp." + UUID.randomUUID().toString().substring(0, 8);
  }

  private User newUser(String id, String password) {
    User user = identityService.newUser(id);
    user.setFirstName("Pat");
    user.setLastName("Policy");
    user.setEmail(id + "@example.org");
    user.setPassword(password);
    return user;
  }

  @Test
  void theEngineRunsWithThePolicyOn() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isEnablePasswordPolicy()).isTrue();
    assertThat(identityService.getPasswordPolicy()).isInstanceOf(AccountPasswordPolicy.class);
    assertThat(identityService).isInstanceOf(PolicyNamingIdentityService.class);
  }

  @Test
  void aOneLetterPasswordIsRefusedNamingTheRuleAndNoUserIsCreated() {
    String id = newUserId();
    assertThatThrownBy(() -> identityService.saveUser(newUser(id, "x")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("The password does not meet the password policy. A password needs at least 12 characters.");
    assertThat(identityService.createUserQuery().userId(id).count()).isZero();
  }

  @Test
  void twelveSpacesAreRefused() {
    String id = newUserId();
    assertThatThrownBy(() -> identityService.saveUser(newUser(id, " ".repeat(12))))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("cannot be only spaces");
    assertThat(identityService.createUserQuery().userId(id).count()).isZero();
  }

  @Test
  void aPasswordContainingTheUserIdIsRefused() {
    String id = newUserId();
    assertThatThrownBy(() -> identityService.saveUser(newUser(id, "my " + id.toUpperCase() + " password")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("cannot contain the user id");
    assertThat(identityService.createUserQuery().userId(id).count()).isZero();
  }

  @Test
  void changingAPasswordToAWeakOneIsRefusedAndTheOldOneKeepsWorking() {
    String id = newUserId();
    identityService.saveUser(newUser(id, GOOD));
    User user = identityService.createUserQuery().userId(id).singleResult();
    user.setPassword("short");
    assertThatThrownBy(() -> identityService.saveUser(user)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("at least 12 characters");
    assertThat(identityService.checkPassword(id, GOOD)).isTrue();
    assertThat(identityService.checkPassword(id, "short")).isFalse();
  }

  @Test
  void aProfileChangeWithoutANewPasswordIsNotCheckedAgainstThePolicy() {
    // Accounts made before the policy (or fixtures outside it) must still be editable in Admin.
    String id = newUserId();
    User weak = newUser(id, "weak");
    ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identityService).saveUser(weak, true);
    User user = identityService.createUserQuery().userId(id).singleResult();
    user.setLastName("Renamed");
    identityService.saveUser(user);
    assertThat(identityService.createUserQuery().userId(id).singleResult().getLastName()).isEqualTo("Renamed");
    assertThat(identityService.checkPassword(id, "weak")).isTrue();
  }
}
