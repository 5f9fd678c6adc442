package org.reviewactions.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the production profile without what it needs to be safe, naming every missing
 * setting at once, before anything connects anywhere. Without it the first unresolved placeholder
 * stops the start deep in a stack trace, one variable at a time.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

  /** Settings production must have, each with the environment variable that application-production.yaml reads it from. */
  private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

  static {
    REQUIRED.put("spring.datasource.url", "RAT_DB_URL");
    REQUIRED.put("spring.datasource.username", "RAT_DB_USER");
    REQUIRED.put("camunda.bpm.admin-user.id", "RAT_ADMIN_USER");
    REQUIRED.put("camunda.bpm.admin-user.password", "RAT_ADMIN_PASSWORD");
    REQUIRED.put("rat.public-url", "RAT_PUBLIC_URL");
    REQUIRED.put("spring.mail.host", "RAT_SMTP_HOST");
    REQUIRED.put("rat.mail.from", "RAT_MAIL_FROM");
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("production"))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    REQUIRED.forEach((property, variable) -> {
      if (value(environment, property).isBlank()) {
        problems.add(variable + " (" + property + ") is not set");
      }
    });
    if (!"true".equalsIgnoreCase(value(environment, "camunda.bpm.authorization.enabled"))) {
      problems.add("camunda.bpm.authorization.enabled must stay true");
    }
    if ("true".equalsIgnoreCase(value(environment, "rat.demo.enabled"))) {
      problems.add("rat.demo.enabled must stay false: the demo's users share one known password");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The production profile does not start unsafe; set these in the environment "
          + "(see README, Profiles and configuration): " + String.join("; ", problems));
    }
  }

  private static String value(ConfigurableEnvironment environment, String property) {
    try {
      String value = environment.getProperty(property);
      return value == null ? "" : value;
    } catch (IllegalArgumentException unresolved) {
      return "";
    }
  }
}
