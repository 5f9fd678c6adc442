package org.reviewactions.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionSettingsCheckTest {

  private final ProductionSettingsCheck check = new ProductionSettingsCheck();

  private static MockEnvironment production() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:postgresql://db/rat")
        .withProperty("spring.datasource.username", "rat")
        .withProperty("camunda.bpm.admin-user.id", "first.admin")
        .withProperty("camunda.bpm.admin-user.password", "A-Long-Admin-Password-1")
        .withProperty("rat.public-url", "https://actions.example.org")
        .withProperty("spring.mail.host", "smtp.example.org")
        .withProperty("rat.mail.from", "no-reply@example.org")
        .withProperty("camunda.bpm.authorization.enabled", "true")
        .withProperty("rat.demo.enabled", "false");
    env.setActiveProfiles("production");
    return env;
  }

  @Test
  void productionWithEverySettingStarts() {
    assertThatCode(() -> check.postProcessEnvironment(production(), new SpringApplication())).doesNotThrowAnyException();
  }

  @Test
  void productionNamesEveryMissingVariableAtOnce() {
    MockEnvironment env = production().withProperty("spring.datasource.url", "${RAT_DB_URL}")
        .withProperty("camunda.bpm.admin-user.password", "  ").withProperty("spring.mail.host", "");

    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .hasMessageContaining("RAT_DB_URL").hasMessageContaining("RAT_ADMIN_PASSWORD").hasMessageContaining("RAT_SMTP_HOST")
        .hasMessageNotContaining("RAT_PUBLIC_URL");
  }

  @Test
  void productionRefusesAuthorizationOffOrTheDemo() {
    MockEnvironment env = production().withProperty("camunda.bpm.authorization.enabled", "false")
        .withProperty("rat.demo.enabled", "true");

    assertThatThrownBy(() -> check.postProcessEnvironment(env, new SpringApplication()))
        .hasMessageContaining("camunda.bpm.authorization.enabled").hasMessageContaining("rat.demo.enabled");
  }

  @Test
  void otherProfilesAreNotChecked() {
    assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
        .doesNotThrowAnyException();
  }
}
