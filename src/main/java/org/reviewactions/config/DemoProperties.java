package org.reviewactions.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The embedded demo: on by default, off in production. */
@ConfigurationProperties("rat.demo")
public record DemoProperties(boolean enabled, String password) {

  public DemoProperties {
    password = password == null || password.isBlank() ? "demo" : password;
  }
}
