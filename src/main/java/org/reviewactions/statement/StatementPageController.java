package org.reviewactions.statement;

import jakarta.servlet.http.HttpServletResponse;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /reviews/{reviewId}/statements}: plan managers ask every agency of a review for its progress statement by a
 * deadline and follow each one's steps; the compiled document ({@code /compiled}, {@code /compiled.pdf}) holds the
 * approved statements only. Who may see which statement is {@link AgencyStatements}' rule.
 */
@Controller
@RequestMapping("/reviews/{reviewId}/statements")
class StatementPageController {

  private static final String PAGE = "statement/statements";

  private final AgencyStatements statements;
  private final CurrentUser currentUser;
  private final StatementPdf pdf;

  StatementPageController(AgencyStatements statements, CurrentUser currentUser, StatementPdf pdf) {
    this.statements = statements;
    this.currentUser = currentUser;
    this.pdf = pdf;
  }

  @GetMapping
  String statements(@PathVariable Long reviewId, @RequestParam(required = false) String requested, Model model) {
    model.addAttribute("requested", requested != null);
    return page(reviewId, model);
  }

  @PostMapping
  String request(@PathVariable Long reviewId, @RequestParam(name = "deadline-day", required = false) String day,
      @RequestParam(name = "deadline-month", required = false) String month,
      @RequestParam(name = "deadline-year", required = false) String year, Model model, HttpServletResponse response) {
    currentUser.requirePlanManager();
    try {
      statements.request(reviewId, blank(day) && blank(month) && blank(year) ? null
          : trim(day) + "/" + trim(month) + "/" + trim(year));
    } catch (BusinessRuleException refused) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("error", refused.getMessage());
      model.addAttribute("day", day);
      model.addAttribute("month", month);
      model.addAttribute("year", year);
      model.addAttribute("requested", false);
      return page(reviewId, model);
    }
    return "redirect:/reviews/" + reviewId + "/statements?requested=1";
  }

  @GetMapping("/compiled")
  String compiled(@PathVariable Long reviewId, Model model) {
    model.addAttribute("document", statements.compile(reviewId));
    model.addAttribute("width", "full");
    return "statement/compiled";
  }

  @GetMapping("/compiled.pdf")
  ResponseEntity<byte[]> compiledPdf(@PathVariable Long reviewId) {
    AgencyStatements.CompiledStatements document = statements.compile(reviewId);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("agency-progress-statements-review-" + reviewId + ".pdf").build().toString())
        .body(pdf.render(document));
  }

  private String page(Long reviewId, Model model) {
    AgencyStatements.ReviewStatements review = statements.overview(reviewId);
    java.util.Map<String, AgencyStatements.StatementView> byAgency = new java.util.HashMap<>();
    review.statements().forEach(statement -> byAgency.put(statement.agency(), statement));
    model.addAttribute("review", review);
    model.addAttribute("byAgency", byAgency);
    model.addAttribute("planManager", currentUser.isPlanManager());
    model.addAttribute("oversees", currentUser.oversees());
    return PAGE;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return value == null ? "" : value.strip();
  }
}
