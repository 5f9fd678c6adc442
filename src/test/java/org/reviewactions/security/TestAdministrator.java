package org.reviewactions.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.reviewactions.support.TestPeople;

/**
 * An administrator for tests, made as {@code camunda.bpm.admin-user} makes one (tests have none): a member of
 * {@code camunda-admin} with every permission on every resource (the engine's admin group passes some checks by
 * itself, such as unlocking a user, but reading users needs the grants). Signs in with the test people's password.
 */
public final class TestAdministrator {

  public static final String ID = "admin1";

  private TestAdministrator() {}

  private static String ensure(IdentityService identity) {
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(ID).count() == 0) {
      User user = identity.newUser(ID);
      user.setFirstName("Ada");
      user.setLastName("Admin");
      user.setEmail(ID + "@example.org");
      user.setPassword(TestPeople.PASSWORD);
      ((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(user, true);
      identity.createMembership(ID, Groups.CAMUNDA_ADMIN);
    }
    return ID;
  }

  /** Also grants {@code camunda-admin} everything, as the starter does for its administrator. */
  public static String ensure(IdentityService identity, AuthorizationService authorizations) {
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
    return ensure(identity);
  }
}
