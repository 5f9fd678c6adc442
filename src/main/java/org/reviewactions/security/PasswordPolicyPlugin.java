package org.reviewactions.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.reviewactions.identity.AccountPasswordPolicy;
import org.springframework.stereotype.Component;

/**
 * Turns on the engine's password policy with {@link AccountPasswordPolicy}, so every way of setting a password goes
 * through it: the invitation page, {@code POST /engine-rest/user/create}, {@code PUT /engine-rest/user/{id}/credentials},
 * the Admin webapp and the initial administrator ({@code camunda.bpm.admin-user}). Done in code rather than in
 * configuration so that no profile or installation file can switch it off.
 *
 * <p>Login throttling (how repeated wrong passwords slow sign-in down) is set in {@code application.yaml} under
 * {@code camunda.bpm.generic-properties}.
 */
@Component
public class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new AccountPasswordPolicy());
    configuration.setIdentityService(new PolicyNamingIdentityService());
  }

  /** Again after every other plugin and {@code generic-properties} have run, so none of them can turn it off. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new AccountPasswordPolicy());
  }
}
