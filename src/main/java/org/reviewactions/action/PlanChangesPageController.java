package org.reviewactions.action;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.Supplier;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.FormDates;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An action's changes page, {@code /actions/{id}/changes}, for plan managers: the action as the plan has it and a
 * form for each change to the live plan (dates, responsible role, text, withdrawal, another action for its
 * recommendation), each with its reason. A refused change answers 400, 404 or 409 with the page and an error
 * summary naming the problem; nothing is half-saved.
 */
@Controller
@RequestMapping("/actions/{actionId}/changes")
class PlanChangesPageController {

  private static final String PAGE = "actions/changes";

  /** The action as the page shows it. */
  record Shown(Long id, String review, String recommendationNumber, Long recommendationId, String description,
      String agency, String responsible, String owner, String status, String startDate, String dueDate,
      String startTyped, String dueTyped) {}

  /** A history line as the page shows it. */
  record Line(String when, String by, String text) {}

  private final ActionService actions;
  private final PlanChanges changes;
  private final RoleDirectory roles;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;
  private final java.time.Clock clock;

  PlanChangesPageController(ActionService actions, PlanChanges changes, RoleDirectory roles, CurrentUser currentUser,
      AsSystem asSystem, java.time.Clock clock) {
    this.actions = actions;
    this.changes = changes;
    this.roles = roles;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
    this.clock = clock;
  }

  @GetMapping
  String page(@PathVariable Long actionId, Model model) {
    currentUser.requirePlanManager();
    return show(actionId, model);
  }

  @PostMapping("/dates")
  String correctDates(@PathVariable Long actionId, @RequestParam(required = false) String startDate,
      @RequestParam(required = false) String dueDate, @RequestParam(required = false) String reason, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    return apply(actionId, "dates", () -> changes.correctDates(actionId, startDate, dueDate, reason, actor),
        "The dates are corrected; reminders and the lapse follow the new due date.", model, response, redirect);
  }

  @PostMapping("/responsible")
  String changeResponsible(@PathVariable Long actionId, @RequestParam(required = false) String responsible,
      @RequestParam(required = false) String agency, @RequestParam(required = false) String reason, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    return apply(actionId, "responsible", () -> changes.changeResponsible(actionId, responsible, agency, reason, actor),
        "The action has its new responsible role.", model, response, redirect);
  }

  @PostMapping("/text")
  String editText(@PathVariable Long actionId, @RequestParam(required = false) String description,
      @RequestParam(required = false) String reason, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    return apply(actionId, "text", () -> changes.editText(actionId, description, reason, actor),
        "The action's text is changed.", model, response, redirect);
  }

  @PostMapping("/withdrawal")
  String withdraw(@PathVariable Long actionId, @RequestParam(required = false) String reason, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    return apply(actionId, "withdrawal", () -> changes.withdraw(actionId, reason, actor),
        "The action is withdrawn.", model, response, redirect);
  }

  @PostMapping("/added-action")
  String addAction(@PathVariable Long actionId, @RequestParam(required = false) String description,
      @RequestParam(required = false) String agency, @RequestParam(required = false) String responsible,
      @RequestParam(required = false) String timescale, @RequestParam(required = false) String reason, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    String actor = currentUser.requirePlanManager();
    return apply(actionId, "added-action", () -> {
      Long recommendationId = actions.get(actionId).getRecommendationId();
      return changes.addAction(recommendationId, description, agency, responsible, timescale, reason, actor);
    }, "The action is added to the recommendation and has started.", model, response, redirect);
  }

  private String apply(Long actionId, String form, Supplier<Action> change, String done, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    try {
      asSystem.call(change);
      redirect.addFlashAttribute("done", done);
      return "redirect:/actions/" + actionId + "/changes";
    } catch (PlanChangeRefused e) {
      response.setStatus(e.why() == PlanChangeRefused.Why.CONFLICT ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", e.getMessage());
      model.addAttribute("problemField", form + "-" + (e.field() == null ? "reason" : e.field()));
      return show(actionId, model);
    }
    // An unknown action (NotFoundException) is answered 404 by Spring, as any page asking for one is.
  }

  private String show(Long actionId, Model model) {
    return asSystem.call(() -> fill(actionId, model));
  }

  private String fill(Long actionId, Model model) {
    Action action = actions.get(actionId);
    Recommendation recommendation = actions.recommendationOf(action);
    model.addAttribute("action", new Shown(action.getId(), recommendation.getReview().getTitle(), recommendation.getNumber(),
        recommendation.getId(), action.getDescription(), action.getAgency(), action.getResponsible(),
        action.getOwnerUserId() == null ? "Not yet assigned" : roles.displayName(action.getOwnerUserId()),
        action.getStatus().label(), ActionService.formatDate(action.getStartDate()), ActionService.formatDate(action.getDueDate()),
        FormDates.typed(action.getStartDate()), FormDates.typed(action.getDueDate())));
    model.addAttribute("ended", action.getStatus().ended());
    model.addAttribute("agencies", roles.agencies());
    model.addAttribute("reasonMax", PlanChanges.REASON_MAX);
    model.addAttribute("textMax", PlanChanges.TEXT_MAX);
    List<Line> history = actions.history(actionId).stream().map(h -> new Line(
        ActionService.formatDate(java.time.LocalDate.ofInstant(h.getHappenedAt(), clock.getZone())),
        h.getActor() == null ? "" : roles.displayName(h.getActor()), h.getText())).toList();
    model.addAttribute("history", history);
    return PAGE;
  }
}
