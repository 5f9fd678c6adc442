package org.reviewactions.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.PinnedClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The grants are right by the time the web server takes requests, not some seconds after: an installation upgraded
 * from a release that granted reads per action, and let plan managers start processes, has neither left when the
 * port opens, and the standing grants (Tasklist for everyone) are already there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = "classpath:test-application.properties")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ContextConfiguration(initializers = PinnedClock.class)
class GrantsBeforeRequestsTest {

  private static final String EARLIER_ACTION = "process-instance-of-an-earlier-release";

  @Autowired AtWebServerStart seen;

  @Test
  void earlierGrantsAreRetiredAndStandingGrantsMadeBeforeTheWebServerStarts() {
    assertThat(seen.facts).containsExactly(
        "earlier per-action reads: 0",
        "plan managers may start processes: false",
        "everyone may use Tasklist: true");
  }

  @TestConfiguration
  static class Setup {

    /** What an earlier release left in the database, made as the engine is built, before the application starts. */
    @Bean
    AbstractProcessEnginePlugin grantsOfAnEarlierRelease() {
      return new AbstractProcessEnginePlugin() {
        @Override
        public void postProcessEngineBuild(ProcessEngine engine) {
          AuthorizationService authorizations = engine.getAuthorizationService();
          Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          read.setGroupId("agency-of-an-earlier-release");
          read.setResource(Resources.PROCESS_INSTANCE);
          read.setResourceId(EARLIER_ACTION);
          read.addPermission(Permissions.READ);
          authorizations.saveAuthorization(read);
          Authorization start = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
          start.setGroupId("plan-managers");
          start.setResource(Resources.PROCESS_DEFINITION);
          start.setResourceId(Authorization.ANY);
          start.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
          authorizations.saveAuthorization(start);
        }
      };
    }

    @Bean
    AtWebServerStart atWebServerStart() {
      return new AtWebServerStart();
    }
  }

  /** Reads the grants the moment the web server has started, before the application is ready. */
  static class AtWebServerStart implements ApplicationListener<ServletWebServerInitializedEvent> {

    final List<String> facts = new ArrayList<>();

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
      ApplicationContext context = event.getApplicationContext();
      AuthorizationService authorizations = context.getBean(AuthorizationService.class);
      facts.add("earlier per-action reads: " + authorizations.createAuthorizationQuery()
          .resourceType(Resources.PROCESS_INSTANCE).resourceId(EARLIER_ACTION).count());
      Authorization planManagers = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
          .groupIdIn("plan-managers").resourceType(Resources.PROCESS_DEFINITION).resourceId(Authorization.ANY)
          .singleResult();
      facts.add("plan managers may start processes: "
          + (planManagers != null && planManagers.isPermissionGranted(ProcessDefinitionPermissions.CREATE_INSTANCE)));
      facts.add("everyone may use Tasklist: " + (authorizations.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(Resources.APPLICATION).resourceId("tasklist")
          .count() > 0));
    }
  }
}
