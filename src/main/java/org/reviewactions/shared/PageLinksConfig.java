package org.reviewactions.shared;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Page links are written as they are. webjars-locator-lite switches Spring Boot's resource chain on, and with it
 * Boot registers {@link ResourceUrlEncodingFilter}, which asks the resource resolvers about every {@code th:href}
 * a page writes: each {@code /actions/123} was looked for as a file in every static location and the webjars on the
 * class path, and not found. No template links a static file through {@code @{...}} (the stylesheet and scripts
 * are plain {@code href}/{@code src}; the webjar path is resolved when it is served), so the filter changed no link
 * and cost the reviews dashboard a quarter of its time (docs/benchmarks.md). This disabled registration takes
 * the place of Boot's.
 */
@Configuration(proxyBeanMethods = false)
class PageLinksConfig {

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> linksWithoutResourceLookup() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
