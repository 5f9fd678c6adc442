package org.reviewactions.support;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.RoleDirectory;

/**
 * Two agencies' people for history tests: an owner who belongs to no group at all (so only their own
 * grant can let them in), a colleague in the owner's agency, and another agency's owner in theirs.
 */
public record HistoryReaders(String agency, String otherAgency, String owner, String colleague, String otherOwner) {

  public static final String PASSWORD = "history-test-password-1";

  public static HistoryReaders create(IdentityService identity, RoleDirectory roles, String agency) {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    HistoryReaders readers = new HistoryReaders(agency, "Other Agency " + suffix, "hist.owner." + suffix,
        "hist.colleague." + suffix, "hist.other." + suffix);
    roles.ensureAgencyGroups(readers.agency());
    roles.ensureAgencyGroups(readers.otherAgency());
    user(identity, readers.owner());
    user(identity, readers.colleague());
    user(identity, readers.otherOwner());
    identity.createMembership(readers.colleague(), AgencyGroups.agencyGroup(readers.agency()));
    identity.createMembership(readers.otherOwner(), AgencyGroups.agencyGroup(readers.otherAgency()));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, readers.agency(), readers.owner());
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, readers.otherAgency(), readers.otherOwner());
    return readers;
  }

  /** A plan with one action for each agency: recommendation 1 for the owner's, 2 for the other's. */
  public TestPlan plan() {
    return TestPlan.plan()
        .action("1", "Share information", "Set up a shared register", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency)
        .action("2", "Train staff", "Train every team", "by March 2027", TestPeople.ROLE_WITH_HOLDER, otherAgency);
  }

  private static void user(IdentityService identity, String id) {
    User user = identity.newUser(id);
    user.setFirstName("History");
    user.setLastName("Reader");
    user.setEmail(id + "@example.org");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
  }
}
