package org.reviewactions.action;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.ResponsibleRole;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.NotificationRequests;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the People and roles page changes: a role's holder, with the role's open work, and an agency's
 * leads. Every change is recorded ({@link PeopleChange}) and, where it moves an action, on that action's
 * history. The caller is the signed-in plan manager; the engine calls run as the system because the
 * page's own checks are the authority here, and only values those checks accepted reach them.
 */
@Service
class PeopleAndRoles {

  private final RoleDirectory roles;
  private final ActionRepository actionRows;
  private final ActionService actions;
  private final PeopleChangeRepository changes;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final NotificationRequests notifications;
  private final AsSystem asSystem;
  private final Clock clock;

  PeopleAndRoles(RoleDirectory roles, ActionRepository actionRows, ActionService actions, PeopleChangeRepository changes,
      TaskService tasks, RuntimeService runtime, NotificationRequests notifications, AsSystem asSystem, Clock clock) {
    this.roles = roles;
    this.actionRows = actionRows;
    this.actions = actions;
    this.changes = changes;
    this.tasks = tasks;
    this.runtime = runtime;
    this.notifications = notifications;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  /**
   * Makes a person of the role's agency its holder. The role's open actions that its previous holder owned
   * move to the new holder: the action's owner (so later reminders go to them), the process's owner (so a
   * later Deliver task does) and the open Deliver task itself; the new holder is e-mailed about each. The role's
   * actions that wait for a nomination stop waiting: the holder owns them and the process goes on to assignment.
   *
   * @return how many actions moved or found their owner
   */
  @Transactional
  public int changeHolder(Long roleId, String userId, String actor) {
    ResponsibleRole role = roles.findRole(roleId).orElseThrow(() -> new NotFoundException("There is no responsible role " + roleId + "."));
    Person holder = roles.person(userId).orElseThrow(() -> new BusinessRuleException("userId",
        "There is nobody with the user id '" + shorten(userId) + "'. Choose one of the people of " + role.getAgency() + "."));
    if (!roles.belongsTo(holder.userId(), role.getAgency())) {
      throw new BusinessRuleException("userId", holder.displayName() + " is not one of the people of " + role.getAgency()
          + ", so cannot hold its role " + role.getName() + ".");
    }
    String previous = role.getHolderUserId();
    if (holder.userId().equals(previous)) {
      throw new BusinessRuleException("userId", holder.displayName() + " already holds " + role.getName() + ".");
    }
    roles.setHolder(roleId, holder.userId());
    String subject = role.getName() + " (" + role.getAgency() + ")";
    changes.save(new PeopleChange(clock.instant(), actor, PeopleChange.Kind.ROLE_HOLDER, subject, previous, holder.userId()));
    String from = previous == null ? "nobody" : roles.displayName(previous);
    int moved = 0;
    for (Action action : openActionsOwnedBy(roleId, previous)) {
      actions.addHistory(action.getId(), actor, HistoryKind.ROLE_HOLDER_CHANGED, "The role " + role.getName()
          + " passed from " + from + " to " + holder.displayName() + ", who now owns this action.");
      handOver(action, holder.userId(), "role-holder");
      moved++;
    }
    for (Action action : awaitingNomination(roleId)) {
      actions.ownerFromNewRoleHolder(action.getId(), holder.userId(), actor);
      // Nominate action owner ends; the process e-mails the holder their assignment, as for any new owner.
      asSystem.call(() -> runtime.createMessageCorrelation(ActionProcess.Message.ROLE_HOLDER_NAMED)
          .processInstanceId(action.getProcessInstanceId()).setVariable(ActionProcess.Var.OWNER_ID, holder.userId())
          .correlateWithResult());
      moved++;
    }
    return moved;
  }

  /**
   * The action's open work goes to a new owner: the action's owner (so later reminders go to them), the process's
   * owner (so a later Deliver task does) and the open Deliver task itself; the new owner gets the assignment e-mail.
   *
   * @param why names the change in the e-mail's key, so each hand-over is e-mailed once
   */
  void handOver(Action action, String owner, String why) {
    action.setOwnerUserId(owner);
    NotificationRequest mail = new NotificationRequest(MailKind.ASSIGNMENT.template(), action.getId(), owner,
        "action:" + action.getId() + ":" + MailKind.ASSIGNMENT.template() + ":" + why + ":" + clock.instant() + ":" + owner,
        action.getProcessInstanceId(), Map.of());
    asSystem.call(() -> {
      follow(action, owner);
      notifications.request(mail);
      return null;
    });
  }

  /** Makes a person of the agency one of its leads, recorded. */
  @Transactional
  public void makeLead(String agency, String userId, String actor) {
    roles.makeLead(agency, userId);
    changes.save(new PeopleChange(clock.instant(), actor, PeopleChange.Kind.AGENCY_LEAD, agency + " leads", null, userId.strip()));
  }

  @Transactional(readOnly = true)
  public List<PeopleChange> recentChanges() {
    return changes.findTop50ByOrderByHappenedAtDescIdDesc();
  }

  private List<Action> openActionsOwnedBy(Long roleId, String previousHolder) {
    List<Action> open = new ArrayList<>();
    if (previousHolder == null) {
      return open; // no owner to follow: those actions wait for a nomination, which now offers the holder
    }
    for (Action action : actionRows.findByResponsibleRoleId(roleId)) {
      if (previousHolder.equals(action.getOwnerUserId()) && !action.getStatus().ended() && action.getProcessInstanceId() != null) {
        open.add(action);
      }
    }
    return open;
  }

  /** The role's actions whose process waits at Nominate action owner. */
  private List<Action> awaitingNomination(Long roleId) {
    return asSystem.call(() -> actionRows.findByResponsibleRoleId(roleId).stream()
        .filter(action -> action.getOwnerUserId() == null && action.getProcessInstanceId() != null)
        .filter(action -> runtime.createEventSubscriptionQuery().processInstanceId(action.getProcessInstanceId())
            .eventType("message").eventName(ActionProcess.Message.ROLE_HOLDER_NAMED).count() > 0)
        .toList());
  }

  private Void follow(Action action, String holder) {
    String process = action.getProcessInstanceId();
    if (runtime.createProcessInstanceQuery().processInstanceId(process).count() == 0) {
      return null;
    }
    runtime.setVariable(process, ActionProcess.Var.OWNER_ID, holder);
    for (Task deliver : tasks.createTaskQuery().processInstanceId(process)
        .taskDefinitionKey(ActionProcess.Element.DELIVER_ACTION).list()) {
      tasks.setAssignee(deliver.getId(), holder);
    }
    return null;
  }

  private static String shorten(String text) {
    String shown = text == null ? "" : text.strip();
    return shown.length() <= 60 ? shown : shown.substring(0, 60) + "…";
  }
}
