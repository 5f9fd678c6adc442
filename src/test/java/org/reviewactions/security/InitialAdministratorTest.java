package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.reviewactions.ReviewActionTrackerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production's first administrator ({@code camunda.bpm.admin-user}, from {@code RAT_ADMIN_USER} and
 * {@code RAT_ADMIN_PASSWORD}) is made under the password policy: a weak password stops start-up with a message naming
 * the rule, rather than leaving an administrator anyone could guess.
 */
class InitialAdministratorTest {

  /** The test settings (test-application.properties) as command-line arguments, which outrank application.yaml. */
  private static String[] arguments(String adminId, String adminPassword) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=jdbc:h2:mem:rat-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--rat.public-url=http://tracker.test",
        "--rat.demo.enabled=false",
        "--rat.mail.transport=outbox",
        "--rat.mail.outbox-dir=target/test-outbox",
        "--camunda.bpm.admin-user.id=" + adminId,
        "--camunda.bpm.admin-user.password=" + adminPassword));
    return args.toArray(String[]::new);
  }

  @Test
  void aWeakAdministratorPasswordStopsStartUpNamingTheRule() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(ReviewActionTrackerApplication.class)
        .run(arguments("boss", "boss")).close())
        .rootCause()
        .hasMessageContaining("password policy")
        .hasMessageContaining("A password needs at least 12 characters.")
        .hasMessageContaining("A password cannot contain the user id.");
  }

  @Test
  void aStrongAdministratorPasswordMakesAnAdministrator() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ReviewActionTrackerApplication.class)
        .run(arguments("boss", "a strong first password"))) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("boss", "a strong first password")).isTrue();
      assertThat(identity.createUserQuery().userId("boss").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isOne();
    }
  }
}
