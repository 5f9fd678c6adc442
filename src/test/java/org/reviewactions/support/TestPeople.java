package org.reviewactions.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.RoleDirectory;

/** The people process tests work with. Created once per engine; roles are per test agency. */
public final class TestPeople {

  public static final String OWNER = "owner1";
  public static final String OTHER_OWNER = "owner2";
  public static final String CHAIR = "chair1";
  public static final String SECOND_CHAIR = "chair2";
  public static final String LEAD = "lead1";
  public static final String PLANNER = "planner1";
  public static final String BOARD = "board1";
  public static final String AGENCY = "Test Agency";
  /** Every test person's password (shorter than the policy allows; see {@link #ensure}). */
  public static final String PASSWORD = "secret";
  public static final String ROLE_WITH_HOLDER = "Head of Safeguarding";
  public static final String ROLE_WITHOUT_HOLDER = "Named Nurse";

  private TestPeople() {}

  public static void ensure(IdentityService identity, RoleDirectory roles) {
    user(identity, OWNER, "Olive", "Owner");
    user(identity, OTHER_OWNER, "Oscar", "Other");
    user(identity, CHAIR, "Chloe", "Chair");
    user(identity, SECOND_CHAIR, "Carl", "Chair");
    user(identity, LEAD, "Lena", "Lead");
    user(identity, PLANNER, "Paul", "Planner");
    user(identity, BOARD, "Beatrice", "Board");
    roles.ensureAgencyGroups(AGENCY);
    roles.ensureGroup("subgroup-chairs", "Monitoring sub-group chairs", "WORKFLOW");
    roles.ensureGroup("plan-managers", "Plan managers", "WORKFLOW");
    roles.ensureGroup("board", "Board", "WORKFLOW");
    member(identity, BOARD, "board");
    member(identity, CHAIR, "subgroup-chairs");
    member(identity, SECOND_CHAIR, "subgroup-chairs");
    member(identity, OWNER, "subgroup-chairs");
    member(identity, LEAD, AgencyGroups.leadsGroup(AGENCY));
    member(identity, PLANNER, "plan-managers");
  }

  /** Gives the role a holder for the given agency (each test uses its own agency to stay independent). */
  public static void holder(RoleDirectory roles, String role, String agency, String userId) {
    roles.ensureAgencyGroups(agency);
    roles.setHolder(roles.findOrCreate(role, agency).getId(), userId);
  }

  private static void user(IdentityService identity, String id, String first, String last) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(first);
      user.setLastName(last);
      user.setEmail(id + "@example.org");
      user.setPassword(PASSWORD);
      // Fixtures, not passwords a person chose: created outside the password policy, as the demo's are.
      ((IdentityServiceImpl) identity).saveUser(user, true);
    }
  }

  private static void member(IdentityService identity, String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }
}
