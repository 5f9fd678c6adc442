package org.reviewactions.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The actuator's endpoints ({@code /actuator/**}): a load balancer asks {@code /actuator/health} without
 * signing in and gets only UP or DOWN; its components (database, mail server) and {@code /actuator/prometheus}
 * are for administrators ({@code camunda-admin}) signing in with HTTP Basic, with no session. The figures name
 * no person but tell how much work the partnership has and how it is going, which owners have no need to see.
 * Membership of {@code camunda-admin} is read on every request, as everywhere else.
 */
@Configuration
class ManagementSecurityConfig {

  /** The authority an administrator holds on these endpoints; also management.endpoint.health.roles. */
  static final String ADMIN = Groups.CAMUNDA_ADMIN;
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  @Bean
  @Order(0)
  SecurityFilterChain management(HttpSecurity http, CamundaPasswordAuthentication passwords,
      IdentityService identityService) throws Exception {
    AuthenticationEntryPoint basic = (request, response, failure) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Review Action Tracker\", charset=\"UTF-8\"");
      Refusal.send(request, response, 401, "Sign in as an administrator with HTTP Basic.");
    };
    http.securityMatcher(PATHS.matcher("/actuator/**"))
        .authenticationProvider(passwords)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Read-only endpoints without a session: nothing to forge.
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .httpBasic(basicAuth -> basicAuth.authenticationEntryPoint(basic))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(basic)
            .accessDeniedHandler((request, response, denied) ->
                Refusal.send(request, response, 403, "Only administrators may read this.")))
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(PATHS.matcher("/actuator/health")).permitAll()
            .anyRequest().hasAuthority(ADMIN))
        .headers(headers -> headers.frameOptions(frame -> frame.deny())
            .contentSecurityPolicy(policy -> policy.policyDirectives(WebSecurityConfig.API_POLICY)))
        .addFilterAfter(new AdministratorAuthority(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }

  /** Gives a signed-in member of camunda-admin the {@link #ADMIN} authority for this request only. */
  static final class AdministratorAuthority extends OncePerRequestFilter {

    private final IdentityService identityService;

    AdministratorAuthority(IdentityService identityService) {
      this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Authentication user = SecurityContextHolder.getContext().getAuthentication();
      if (user != null && user.isAuthenticated() && user instanceof UsernamePasswordAuthenticationToken
          && identityService.createUserQuery().userId(user.getName()).memberOfGroup(ADMIN).count() > 0) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(ADMIN));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getPrincipal(), null, authorities));
        SecurityContextHolder.setContext(context);
      }
      chain.doFilter(request, response);
    }
  }
}
