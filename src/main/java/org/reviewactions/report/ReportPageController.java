package org.reviewactions.report;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.reviewactions.shared.FormDates;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /reviews/{reviewId}/report}: the progress report as at a date on the application's layout, and its
 * downloads ({@code report.xlsx}, {@code .csv}, {@code .pdf}, {@code .html}, and the sections CSV cannot hold in
 * the actions' table: {@code report/challenges.csv}, {@code report/impact-checks.csv}). Reading only, so no form
 * posts.
 */
@Controller
class ReportPageController {

  private static final String PAGE = "report/page";

  private final ReportRequests requests;

  ReportPageController(ReportRequests requests) {
    this.requests = requests;
  }

  @GetMapping("/reviews/{reviewId}/report")
  String page(@PathVariable Long reviewId, @RequestParam(required = false) String asAt, Model model,
      HttpServletResponse response) {
    LocalDate date;
    try {
      date = requests.asAt(asAt);
    } catch (ResponseStatusException e) {
      // The page still shows today's report under the error, so the person can correct the date in place.
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getReason());
      model.addAttribute("typed", asAt);
      date = requests.asAt(null);
    }
    ProgressReport report = requests.visible(reviewId, date);
    model.addAttribute("report", report);
    if (!model.containsAttribute("typed")) {
      model.addAttribute("typed", FormDates.typed(date));
    }
    model.addAttribute("query", "?asAt=" + FormDates.typed(date));
    model.addAttribute("width", "full");
    return PAGE;
  }

  @GetMapping("/reviews/{reviewId}/report.{format}")
  ResponseEntity<byte[]> download(@PathVariable Long reviewId, @PathVariable String format,
      @RequestParam(required = false) String asAt) {
    ReportRequests.Format chosen = ReportRequests.Format.named(format);
    return requests.file(requests.visible(reviewId, requests.asAt(asAt)), chosen);
  }

  @GetMapping("/reviews/{reviewId}/report/challenges.csv")
  ResponseEntity<byte[]> challenges(@PathVariable Long reviewId, @RequestParam(required = false) String asAt) {
    return requests.sectionCsv(requests.visible(reviewId, requests.asAt(asAt)), ReportRequests.Section.CHALLENGES);
  }

  @GetMapping("/reviews/{reviewId}/report/impact-checks.csv")
  ResponseEntity<byte[]> impactChecks(@PathVariable Long reviewId, @RequestParam(required = false) String asAt) {
    return requests.sectionCsv(requests.visible(reviewId, requests.asAt(asAt)), ReportRequests.Section.IMPACT_CHECKS);
  }
}
