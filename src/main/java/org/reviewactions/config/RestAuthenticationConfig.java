package org.reviewactions.config;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.reviewactions.identity.RoleDirectory;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API, the application's own API and its pages answer only to signed-in users
 * (HTTP Basic against Camunda's users), so every task completed and every plan imported is done by a
 * known person: the verifier is never anonymous.
 */
@Configuration
class RestAuthenticationConfig {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<SignInFilter> applicationSignIn(IdentityService identityService, RoleDirectory roles) {
    FilterRegistrationBean<SignInFilter> registration = new FilterRegistrationBean<>(new SignInFilter(identityService, roles));
    registration.setName("application-sign-in");
    registration.addUrlPatterns("/api/*", "/plans/*", "/actions/*");
    return registration;
  }
}
