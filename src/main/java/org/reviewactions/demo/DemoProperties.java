package org.reviewactions.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded demo: on by default, off in production. Its people sign in with {@code password} (default
 * {@code demo}) and its administrator {@code admin} with {@code adminPassword} (default {@code admin}), as the README
 * says. These are fixtures the application creates itself, outside the password policy; they exist only while the
 * demo is enabled.
 */
@ConfigurationProperties("rat.demo")
public record DemoProperties(boolean enabled, String password, String adminPassword) {

  public DemoProperties {
    password = password == null || password.isBlank() ? "demo" : password;
    adminPassword = adminPassword == null || adminPassword.isBlank() ? "admin" : adminPassword;
  }
}
