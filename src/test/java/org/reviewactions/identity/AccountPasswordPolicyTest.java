package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** The rules themselves, as the engine runs them: every rule's {@code execute(password, user)}. */
class AccountPasswordPolicyTest {

  private final AccountPasswordPolicy policy = new AccountPasswordPolicy();

  private List<String> broken(String password, String userId) {
    User user = userId == null ? null : new UserEntity(userId);
    return policy.getRules().stream().filter(rule -> !rule.execute(password, user))
        .map(AccountPasswordPolicy::requirement).toList();
  }

  @Test
  void twelveCharactersThatAreNotTheUserIdPass() {
    assertThat(broken("plain words ok", "j.smith")).isEmpty();
    assertThat(broken("correct horse battery", null)).isEmpty();
  }

  @Test
  void elevenCharactersAreTooShortAndOneLetterFarTooShort() {
    assertThat(broken("x", "j.smith")).containsExactly("A password needs at least 12 characters.");
    assertThat(broken("abcdefghijk", "j.smith")).containsExactly("A password needs at least 12 characters.");
    assertThat(broken("abcdefghijkl", "j.smith")).isEmpty();
  }

  @Test
  void charactersAreCountedAsPeopleSeeThemNotAsUtf16Units() {
    String sixEmoji = "😀".repeat(6); // twelve UTF-16 units
    assertThat(sixEmoji).hasSize(12);
    assertThat(broken(sixEmoji, "j.smith")).containsExactly("A password needs at least 12 characters.");
    assertThat(broken("😀".repeat(12), "j.smith")).isEmpty();
  }

  @Test
  void twelveSpacesTabsOrNoBreakSpacesAreRefused() {
    assertThat(broken(" ".repeat(12), "j.smith")).containsExactly("A password cannot be only spaces.");
    assertThat(broken("\t \u00a0\u2003".repeat(3), "j.smith")).containsExactly("A password cannot be only spaces.");
    assertThat(broken("  spaces around  ", "j.smith")).isEmpty();
  }

  @Test
  void theUserIdInAnyCaseOrInsideThePasswordIsRefused() {
    assertThat(broken("j.smith.j.smith", "j.smith")).containsExactly("A password cannot contain the user id.");
    assertThat(broken("MY-J.SMITH-PASSWORD", "j.smith")).containsExactly("A password cannot contain the user id.");
    assertThat(broken("administrator", "administrator")).containsExactly("A password cannot contain the user id.");
    assertThat(broken("admin", "admin")).containsExactlyInAnyOrder("A password needs at least 12 characters.",
        "A password cannot contain the user id.");
  }

  @Test
  void aRefusalNamesEveryBrokenRuleInWords() {
    List<PasswordPolicyRule> violated = policy.getRules().stream().filter(r -> !r.execute("admin", new UserEntity("admin")))
        .toList();
    assertThat(AccountPasswordPolicy.refusal(violated)).isEqualTo("The password does not meet the password policy. "
        + "A password needs at least 12 characters. A password cannot contain the user id.");
  }

  @Test
  void theLengthRuleKeepsCamundasPlaceholderSoAdminShowsIt() {
    assertThat(policy.getRules().get(0).getPlaceholder()).isEqualTo("PASSWORD_POLICY_LENGTH");
    assertThat(policy.getRules().get(0).getParameters()).containsEntry("minLength", "12");
  }
}
