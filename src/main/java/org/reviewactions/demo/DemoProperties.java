package org.reviewactions.demo;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded demo: on by default, off in production. Its people sign in with {@code password} (default
 * {@code demo}) and its administrator {@code admin} with {@code adminPassword} (default {@code admin}), as the README
 * says. These are fixtures the application creates itself, outside the password policy; they exist only while the
 * demo is enabled.
 */
@ConfigurationProperties("rat.demo")
@Validated
public record DemoProperties(
    boolean enabled,
    @DefaultValue("demo") @NotBlank String password,
    @DefaultValue("admin") @NotBlank String adminPassword) {}
