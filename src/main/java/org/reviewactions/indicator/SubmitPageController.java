package org.reviewactions.indicator;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /indicators/submit/{taskId}}: the page where an agency's leads enter the quarter's figures, one field per
 * indicator the agency reports. Anyone but the task's candidates gets 404; a form with any other field 400; a wrong
 * figure 422 with every problem named and nothing saved; right figures are saved and the task completed at once.
 */
@Controller
class SubmitPageController {

  private static final String PAGE = "indicator/submit";
  /** The CSRF token the security filter has already checked: not a figure. */
  private static final String CSRF = "_csrf";

  private final Indicators indicators;

  SubmitPageController(Indicators indicators) {
    this.indicators = indicators;
  }

  @GetMapping("/indicators/submit/{taskId}")
  String form(@PathVariable String taskId, Model model) {
    return page(model, indicators.form(taskId), Map.of(), List.of());
  }

  @PostMapping("/indicators/submit/{taskId}")
  String submit(@PathVariable String taskId, @RequestParam Map<String, String> params, Model model,
      HttpServletResponse response) {
    Map<String, String> typed = new LinkedHashMap<>(params);
    typed.remove(CSRF);
    try {
      indicators.submit(taskId, typed);
    } catch (FiguresRefused refused) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page(model, indicators.form(taskId), typed, refused.problems());
    }
    return "redirect:/indicators/trends?submitted=1";
  }

  private static String page(Model model, Indicators.SubmitForm form, Map<String, String> typed,
      List<FiguresRefused.Problem> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
    model.addAttribute("form", form);
    model.addAttribute("typed", typed);
    model.addAttribute("problems", problems);
    model.addAttribute("errors", errors);
    return PAGE;
  }
}
