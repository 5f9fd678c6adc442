package org.reviewactions.tasklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.TaskContext;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.identity.GroupCreated;
import org.reviewactions.plan.RecommendationProcess;
import org.reviewactions.shared.GroupsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Tasklist filters each role works from, created on start when they do not exist yet and shared
 * with the people they are for. Each filter is sorted by due date, so the most urgent work is on top,
 * and shows the review, due date and status of every task in the list, so nobody opens a task just
 * to see what it is about.
 *
 * <p>The queries use expressions ({@code ${currentUser()}}, {@code ${now()}}) that the engine resolves
 * against whoever runs the filter, at the time they run it, so one shared filter serves every user.
 * They are stored queries: the engine evaluates their expressions even where ad hoc task queries with
 * expressions are refused ({@code enableExpressionsForStoredQueries}, on by default, must stay on).
 *
 * <p>A filter and its sharing are created together, once: on later starts an existing filter is left
 * as it is, so an administrator's changes to it (or to whom it is shared with) survive restarts. The
 * exception is a filter shared with every group of a type ("Owners to nominate", every agency's leads):
 * each start, and each new group of the type, adds the groups it lacks.
 */
@Component
public class TasklistFilters {

  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

  /** The filter names as Tasklist shows them. */
  public static final class Names {
    public static final String MY_ACTIONS = "My actions";
    public static final String DUE_SOON = "Due in the next 14 days";
    public static final String OVERDUE = "Overdue";
    public static final String EVIDENCE_TO_VERIFY = "Evidence to verify";
    public static final String LAPSED_DECISIONS = "Lapsed: my decision";
    public static final String RECOMMENDATIONS_TO_CONFIRM = "Recommendations to confirm";
    public static final String BOARD_CHALLENGE = "Board challenge";
    public static final String DATES_TO_CONFIRM = "Dates to confirm";
    public static final String OWNERS_TO_NOMINATE = "Owners to nominate";

    /** In the order Tasklist lists them. */
    public static final List<String> ALL = List.of(MY_ACTIONS, DUE_SOON, OVERDUE, EVIDENCE_TO_VERIFY, LAPSED_DECISIONS,
        RECOMMENDATIONS_TO_CONFIRM, BOARD_CHALLENGE, DATES_TO_CONFIRM, OWNERS_TO_NOMINATE);

    private Names() {}
  }

  /** Keys of a filter's properties that Tasklist reads. */
  static final class Property {
    static final String DESCRIPTION = "description";
    /** Tasklist lists filters by ascending priority. */
    static final String PRIORITY = "priority";
    static final String COLOR = "color";
    /** Tasklist re-runs the filter every few seconds, so new work appears without reloading. */
    static final String REFRESH = "refresh";
    /** Variables shown on each task in the list: a list of {@code {name, label}}. */
    static final String VARIABLES = "variables";
    static final String VARIABLE_NAME = "name";
    static final String VARIABLE_LABEL = "label";

    private Property() {}
  }

  /** Expressions the engine resolves against the user running the filter, at the time they run it. */
  static final class Expression {
    static final String CURRENT_USER = "${currentUser()}";
    static final String NOW = "${now()}";
    static final String IN_14_DAYS = "${dateTime().plusDays(14).toDate()}";

    private Expression() {}
  }

  /** A task variable Tasklist shows on each task in a filter's list, under its label. */
  record ListVariable(String name, String label) {}

  /**
   * What every filter shows on each task: the task-local context the task listeners write, so the
   * list says which review a task belongs to, when it is due and where it stands.
   */
  static final List<ListVariable> LIST_VARIABLES = List.of(
      new ListVariable(TaskContext.REVIEW, "Review"),
      new ListVariable(TaskContext.DUE_DATE, "Due"),
      new ListVariable(TaskContext.STATUS, "Status"));

  private static final String RED = "#d9534f";
  private static final String AMBER = "#f0ad4e";
  private static final String BLUE = "#337ab7";
  private static final String GREEN = "#5cb85c";
  private static final String PURPLE = "#6f42c1";
  private static final String GREY = "#777777";

  /**
   * Who a filter is shared with: one group; every group of a type ({@code groupType}), e.g. every agency's
   * leads, including agencies imported later; or everyone, for the filters whose query only ever shows a
   * user their own work (an owner need be in no group at all: holding a plan role makes them one).
   */
  record Sharing(String groupId, String groupType) {
    static Sharing everyone() {
      return new Sharing(null, null);
    }

    static Sharing group(String groupId) {
      return new Sharing(groupId, null);
    }

    static Sharing groupsOfType(String groupType) {
      return new Sharing(null, groupType);
    }

    boolean isEveryone() {
      return groupId == null && groupType == null;
    }
  }

  /** One filter as this class creates it. */
  record Definition(String name, String description, int priority, String color, Supplier<TaskQuery> query,
      Sharing sharing) {}

  private final FilterService filterService;
  private final AuthorizationService authorizationService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final GroupsProperties groups;
  private final TransactionTemplate transaction;

  TasklistFilters(FilterService filterService, AuthorizationService authorizationService, TaskService taskService,
      IdentityService identityService, GroupsProperties groups, PlatformTransactionManager transactionManager) {
    this.filterService = filterService;
    this.authorizationService = authorizationService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.groups = groups;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  @EventListener(ApplicationReadyEvent.class)
  void onApplicationReady() {
    List<String> created = ensureFilters();
    if (!created.isEmpty()) {
      log.info("Created the Tasklist filters {}", created);
    }
  }

  /**
   * Creates each filter that does not exist yet, with its sharing, and leaves existing ones alone.
   * Call it as the system (no authenticated user): with authorization checks on, creating filters and
   * authorizations needs rights ordinary users do not have.
   *
   * @return the names of the filters created by this call, in Tasklist order (empty when all existed)
   */
  public List<String> ensureFilters() {
    List<String> created = new ArrayList<>();
    for (Definition definition : definitions()) {
      // One transaction per filter: a filter never exists without its sharing, which later starts
      // would not add because they leave existing filters alone.
      Boolean done = transaction.execute(status -> createIfMissing(definition));
      if (Boolean.TRUE.equals(done)) {
        created.add(definition.name());
      }
    }
    return created;
  }

  /** The filters, in the order Tasklist lists them. */
  List<Definition> definitions() {
    return List.of(
        new Definition(Names.MY_ACTIONS, "Every task assigned to you, the most urgent first.", 10, BLUE,
            () -> mine(), Sharing.everyone()),
        new Definition(Names.DUE_SOON, "Your tasks due within the next 14 days and not yet overdue.", 20, AMBER,
            () -> mine().dueAfterExpression(Expression.NOW).dueBeforeExpression(Expression.IN_14_DAYS),
            Sharing.everyone()),
        new Definition(Names.OVERDUE, "Your tasks whose due date has passed.", 30, RED,
            () -> mine().dueBeforeExpression(Expression.NOW), Sharing.everyone()),
        new Definition(Names.EVIDENCE_TO_VERIFY,
            "Evidence submitted by action owners for your group to accept or reject.", 40, GREEN,
            () -> forMyGroups(ActionProcess.Element.VERIFY_EVIDENCE), Sharing.group(groups.monitoring())),
        new Definition(Names.LAPSED_DECISIONS,
            "Lapsed actions and requests for more time for your group to decide on.", 50, RED,
            () -> forMyGroups(ActionProcess.Element.DECIDE_LAPSED_ACTION, ActionProcess.Element.DECIDE_EXTENSION),
            Sharing.group(groups.monitoring())),
        new Definition(Names.RECOMMENDATIONS_TO_CONFIRM,
            "Recommendations whose actions have all ended, for your group to confirm as implemented.", 60, GREEN,
            () -> forMyGroups(RecommendationProcess.Element.CONFIRM_IMPLEMENTED), Sharing.group(groups.monitoring())),
        new Definition(Names.BOARD_CHALLENGE, "Lapsed actions escalated to the board for challenge.", 70, PURPLE,
            () -> forMyGroups(ActionProcess.Element.BOARD_CHALLENGE), Sharing.group(groups.board())),
        new Definition(Names.DATES_TO_CONFIRM,
            "Actions whose timescale could not be read, waiting for their dates to be confirmed.", 80, GREY,
            () -> forMyGroups(ActionProcess.Element.CONFIRM_DATES), Sharing.group(groups.planManagers())),
        // Every agency has its own leads group, so this filter is shared with each of them (and each one an
        // import creates later); its query shows each lead only the nominations of their own leads groups.
        new Definition(Names.OWNERS_TO_NOMINATE,
            "Actions whose responsible role has nobody in it, for your agency's leads to nominate an owner.", 90, GREY,
            () -> forMyGroups(ActionProcess.Element.NOMINATE_OWNER), Sharing.groupsOfType(AgencyGroups.LEADS_TYPE)));
  }

  private TaskQuery mine() {
    return sortedByDueDate(taskService.createTaskQuery().taskAssigneeExpression(Expression.CURRENT_USER));
  }

  /**
   * Tasks of the given kinds offered to one of the user's groups, still shown once someone in the
   * group has claimed them so that claimed work does not vanish from the group's list.
   *
   * <p>"Candidate user" rather than "candidate group in ${currentUserGroups()}": the engine matches it
   * against the groups the user belongs to, and a user in no group gets an empty list instead of the
   * error a candidate group list that resolves to no groups raises ("Candidate group list is empty").
   */
  private TaskQuery forMyGroups(String... taskDefinitionKeys) {
    TaskQuery query = taskService.createTaskQuery();
    query = taskDefinitionKeys.length == 1 ? query.taskDefinitionKey(taskDefinitionKeys[0])
        : query.taskDefinitionKeyIn(taskDefinitionKeys);
    return sortedByDueDate(query.taskCandidateUserExpression(Expression.CURRENT_USER).includeAssignedTasks());
  }

  /** Most urgent first; among tasks due at the same time (or with no due date), the oldest first. */
  private static TaskQuery sortedByDueDate(TaskQuery query) {
    return query.orderByDueDate().asc().orderByTaskCreateTime().asc();
  }

  private boolean createIfMissing(Definition definition) {
    Filter existing = shared(definition.name());
    if (existing != null) {
      if (definition.sharing().groupType() != null) {
        shareWithEveryGroupOfType(existing.getId(), definition.sharing().groupType());
      }
      return false;
    }
    Filter filter = filterService.newTaskFilter(definition.name())
        .setQuery(definition.query().get())
        .setProperties(properties(definition));
    filterService.saveFilter(filter);
    share(filter.getId(), definition.sharing());
    return true;
  }

  /** Only shared filters count: a user's own filter with the same name must not hide the shared one. */
  private Filter shared(String name) {
    return filterService.createFilterQuery().filterResourceType(EntityTypes.TASK).filterName(name).list()
        .stream().filter(filter -> filter.getOwner() == null).findFirst().orElse(null);
  }

  /** A group created later (an agency's leads, by a plan import) gets the filters shared with its type. */
  @EventListener
  void onGroupCreated(GroupCreated created) {
    for (Definition definition : definitions()) {
      if (created.type() != null && created.type().equals(definition.sharing().groupType())) {
        Filter filter = shared(definition.name());
        if (filter != null) {
          grantRead(filter.getId(), created.groupId());
        }
      }
    }
  }

  /**
   * Every group of the type may read the filter, and nobody else through a grant to everyone: a filter
   * shared with everyone by an earlier version loses that sharing here.
   */
  private void shareWithEveryGroupOfType(String filterId, String groupType) {
    identityService.createGroupQuery().groupType(groupType).list().forEach(group -> grantRead(filterId, group.getId()));
    authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId)
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).list()
        .forEach(global -> authorizationService.deleteAuthorization(global.getId()));
  }

  private void grantRead(String filterId, String groupId) {
    boolean granted = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId)
        .groupIdIn(groupId).count() > 0;
    if (!granted) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(authorization);
    }
  }

  static Map<String, Object> properties(Definition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(Property.DESCRIPTION, definition.description());
    properties.put(Property.PRIORITY, definition.priority());
    properties.put(Property.COLOR, definition.color());
    properties.put(Property.REFRESH, true);
    properties.put(Property.VARIABLES, LIST_VARIABLES.stream()
        .map(variable -> Map.of(Property.VARIABLE_NAME, variable.name(), Property.VARIABLE_LABEL, variable.label()))
        .toList());
    return properties;
  }

  /**
   * Grants READ on the filter. Saved even while authorization checks are off, so that switching them
   * on (the production profile) finds every filter already shared.
   */
  private void share(String filterId, Sharing sharing) {
    if (sharing.groupType() != null) {
      shareWithEveryGroupOfType(filterId, sharing.groupType());
      return;
    }
    Authorization authorization;
    if (sharing.isEveryone()) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      authorization.setUserId(Authorization.ANY);
    } else {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(sharing.groupId());
    }
    authorization.setResource(Resources.FILTER);
    authorization.setResourceId(filterId);
    authorization.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(authorization);
  }
}
