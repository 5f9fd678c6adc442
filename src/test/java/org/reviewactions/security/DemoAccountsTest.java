package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo keeps the README's passwords ({@code admin}/{@code admin}, everyone else {@code demo}) because the
 * application sets them itself as fixtures; a person setting the same password is still refused.
 */
@TestPropertySource(properties = "rat.demo.enabled=true") // the same context as DemoDataTest
class DemoAccountsTest extends ProcessTestSupport {

  @Test
  void theDemoAdministratorSignsInWithTheReadmePasswordAndAdministers() {
    assertThat(identityService.checkPassword("admin", "admin")).isTrue();
    assertThat(identityService.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();
    identityService.setAuthentication("admin", List.of(Groups.CAMUNDA_ADMIN, "plan-managers"));
    try {
      assertThat(identityService.createUserQuery().userId("chair").count()).as("reads every account").isOne();
      identityService.unlockUser("chair");
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void theDemoPeopleSignInWithDemo() {
    for (String person : List.of("planner", "chair", "boardchair", "kingston.nursing", "kingston.lead")) {
      assertThat(identityService.checkPassword(person, "demo")).as(person).isTrue();
    }
  }

  @Test
  void aPersonSettingTheDemoPasswordIsStillRefused() {
    User chair = identityService.createUserQuery().userId("chair2").singleResult();
    chair.setPassword("demo");
    assertThatThrownBy(() -> identityService.saveUser(chair)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("at least 12 characters");
    assertThat(identityService.checkPassword("chair2", "demo")).isTrue();
  }

  @Test
  void agencyGroupsNamedOnlyInThePeopleListAreAgencyGroupsAndStandingGroupsAreNot() {
    assertThat(identityService.createGroupQuery().groupId("oscb-leads").singleResult().getType()).isEqualTo("AGENCY_LEADS");
    assertThat(identityService.createGroupQuery().groupId("board").singleResult().getType()).isEqualTo("WORKFLOW");
    assertThat(identityService.createGroupQuery().groupId("subgroup-chairs").singleResult().getType()).isEqualTo("WORKFLOW");
  }
}
