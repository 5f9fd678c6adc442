package org.reviewactions.quarterly;

import java.util.Map;
import org.camunda.bpm.engine.authorization.Groups;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.GroupsProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Runs the quarterly report on demand: {@code /reports/quarterly} (a page with one button) and
 * {@code POST /api/quarterly-reports} for machine clients. Board members and administrators only; the request takes
 * no input, so nothing a caller sends can change who is e-mailed or what.
 */
@Controller
class QuarterlyReportController {

  private final QuarterlyReports quarterly;
  private final CurrentUser currentUser;
  private final GroupsProperties groups;

  QuarterlyReportController(QuarterlyReports quarterly, CurrentUser currentUser, GroupsProperties groups) {
    this.quarterly = quarterly;
    this.currentUser = currentUser;
    this.groups = groups;
  }

  @GetMapping("/reports/quarterly")
  String page(@RequestParam(required = false) String started, Model model) {
    allowed();
    model.addAttribute("started", started != null);
    model.addAttribute("quarter", QuarterlyReports.quarter(quarterly.today()));
    return "quarterly/page";
  }

  @PostMapping("/reports/quarterly")
  String run() {
    quarterly.startOnDemand(allowed());
    return "redirect:/reports/quarterly?started=1";
  }

  @PostMapping("/api/quarterly-reports")
  @ResponseBody
  ResponseEntity<Map<String, String>> runByApi() {
    String processInstanceId = quarterly.startOnDemand(allowed());
    return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("processInstanceId", processInstanceId));
  }

  private String allowed() {
    return currentUser.requireGroup(groups.board(), Groups.CAMUNDA_ADMIN);
  }
}
