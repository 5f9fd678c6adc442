package org.reviewactions.demo;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * The demo's administrator, {@code admin} with the README's password ({@code rat.demo.admin-password}, default
 * {@code admin}), in {@code camunda-admin} with every permission, as the Spring Boot starter's
 * {@code camunda.bpm.admin-user} would make it.
 *
 * <p>The starter cannot make it here: it saves the user under the password policy, which refuses {@code admin}. This
 * is a fixture the application creates itself, only while the demo is enabled, so it skips the policy explicitly.
 * Production names its own administrator through the starter ({@code RAT_ADMIN_USER}, {@code RAT_ADMIN_PASSWORD}), and
 * there the policy applies. Runs as the engine is built, before anything else can create {@code admin} with another
 * password; every step is skipped when already done, so a start interrupted half-way is completed by the next.
 */
@Component
class DemoAdministrator extends AbstractProcessEnginePlugin {

  static final String ADMIN = "admin";

  private final DemoProperties demo;

  DemoAdministrator(DemoProperties demo) {
    this.demo = demo;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    if (demo.enabled()) {
      ensure(engine, demo.adminPassword());
    }
  }

  /** Creates what is missing of the demo administrator: the account, the group, its grants, the membership. */
  static void ensure(ProcessEngine engine, String password) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(ADMIN).count() == 0) {
      User admin = identity.newUser(ADMIN);
      admin.setFirstName("Plan");
      admin.setLastName("Administrator");
      admin.setEmail("admin@example.org");
      admin.setPassword(password);
      ((IdentityServiceImpl) identity).saveUser(admin, true);
    }
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("camunda BPM Administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    grantEverything(engine.getAuthorizationService());
    if (identity.createUserQuery().userId(ADMIN).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identity.createMembership(ADMIN, Groups.CAMUNDA_ADMIN);
    }
  }

  /** The webapps check application access and resources by authorization, not by admin group alone. */
  private static void grantEverything(AuthorizationService authorizations) {
    for (Resource resource : Resources.values()) {
      if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource)
          .resourceId(Authorization.ANY).count() == 0) {
        Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(Groups.CAMUNDA_ADMIN);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(all);
      }
    }
  }
}
