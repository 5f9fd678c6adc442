package org.reviewactions.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.reviewactions.identity.RoleDirectory;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo's people ({@code demo/people.csv}): Camunda users, their groups, and the plan roles they
 * hold. Roles are created with their holders before the plans are imported, so imported actions go
 * straight to their owners; roles nobody holds show the "Nominate action owner" path. Everyone signs in with the
 * demo password ({@code rat.demo.password}); {@code admin} is made earlier by {@link DemoAdministrator}.
 */
final class DemoPeople {

  record DemoPerson(String userId, String firstName, String lastName, String email, List<String> groups,
      List<String[]> roles) {}

  /** The demo's standing groups (people.csv names them as in the default rat.groups settings). */
  private static final Set<String> STANDING_GROUPS = Set.of("subgroup-chairs", "board", "plan-managers", "camunda-admin");

  /** What Tasklist shows for a task offered to a standing group: its name, which people know it by. */
  private static final java.util.Map<String, String> STANDING_GROUP_NAMES = java.util.Map.of(
      "subgroup-chairs", "Quality Assurance and Audit sub-group", "board", "Board", "plan-managers", "Plan managers",
      "camunda-admin", "Administrators");

  private DemoPeople() {}

  static List<DemoPerson> load() throws IOException {
    List<DemoPerson> people = new ArrayList<>();
    try (Reader in = new InputStreamReader(new ClassPathResource("demo/people.csv").getInputStream(), StandardCharsets.UTF_8)) {
      for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
          .get().parse(in)) {
        List<String[]> roles = split(row.get("roles")).stream().map(r -> r.split("@", 2)).toList();
        people.add(new DemoPerson(row.get("userId"), row.get("firstName"), row.get("lastName"), row.get("email"),
            split(row.get("groups")), roles));
      }
    }
    return people;
  }

  static void create(List<DemoPerson> people, IdentityService identity, RoleDirectory roles, String password) {
    for (DemoPerson person : people) {
      if (identity.createUserQuery().userId(person.userId()).count() == 0) {
        User user = identity.newUser(person.userId());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.email());
        user.setPassword(password);
        // The README's demo password is a fixture the application sets, not one a person chooses: outside the policy.
        ((IdentityServiceImpl) identity).saveUser(user, true);
      }
      // Roles first: an agency's groups get their proper names before a membership could create them bare.
      for (String[] role : person.roles()) {
        roles.ensureAgencyGroups(role[1]);
        roles.setHolder(roles.findOrCreate(role[0], role[1]).getId(), person.userId());
      }
      for (String group : person.groups()) {
        roles.ensureGroup(group, STANDING_GROUP_NAMES.getOrDefault(group, group), groupType(group));
        if (identity.createUserQuery().userId(person.userId()).memberOfGroup(group).count() == 0) {
          identity.createMembership(person.userId(), group);
        }
      }
    }
  }

  /**
   * Agency groups named only in the groups column still get an agency type, as plan imports would give them, so plan
   * managers may invite people into them; the standing groups are granted by administrators only.
   */
  static String groupType(String groupId) {
    if (STANDING_GROUPS.contains(groupId)) {
      return "WORKFLOW";
    }
    return groupId.endsWith("-leads") ? "AGENCY_LEADS" : "AGENCY";
  }

  private static List<String> split(String cell) {
    return cell == null || cell.isBlank() ? List.of()
        : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
