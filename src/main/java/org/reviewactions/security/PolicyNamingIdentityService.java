package org.reviewactions.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.reviewactions.identity.AccountPasswordPolicy;

/**
 * The engine's identity service, refusing a password against the policy with a {@link BadUserRequestException} that
 * names the broken rules, before anything is written.
 *
 * <p>The engine itself checks the policy too, but refuses with a plain {@code ProcessEngineException} "Password does
 * not match policy": the REST API answers that with 500 and no rule named. A {@code BadUserRequestException} is a 400
 * on the REST API and in the webapps, and its message is what a person must change. The engine's own check stays
 * behind this one.
 *
 * <p>{@link #saveUser(User, boolean)} with {@code skipPasswordPolicy} still skips the policy: the application uses it
 * for fixtures nobody types (the demo's documented passwords, an invitee's random placeholder).
 */
public class PolicyNamingIdentityService extends IdentityServiceImpl {

  // UserEntity keeps the password being set in a protected field with no getter; reading it is the only way to check
  // it before the engine's command runs. PasswordPolicyPluginTest fails if a Camunda upgrade renames it.
  private static final Field NEW_PASSWORD = newPasswordField();

  @Override
  public void saveUser(User user, boolean skipPasswordPolicy) {
    if (!skipPasswordPolicy && user instanceof UserEntity entity && entity.hasNewPassword()) {
      PasswordPolicy policy = getPasswordPolicy();
      if (policy != null) {
        PasswordPolicyResult result = checkPasswordAgainstPolicy(policy, newPassword(entity), user);
        if (!result.isValid()) {
          throw new BadUserRequestException(AccountPasswordPolicy.refusal(result.getViolatedRules()));
        }
      }
    }
    super.saveUser(user, skipPasswordPolicy);
  }

  private static String newPassword(UserEntity user) {
    try {
      return (String) NEW_PASSWORD.get(user);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot read the new password of a Camunda user to check it against the policy", e);
    }
  }

  private static Field newPasswordField() {
    try {
      Field field = UserEntity.class.getDeclaredField("newPassword");
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("This Camunda version's UserEntity has no field 'newPassword'; "
          + "PolicyNamingIdentityService must be adapted before passwords can be checked", e);
    }
  }
}
