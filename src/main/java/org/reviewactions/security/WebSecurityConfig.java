package org.reviewactions.security;

import jakarta.servlet.DispatcherType;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.reviewactions.identity.RoleDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Two ways in, one password check ({@link CamundaPasswordAuthentication}):
 *
 * <ul>
 *   <li>Machine clients use HTTP Basic on {@code /api/**} and {@code /engine-rest/**}, with no session: a cookie
 *       is neither created nor accepted there, so a browser's session cannot be ridden into the APIs.
 *   <li>People sign in once on {@code /sign-in}; the session serves the application's pages and, through
 *       {@link SpringSecurityAuthenticationProvider}, Tasklist, Cockpit and Admin. Forms carry CSRF tokens;
 *       the webapps' API keeps Camunda's own CSRF protection, which Tasklist speaks.
 * </ul>
 *
 * Both refuse state-changing requests another site sent ({@link CrossSiteRequestFilter}) and send the security
 * headers on every answer.
 */
@Configuration
class WebSecurityConfig {

  static final String SIGN_IN = "/sign-in";
  static final String SIGN_OUT = "/sign-out";
  static final String AFTER_SIGN_IN = "/camunda/app/tasklist/default/";
  /** The application's own pages load nothing from elsewhere and run no inline script or style. */
  static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
  /** API answers are data, never documents to render. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
  private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

  private final String publicUrl;
  private final boolean strictTransport;

  WebSecurityConfig(@Value("${rat.public-url}") String publicUrl,
      @Value("${rat.security.strict-transport:false}") boolean strictTransport) {
    this.publicUrl = publicUrl;
    this.strictTransport = strictTransport;
  }

  /**
   * No Micrometer observation of each security filter, sign-in and access decision. Nothing reads them (the
   * metrics the operations guide lists are requests, jobs, incidents, e-mails and imports), and with actuator's
   * registry present Spring Security wraps every filter of every request in one: about 5% of a Tasklist call's
   * CPU in a flight recording (docs/benchmarks.md, "Security observations").
   */
  @Bean
  static SecurityObservationSettings noSecurityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  CamundaPasswordAuthentication camundaPasswordAuthentication(IdentityService identityService) {
    return new CamundaPasswordAuthentication(identityService);
  }

  @Bean
  @Order(1)
  SecurityFilterChain machineClients(HttpSecurity http, CamundaPasswordAuthentication passwords,
      IdentityService identityService, RoleDirectory roles) throws Exception {
    AuthenticationEntryPoint basic = (request, response, failure) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Review Action Tracker\", charset=\"UTF-8\"");
      Refusal.send(request, response, 401, failure instanceof org.springframework.security.authentication.BadCredentialsException
          ? CamundaPasswordAuthentication.FAILED
          : "Sign in: send your user name and password with HTTP Basic.");
    };
    http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/engine-rest/**")))
        .authenticationProvider(passwords)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No session or cookie is accepted here, so there is no token to forge; CrossSiteRequestFilter stops
        // browsers replaying cached Basic credentials for another site.
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .httpBasic(basicAuth -> basicAuth.authenticationEntryPoint(basic))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(basic)
            .accessDeniedHandler((request, response, denied) -> Refusal.send(request, response, 403, "You are not allowed to do this.")))
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .anyRequest().authenticated())
        .headers(headers -> commonHeaders(headers)
            .addHeaderWriter(new ContentSecurityPolicyHeaderWriter(API_POLICY)))
        .addFilterBefore(new CrossSiteRequestFilter(publicUrl), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService, roles), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain people(HttpSecurity http, CamundaPasswordAuthentication passwords,
      IdentityService identityService, RoleDirectory roles, MultipartProperties uploads) throws Exception {
    RequestMatcher webappApi = PATHS.matcher("/camunda/api/**");
    RequestMatcher webapps = PATHS.matcher("/camunda/**");
    RequestMatcher camundaLogin = PATHS.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*");
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
    // Scripts get a 401 they can act on; a redirect to an HTML page would only confuse them.
    entryPoints.put(new OrRequestMatcher(webappApi, new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")),
        (request, response, failure) -> Refusal.send(request, response, 401, "Sign in first, on " + SIGN_IN + "."));
    DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN));

    http.authenticationProvider(passwords)
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers(PATHS.matcher(SIGN_IN), PATHS.matcher("/css/**"), PATHS.matcher("/js/**"),
                PATHS.matcher("/webjars/govuk-frontend/**"),
                PATHS.matcher("/favicon.ico"), PATHS.matcher("/error"), PATHS.matcher("/invitations/**")).permitAll()
            // One sign-in: the webapps' own login form would be a second way round Spring Security.
            .requestMatchers(camundaLogin).denyAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN).failureUrl(SIGN_IN + "?error")
            .defaultSuccessUrl(AFTER_SIGN_IN))
        .logout(logout -> logout.logoutRequestMatcher(PATHS.matcher(HttpMethod.POST, SIGN_OUT))
            .logoutSuccessUrl(SIGN_IN + "?signed-out").invalidateHttpSession(true).clearAuthentication(true)
            .deleteCookies("JSESSIONID", "XSRF-TOKEN"))
        // Tasklist, Cockpit and Admin send Camunda's own CSRF header, checked by Camunda's CsrfPreventionFilter.
        .csrf(csrf -> csrf.ignoringRequestMatchers(webappApi))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
            .accessDeniedHandler(new PageAccessDenied(camundaLogin, uploads)))
        .headers(headers -> commonHeaders(headers)
            // The webapps send their own policy (camunda.bpm.webapp.header-security); two would both apply.
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(webapps),
                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY))))
        .addFilterBefore(new CrossSiteRequestFilter(publicUrl), CsrfFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService, roles), AuthorizationFilter.class)
        .addFilterAfter(new WebappLogoutFilter(), AuthorizationFilter.class);
    return http.build();
  }

  private HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    if (strictTransport) {
      headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    } else {
      // Outside production the application may run on plain HTTP or a developer's own TLS; pinning HTTPS there
      // would lock browsers out of localhost for a year.
      headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
    }
    return headers;
  }
}
