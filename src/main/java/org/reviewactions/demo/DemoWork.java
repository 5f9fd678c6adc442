package org.reviewactions.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.RecommendationProcess;
import org.reviewactions.plan.RecommendationService;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.FormDates;
import org.springframework.stereotype.Component;

/**
 * Does some of the demo's work through the real processes, as the demo people would in Tasklist:
 * actions the published plan calls completed are evidenced and verified, some others have evidence
 * waiting for the sub-group or returned to the owner, and one finished recommendation is confirmed.
 */
@Component
class DemoWork {

  static final String CHAIR = "chair";
  static final String PLAN_MANAGER = "planner";
  static final String ADMIN = "admin";
  private static final int SUBMIT_EVERY = 5;
  private static final int REJECT_EVERY = 7;
  static final int IMPACT_CHECK_MONTHS = 3;
  /** "An audit" on the confirmation form. */
  static final String IMPACT_CHECK_METHOD = "audit";

  private final RecommendationService recommendations;
  private final ActionService actions;
  private final TaskService tasks;
  private final IdentityService identity;
  private final RoleDirectory roles;
  private final Clock clock;

  DemoWork(RecommendationService recommendations, ActionService actions, TaskService tasks, IdentityService identity,
      RoleDirectory roles, Clock clock) {
    this.roles = roles;
    this.recommendations = recommendations;
    this.actions = actions;
    this.tasks = tasks;
    this.identity = identity;
    this.clock = clock;
  }

  /**
   * Does the review's demo work, one step per action and one for the confirmation, each all or
   * nothing: redoing half of an action's work would, for instance, return its evidence twice.
   */
  void progress(String reviewRef, DemoSteps steps) {
    List<Recommendation> recs = recommendations.forReview(reviewRef);
    int counter = 0;
    for (Recommendation rec : recs) {
      for (Action action : actions.forRecommendation(rec.getId())) {
        counter++;
        Runnable work = workFor(action, counter);
        if (work != null) {
          steps.run("work " + reviewRef + " recommendation " + rec.getPosition() + " action " + action.getPosition(), work);
        }
      }
    }
    steps.run("work " + reviewRef + " confirmation", () -> recs.stream()
        .filter(r -> openTask(r.getProcessInstanceId(), RecommendationProcess.Element.CONFIRM_IMPLEMENTED) != null)
        .findFirst().ifPresent(this::confirmImplemented));
  }

  private Runnable workFor(Action action, int counter) {
    if (DemoDataLoader.saysCompleted(action.getImportedStatus())) {
      return () -> {
        submitEvidence(action);
        verify(action, ActionProcess.Value.ACCEPT, null);
      };
    }
    if (counter % REJECT_EVERY == 0) {
      return () -> {
        submitEvidence(action);
        verify(action, ActionProcess.Value.REJECT,
            "The summary says what was planned, not what was done. Attach the audit report or the minutes that show it in place.");
      };
    }
    if (counter % SUBMIT_EVERY == 0) {
      return () -> submitEvidence(action);
    }
    return null;
  }

  private void submitEvidence(Action action) {
    settleDatesAndOwner(action);
    Task deliver = openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
    if (deliver == null) {
      return;
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_EVIDENCE);
    vars.put(ActionProcess.Var.EVIDENCE_SUMMARY, "Done as the plan set out. "
        + (action.getImportedStatus() == null ? "" : "The published progress statement records it as " + action.getImportedStatus() + "."));
    vars.put(ActionProcess.Var.EVIDENCE_REFERENCES, "Agency progress report to the board, " + LocalDate.now(clock).getYear()
        + "\nMinutes of the Quality Assurance and Audit sub-group");
    completeAs(deliver.getAssignee(), deliver, vars);
  }

  private void verify(Action action, String decision, String reason) {
    Task verify = openTask(action.getProcessInstanceId(), ActionProcess.Element.VERIFY_EVIDENCE);
    if (verify == null) {
      return;
    }
    Map<String, Object> vars = new HashMap<>();
    vars.put(ActionProcess.Var.EVIDENCE_DECISION, decision);
    vars.put(ActionProcess.Var.REJECTION_REASON, reason);
    completeAs(CHAIR, verify, vars);
  }

  /** Gets an action past date confirmation and nomination, as the plan manager and agency lead would. */
  private void settleDatesAndOwner(Action action) {
    Task dates = openTask(action.getProcessInstanceId(), ActionProcess.Element.CONFIRM_DATES);
    if (dates != null) {
      Action current = actions.get(action.getId());
      LocalDate due = current.getDueDate() != null ? current.getDueDate() : LocalDate.now(clock).plusMonths(2);
      completeAs(PLAN_MANAGER, dates, Map.of(ActionProcess.Var.CONFIRMED_DUE_DATE, FormDates.typed(due),
          ActionProcess.Var.DATES_NOTE, "Demo: confirmed from the published plan."));
    }
    Task nominate = openTask(action.getProcessInstanceId(), ActionProcess.Element.NOMINATE_OWNER);
    if (nominate != null) {
      // Only someone of the action's agency may own it; an agency with nobody yet keeps its nomination open.
      String agency = actions.get(action.getId()).getAgency();
      roles.peopleOf(agency).stream().findFirst().ifPresent(owner ->
          completeAs(leadOf(nominate), nominate, Map.of(ActionProcess.Var.NOMINEE_ID, owner.userId())));
    }
  }

  /** One of the task's leads (only they may nominate or submit an agency's figures); the administrator where the agency has none. */
  String leadOf(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(java.util.Objects::nonNull)
        .flatMap(group -> identity.createUserQuery().memberOfGroup(group).list().stream())
        .map(org.camunda.bpm.engine.identity.User::getId).findFirst().orElse(ADMIN);
  }

  private void confirmImplemented(Recommendation rec) {
    Task confirm = openTask(rec.getProcessInstanceId(), RecommendationProcess.Element.CONFIRM_IMPLEMENTED);
    // As the sub-group would: the impact check's date and method, so the dashboard shows when and how it is checked.
    completeAs(CHAIR, confirm, Map.of(RecommendationProcess.Var.DECISION, RecommendationProcess.Value.IMPLEMENTED,
        RecommendationProcess.Var.CONFIRMATION_NOTE, "Demo: all actions evidenced; audit shows the change in practice.",
        RecommendationProcess.Var.IMPACT_CHECK_DATE, FormDates.typed(LocalDate.now(clock).plusMonths(IMPACT_CHECK_MONTHS)),
        RecommendationProcess.Var.IMPACT_CHECK_METHOD, IMPACT_CHECK_METHOD,
        RecommendationProcess.Var.IMPACT_CHECK_NOTE, "Case file audit of a sample of cases since the change, by the "
            + "Quality Assurance and Audit sub-group."));
  }

  private Task openTask(String processInstanceId, String taskKey) {
    if (processInstanceId == null) {
      return null;
    }
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).active()
        .listPage(0, 1).stream().findFirst().orElse(null);
  }

  private void completeAs(String userId, Task task, Map<String, Object> vars) {
    identity.setAuthentication(userId, roles.groupIds(userId));
    try {
      tasks.complete(task.getId(), vars);
    } finally {
      identity.clearAuthentication();
    }
  }
}
