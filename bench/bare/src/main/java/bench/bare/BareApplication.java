package bench.bare;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The bare baseline of bench/run.sh: the engine, Tasklist and the REST API with HTTP Basic, authorization on, one
 * process ({@code bare-action.bpmn}) and a few people made at start: {@code owner} in {@code agency01} (one of
 * ten agency groups the actions are spread over), {@code chair} in {@code chairs}, who may read every task, and a
 * shared "All tasks" filter, as the application's chairs and filters are.
 */
@SpringBootApplication
public class BareApplication {

  static final String PASSWORD = "bench";
  static final int AGENCIES = 10;

  public static void main(String[] args) {
    SpringApplication.run(BareApplication.class, args);
  }

  /** The REST API asks for HTTP Basic and applies the engine's authorizations to the signed-in user. */
  @Bean
  FilterRegistrationBean<Filter> restAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  /** The people and the filter, made before the web server opens, so Tasklist answering means ready to measure. */
  @Bean
  SmartInitializingSingleton benchPeople(ProcessEngine engine) {
    return () -> createPeople(engine);
  }

  private static void createPeople(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (identity.createUserQuery().userId("owner").count() > 0) {
      return;
    }
    for (int i = 1; i <= AGENCIES; i++) {
      group(identity, String.format("agency%02d", i));
    }
    group(identity, "chairs");
    user(identity, "owner", "agency01");
    user(identity, "chair", "chairs");
    grant(authorizations, "chairs", Resources.TASK, ANY, Permissions.READ);
    grant(authorizations, "chairs", Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(authorizations, "agency01", Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(authorizations, "chairs", Resources.PROCESS_DEFINITION, ANY, Permissions.READ);

    FilterService filters = engine.getFilterService();
    TaskService tasks = engine.getTaskService();
    org.camunda.bpm.engine.filter.Filter all = filters.newTaskFilter("All tasks").setOwner("admin")
        .setQuery(tasks.createTaskQuery());
    filters.saveFilter(all);
    Authorization readFilter = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    readFilter.setUserId(ANY);
    readFilter.setResource(Resources.FILTER);
    readFilter.setResourceId(all.getId());
    readFilter.addPermission(Permissions.READ);
    authorizations.saveAuthorization(readFilter);
  }

  private static void group(IdentityService identity, String id) {
    Group group = identity.newGroup(id);
    group.setName(id);
    group.setType("WORKFLOW");
    identity.saveGroup(group);
  }

  private static void user(IdentityService identity, String id, String groupId) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("Bench");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, groupId);
  }

  private static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
      Permissions permission) {
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }
}
