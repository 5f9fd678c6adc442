package org.reviewactions.challenge;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.reviewactions.shared.BusinessRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /actions/{actionId}/challenges/new}: a chair of the monitoring sub-group raises a concern about the action's
 * agency, ticking which of the agency's open actions in the review it is about and typing the date to respond by.
 * Who may raise and what is refused is {@link AgencyChallenges}' rule; a refusal is shown on the form with 400.
 */
@Controller
class ChallengePageController {

  private static final String PAGE = "challenge/new";

  private final AgencyChallenges challenges;

  ChallengePageController(AgencyChallenges challenges) {
    this.challenges = challenges;
  }

  @GetMapping("/actions/{actionId:\\d{1,18}}/challenges/new")
  String form(@PathVariable long actionId, Model model) {
    model.addAttribute("ticked", List.of(actionId));
    return page(actionId, model);
  }

  @PostMapping("/actions/{actionId:\\d{1,18}}/challenges")
  String raise(@PathVariable long actionId, @RequestParam(required = false) String concern,
      @RequestParam(name = "actionIds", required = false) List<Long> actionIds,
      @RequestParam(name = "response-date-day", required = false) String day,
      @RequestParam(name = "response-date-month", required = false) String month,
      @RequestParam(name = "response-date-year", required = false) String year, Model model, HttpServletResponse response) {
    challenges.requireChair();
    try {
      challenges.raise(actionIds == null ? List.of() : actionIds, concern,
          blank(day) && blank(month) && blank(year) ? null : trim(day) + "/" + trim(month) + "/" + trim(year));
    } catch (BusinessRuleException refused) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", refused.getMessage());
      Object field = refused.getDetail();
      model.addAttribute("errorField", field);
      model.addAttribute("concern", concern);
      model.addAttribute("ticked", actionIds == null ? List.of() : actionIds);
      model.addAttribute("day", day);
      model.addAttribute("month", month);
      model.addAttribute("year", year);
      return page(actionId, model);
    }
    return "redirect:/actions/" + actionId + "?challenged=1#story";
  }

  private String page(long actionId, Model model) {
    model.addAttribute("context", challenges.raiseContext(actionId));
    return PAGE;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
