package org.reviewactions.security;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands Spring Security's signed-in user to Camunda: the webapps (Tasklist, Cockpit, Admin) through Camunda's
 * container-based authentication, {@code /engine-rest} through its authentication filter, which also applies the
 * engine's authorizations to every call. Both run after Spring Security's filter chain has checked the password.
 */
@Configuration
class CamundaWebappAuthenticationConfig {

  private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("camunda-webapp-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(AFTER_SPRING_SECURITY);
    return registration;
  }
}
