package org.reviewactions.indicator;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /indicators}: plan managers (and administrators) define the quarterly indicators, list them, and may ask the
 * agencies for last quarter's figures now; {@code POST /api/indicators} defines one for machine clients. Everyone
 * else is refused with 403. A refused definition answers with every problem and saves nothing.
 */
@Controller
class IndicatorPageController {

  private static final String PAGE = "indicator/indicators";
  private static final Set<String> API_FIELDS = Set.of(Indicators.NAME, Indicators.UNIT, Indicators.AGENCIES,
      Indicators.RECOMMENDATION, Indicators.TARGET);

  private final Indicators indicators;
  private final CurrentUser currentUser;

  IndicatorPageController(Indicators indicators, CurrentUser currentUser) {
    this.indicators = indicators;
    this.currentUser = currentUser;
  }

  @GetMapping("/indicators")
  String page(@RequestParam(required = false) String defined, @RequestParam(required = false) String requested, Model model) {
    currentUser.requirePlanManager();
    model.addAttribute("defined", defined != null);
    model.addAttribute("requested", requested != null);
    return page(model, Map.of(), List.of());
  }

  @PostMapping("/indicators")
  String define(@RequestParam(required = false) String name, @RequestParam(required = false) String unit,
      @RequestParam(required = false) List<String> agencies, @RequestParam(required = false) String recommendationId,
      @RequestParam(required = false) String target, Model model, HttpServletResponse response) {
    currentUser.requirePlanManager();
    try {
      indicators.define(name, unit, agencies, recommendationId, target);
    } catch (FiguresRefused refused) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      Map<String, Object> typed = new LinkedHashMap<>();
      typed.put(Indicators.NAME, name);
      typed.put(Indicators.UNIT, unit);
      typed.put(Indicators.AGENCIES, agencies == null ? List.of() : agencies);
      typed.put(Indicators.RECOMMENDATION, recommendationId);
      typed.put(Indicators.TARGET, target);
      model.addAttribute("defined", false);
      model.addAttribute("requested", false);
      return page(model, typed, refused.problems());
    }
    return "redirect:/indicators?defined=1";
  }

  @PostMapping("/indicators/request")
  String requestNow() {
    indicators.requestNow();
    return "redirect:/indicators?requested=1";
  }

  @PostMapping("/api/indicators")
  @ResponseBody
  ResponseEntity<Object> defineByApi(@RequestBody Map<String, Object> body) {
    currentUser.requirePlanManager();
    for (String field : body.keySet()) {
      if (!API_FIELDS.contains(field)) {
        return problem(HttpStatus.BAD_REQUEST, "'" + (field.length() > 40 ? field.substring(0, 40) + "…" : field)
            + "' is not a field of an indicator: " + String.join(", ", API_FIELDS.stream().sorted().toList()) + ".", List.of());
      }
    }
    Object agencies = body.get(Indicators.AGENCIES);
    if (agencies != null && !(agencies instanceof List<?> list && list.stream().allMatch(a -> a instanceof String))) {
      return problem(HttpStatus.BAD_REQUEST, "agencies: a list of agency names.", List.of());
    }
    try {
      @SuppressWarnings("unchecked")
      Long id = indicators.define(text(body, Indicators.NAME), text(body, Indicators.UNIT), (List<String>) agencies,
          text(body, Indicators.RECOMMENDATION), text(body, Indicators.TARGET));
      return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    } catch (FiguresRefused refused) {
      return problem(HttpStatus.BAD_REQUEST, refused.getMessage(), refused.problems());
    }
  }

  private static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FiguresRefused.Problem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle("The indicator was refused");
    if (!problems.isEmpty()) {
      problem.setProperty("problems", problems);
    }
    return ResponseEntity.status(status).body(problem);
  }

  private static String text(Map<String, Object> body, String field) {
    Object value = body.get(field);
    return value == null ? null : value.toString();
  }

  private String page(Model model, Map<String, Object> typed, List<FiguresRefused.Problem> problems) {
    Map<String, String> errors = new LinkedHashMap<>();
    problems.forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
    model.addAttribute("indicators", indicators.all());
    model.addAttribute("agencyChoices", indicators.agencies());
    model.addAttribute("units", Unit.values());
    model.addAttribute("typed", typed);
    model.addAttribute("problems", problems);
    model.addAttribute("errors", errors);
    model.addAttribute("quarter", indicators.quarterJustEnded());
    return PAGE;
  }
}
