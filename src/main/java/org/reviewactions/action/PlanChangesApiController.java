package org.reviewactions.action;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.reviewactions.shared.ApiProblem;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.FormDates;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plan managers' changes to a live plan as JSON ({@code /api/actions/{id}/dates}, {@code .../withdrawal},
 * {@code .../text}, {@code .../responsible}, {@code /api/recommendations/{id}/actions}); the same changes as the
 * action's changes page. Each body is a fixed record: a field it does not name is ignored and never reaches
 * the engine. Refusals are RFC 9457 problems: 403 for anyone but a plan manager, 404 for an unknown action,
 * 400 naming the field (as {@code field}), 409 when the action is where the change cannot apply.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanChangesApiController {

  /** Dates as day/month/year, as every form of the product reads them. */
  record DatesChange(String startDate, String dueDate, String reason) {}

  record Withdrawal(String reason) {}

  record TextChange(String description, String reason) {}

  record ResponsibleChange(String responsible, String agency, String reason) {}

  record AddedAction(String description, String agency, String responsible, String timescale, String reason) {}

  /** The action after the change. */
  record Changed(Long actionId, String status, String startDate, String dueDate, String description, String agency,
      String responsible, String ownerUserId) {

    static Changed of(Action a) {
      return new Changed(a.getId(), a.getStatus().name(), typed(a.getStartDate()), typed(a.getDueDate()), a.getDescription(),
          a.getAgency(), a.getResponsible(), a.getOwnerUserId());
    }

    private static String typed(LocalDate date) {
      return FormDates.typed(date);
    }
  }

  private final PlanChanges changes;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;

  PlanChangesApiController(PlanChanges changes, CurrentUser currentUser, AsSystem asSystem) {
    this.changes = changes;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
  }

  @PostMapping("/actions/{actionId}/dates")
  Changed correctDates(@PathVariable Long actionId, @RequestBody DatesChange body) {
    String actor = currentUser.requirePlanManager();
    return apply(() -> changes.correctDates(actionId, body.startDate(), body.dueDate(), body.reason(), actor));
  }

  @PostMapping("/actions/{actionId}/withdrawal")
  Changed withdraw(@PathVariable Long actionId, @RequestBody Withdrawal body) {
    String actor = currentUser.requirePlanManager();
    return apply(() -> changes.withdraw(actionId, body.reason(), actor));
  }

  @PostMapping("/actions/{actionId}/text")
  Changed editText(@PathVariable Long actionId, @RequestBody TextChange body) {
    String actor = currentUser.requirePlanManager();
    return apply(() -> changes.editText(actionId, body.description(), body.reason(), actor));
  }

  @PostMapping("/actions/{actionId}/responsible")
  Changed changeResponsible(@PathVariable Long actionId, @RequestBody ResponsibleChange body) {
    String actor = currentUser.requirePlanManager();
    return apply(() -> changes.changeResponsible(actionId, body.responsible(), body.agency(), body.reason(), actor));
  }

  @PostMapping("/recommendations/{recommendationId}/actions")
  Changed addAction(@PathVariable Long recommendationId, @RequestBody AddedAction body) {
    String actor = currentUser.requirePlanManager();
    return apply(() -> changes.addAction(recommendationId, body.description(), body.agency(), body.responsible(),
        body.timescale(), body.reason(), actor));
  }

  private Changed apply(Supplier<Action> change) {
    try {
      return Changed.of(asSystem.call(change));
    } catch (PlanChangeRefused e) {
      ApiProblem problem = new ApiProblem(e.why() == PlanChangeRefused.Why.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
          e.field() == null ? e.getMessage() : e.field() + ": " + e.getMessage());
      throw e.field() == null ? problem : problem.with("field", e.field());
    }
  }
}
