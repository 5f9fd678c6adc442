package org.reviewactions.report;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reviews/{reviewId}/report?asAt=dd/mm/yyyy&format=json|xlsx|csv|pdf|html}: the same report as
 * the page, for machine clients (HTTP Basic), limited the same way to what the caller may read.
 */
@RestController
class ReportApiController {

  private final ReportRequests requests;

  ReportApiController(ReportRequests requests) {
    this.requests = requests;
  }

  @GetMapping("/api/reviews/{reviewId}/report")
  ResponseEntity<?> report(@PathVariable Long reviewId, @RequestParam(required = false) String asAt,
      @RequestParam(required = false, defaultValue = "json") String format) {
    boolean json = "json".equalsIgnoreCase(format.strip());
    ReportRequests.Format file = json ? null : ReportRequests.Format.named(format);
    ProgressReport report = requests.visible(reviewId, requests.asAt(asAt));
    return json ? ResponseEntity.ok(report) : requests.file(report, file);
  }
}
