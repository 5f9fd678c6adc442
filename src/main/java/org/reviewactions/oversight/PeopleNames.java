package org.reviewactions.oversight;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.reviewactions.shared.AsSystem;
import org.springframework.stereotype.Component;

/** People's names for a page of rows: one user query for all of them, not one per row. */
@Component
class PeopleNames {

  private final IdentityService identityService;
  private final AsSystem asSystem;

  PeopleNames(IdentityService identityService, AsSystem asSystem) {
    this.identityService = identityService;
    this.asSystem = asSystem;
  }

  /** User id → "First Last" (the id when the user has no name); unknown ids are left out. */
  Map<String, String> of(Collection<String> userIds) {
    String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    return asSystem.call(() -> identityService.createUserQuery().userIdIn(ids).list()).stream()
        .collect(Collectors.toMap(User::getId, PeopleNames::name, (a, b) -> a));
  }

  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
