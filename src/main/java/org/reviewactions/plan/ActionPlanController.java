package org.reviewactions.plan;

import java.util.List;
import org.reviewactions.shared.ApiProblem;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/action-plans}: preview or import a review's action plan. A plan whose headings are not
 * recognised is read with {@code mapping=Heading text:field}, repeated for each heading to map. A plan that names
 * no one responsible is imported only with {@code responsible=agency-lead}, giving each action to its agency's lead.
 * The preview lists each agency and role with what it resolves to; {@code agency=Name in plan:Existing agency} and
 * {@code role=Name in plan:Existing role of the agency}, repeated, map written names to existing ones. A plan with
 * actions no one would be asked about is imported only with {@code acknowledge=unreachable}. A plan of more than
 * {@code rat.import.background-threshold} actions is answered 202 with a {@code Location} of its status resource
 * ({@code GET /api/imports/{id}}), and imported in the background, all or nothing.
 */
@RestController
@RequestMapping("/api/action-plans")
class ActionPlanController {

  private final PlanImportService importer;
  private final CurrentUser currentUser;

  ActionPlanController(PlanImportService importer, CurrentUser currentUser) {
    this.importer = importer;
    this.currentUser = currentUser;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ImportResult> upload(@RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String reviewRef, @RequestParam(required = false) String title,
      @RequestParam(required = false) String board, @RequestParam(required = false) String published,
      @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) List<String> mapping,
      @RequestParam(required = false) String responsible, @RequestParam(required = false) List<String> agency,
      @RequestParam(required = false) List<String> role, @RequestParam(required = false) String acknowledge) {
    String importer = currentUser.requirePlanManager();
    ColumnMapping.Parsed columns = ColumnMapping.parse(mapping);
    NameChoices.Parsed names = NameChoices.parse(agency, role, acknowledge);
    ImportResult result = ImportUploads.badMapping(columns, reviewRef)
        .or(() -> ImportUploads.badChoice(responsible, reviewRef))
        .or(() -> ImportUploads.badNames(names, reviewRef))
        .or(() -> ImportUploads.tooLarge(file, reviewRef, this.importer.limits()))
        .orElseGet(() -> this.importer.importPlan(new ImportCommand(reviewRef, title, board, published,
            file == null ? null : file.getOriginalFilename(), ImportUploads.bytes(file), dryRun, importer,
            columns.mapping(), ResponsibleChoice.parse(responsible).orElseThrow(), names.choices())));
    HttpStatus status = status(result.outcome());
    if (status.isError()) {
      throw problem(status, result);
    }
    if (result.outcome() == ImportResult.Outcome.STARTED) {
      // A large plan goes on in the background: its status resource says when it is in, or that nothing was kept.
      return ResponseEntity.accepted().location(java.net.URI.create("/api/imports/" + result.importId())).body(result);
    }
    return ResponseEntity.status(status).body(result);
  }

  /** A refused import as a problem that still carries every field of the result clients read (outcome, errors). */
  static ApiProblem problem(HttpStatus status, ImportResult result) {
    List<ImportError> errors = result.errors();
    String detail = errors.isEmpty() ? "The plan was not imported."
        : errors.size() == 1 ? errors.get(0).toString()
        : errors.size() + " problems, nothing was saved. First: " + errors.get(0);
    return new ApiProblem(status, detail).with("outcome", result.outcome()).with("reviewRef", result.reviewRef())
        .with("recommendationCount", result.recommendationCount()).with("actionCount", result.actionCount())
        .with("needsConfirmationCount", result.needsConfirmationCount())
        .with("recommendations", result.recommendations()).with("errors", errors)
        .with("columns", result.columns()).with("notes", result.notes()).with("agencies", result.agencies())
        .with("roles", result.roles()).with("warnings", result.warnings());
  }

  static HttpStatus status(ImportResult.Outcome outcome) {
    return switch (outcome) {
      case PREVIEW -> HttpStatus.OK;
      case IMPORTED -> HttpStatus.CREATED;
      case STARTED -> HttpStatus.ACCEPTED;
      case INVALID, UNACKNOWLEDGED -> HttpStatus.UNPROCESSABLE_ENTITY;
      case BAD_MAPPING -> HttpStatus.BAD_REQUEST;
      case DUPLICATE, BUSY -> HttpStatus.CONFLICT;
      case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
    };
  }
}
