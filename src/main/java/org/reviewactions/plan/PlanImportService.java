package org.reviewactions.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.config.AsSystem;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.ImportResult.Outcome;
import org.reviewactions.plan.ImportResult.PreviewAction;
import org.reviewactions.plan.ImportResult.PreviewRecommendation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a review's action plan (CSV or XLSX): reads it, derives dates from the timescales, and
 * either previews it or saves it and starts one recommendation process per recommendation. All of it
 * happens in one transaction: any error leaves nothing behind.
 */
@Service
public class PlanImportService {

  static final Pattern REVIEW_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");
  private static final int MAX_TEXT = 20000;
  private static final int MAX_NAME = 300;
  private static final int MAX_TIMESCALE = 2000;
  private static final int MAX_NUMBER = 100;

  private final ReviewRepository reviews;
  private final RecommendationRepository recommendations;
  private final ActionService actions;
  private final RoleDirectory roles;
  private final RuntimeService runtimeService;
  private final AsSystem asSystem;
  private final PlanSheetReader reader = new PlanSheetReader();
  private final PlanInterpreter interpreter = new PlanInterpreter();
  private final TimescaleParser timescales = new TimescaleParser();

  PlanImportService(ReviewRepository reviews, RecommendationRepository recommendations, ActionService actions,
      RoleDirectory roles, RuntimeService runtimeService, AsSystem asSystem) {
    this.asSystem = asSystem;
    this.reviews = reviews;
    this.recommendations = recommendations;
    this.actions = actions;
    this.roles = roles;
    this.runtimeService = runtimeService;
  }

  @Transactional(readOnly = true)
  public boolean reviewExists(String reviewRef) {
    return reviews.existsByReference(reviewRef);
  }

  @Transactional
  public ImportResult importPlan(ImportCommand command) {
    List<ImportError> errors = new ArrayList<>();
    LocalDate published = checkReview(command, errors);
    DraftPlan draft = new DraftPlan(List.of(), List.of());
    String progressAsAt = null;
    if (command.content() == null || command.content().length == 0) {
      errors.add(new ImportError(null, "file", "No file was uploaded, or the file is empty."));
    } else {
      PlanSheet sheet = reader.read(command.fileName(), command.content());
      errors.addAll(sheet.errors());
      if (sheet.errors().isEmpty()) {
        draft = interpreter.interpret(sheet);
        errors.addAll(draft.errors());
        progressAsAt = sheet.progressAsAt().orElse(null);
      }
    }
    List<PreviewRecommendation> preview = published == null ? List.of() : preview(draft, published, errors);
    String reviewRef = command.reviewRef() == null ? null : command.reviewRef().strip();
    if (!errors.isEmpty()) {
      return result(Outcome.INVALID, reviewRef, preview, errors);
    }
    if (reviews.existsByReference(reviewRef)) {
      errors.add(new ImportError(null, "reviewRef", "A review with the reference '" + reviewRef
          + "' has already been imported; it is not imported twice."));
      return result(Outcome.DUPLICATE, reviewRef, preview, errors);
    }
    if (command.dryRun()) {
      return result(Outcome.PREVIEW, reviewRef, preview, errors);
    }
    try {
      // The importer was checked as a plan manager; groups and processes are created on the application's account.
      List<PreviewRecommendation> checked = preview;
      String asAt = progressAsAt;
      asSystem.call(() -> {
        save(command, published, checked, progressDate(asAt, published));
        return null;
      });
    } catch (DataIntegrityViolationException e) {
      // Two imports of the same reference raced; the unique constraint let only one through.
      errors.add(new ImportError(null, "reviewRef", "A review with the reference '" + reviewRef + "' has already been imported."));
      throw new DuplicateReviewException(result(Outcome.DUPLICATE, reviewRef, preview, errors));
    }
    return result(Outcome.IMPORTED, reviewRef, preview, errors);
  }

  private LocalDate checkReview(ImportCommand command, List<ImportError> errors) {
    String ref = command.reviewRef();
    if (ref == null || ref.isBlank()) {
      errors.add(new ImportError(null, "reviewRef", "Give the review a reference, e.g. 'SCR-BABY-A'."));
    } else if (!REVIEW_REF.matcher(ref.strip()).matches()) {
      errors.add(new ImportError(null, "reviewRef", "The reference '" + ref + "' may only use letters, digits, spaces, "
          + "dots, dashes and underscores, start with a letter or digit, and be at most 100 characters."));
    }
    requireField(command.title(), "title", "Give the review's title, e.g. 'Serious Case Review Baby A'.", 500, errors);
    requireField(command.board(), "board", "Name the board that commissioned the review.", MAX_NAME, errors);
    if (command.published() == null || command.published().isBlank()) {
      errors.add(new ImportError(null, "published", "Give the review's publication date (YYYY-MM-DD)."));
      return null;
    }
    try {
      return LocalDate.parse(command.published().strip());
    } catch (DateTimeParseException e) {
      errors.add(new ImportError(null, "published", "'" + command.published() + "' is not a date in the form YYYY-MM-DD."));
      return null;
    }
  }

  private static void requireField(String value, String field, String message, int max, List<ImportError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new ImportError(null, field, message));
    } else if (value.strip().length() > max) {
      errors.add(new ImportError(null, field, "The " + field + " is longer than " + max + " characters."));
    }
  }

  private List<PreviewRecommendation> preview(DraftPlan draft, LocalDate published, List<ImportError> errors) {
    List<PreviewRecommendation> result = new ArrayList<>();
    for (DraftRecommendation rec : draft.recommendations()) {
      checkLength(rec.rowNumber(), "Rec No", rec.number(), MAX_NUMBER, errors);
      checkLength(rec.rowNumber(), "Recommendation", rec.text(), MAX_TEXT, errors);
      checkLength(rec.rowNumber(), "Intended outcome", rec.intendedOutcome(), MAX_TEXT, errors);
      List<PreviewAction> previewActions = new ArrayList<>();
      for (DraftAction action : rec.actions()) {
        checkLength(action.rowNumber(), "Action", action.description(), MAX_TEXT, errors);
        checkLength(action.rowNumber(), "Responsible", action.responsible(), MAX_NAME, errors);
        checkLength(action.rowNumber(), "Agency", action.agency(), MAX_NAME, errors);
        checkLength(action.rowNumber(), "Timescale", action.timescale(), MAX_TIMESCALE, errors);
        previewActions.add(previewAction(action, published));
      }
      result.add(new PreviewRecommendation(rec.rowNumber(), rec.number(), rec.text(), blankToNull(rec.intendedOutcome()),
          previewActions));
    }
    return result;
  }

  private PreviewAction previewAction(DraftAction action, LocalDate published) {
    ParsedTimescale dates = dates(action, published);
    String agency = blankToNull(action.agency());
    if (agency == null) {
      agency = roles.agencyOfRole(action.responsible()).orElse(null);
    }
    return new PreviewAction(action.rowNumber(), action.description(), agency, action.responsible(),
        blankToNull(action.timescale()), dates.startDate(), dates.dueDate(),
        dates.reviewCadence() == null ? null : dates.reviewCadence().toString(), dates.needsConfirmation(), dates.note(),
        blankToNull(action.progress()), blankToNull(action.status()));
  }

  /** The timescale cell, or, when a plan has none, a date written into the action itself ("by October 2011"). */
  private ParsedTimescale dates(DraftAction action, LocalDate published) {
    if (action.timescale() != null && !action.timescale().isBlank()) {
      return timescales.parse(action.timescale(), published);
    }
    ParsedTimescale fromText = timescales.parse(action.description(), published);
    if (!fromText.needsConfirmation() && fromText.dueDate() != null) {
      return new ParsedTimescale(fromText.startDate(), fromText.dueDate(), fromText.reviewCadence(), false,
          "No timescale column: the date was read from the action text.");
    }
    return new ParsedTimescale(null, null, null, true, "No timescale was given for this action.");
  }

  private void save(ImportCommand command, LocalDate published, List<PreviewRecommendation> preview, LocalDate progressAsAt) {
    Review review = new Review(command.reviewRef().strip(), command.title().strip(), command.board().strip(), published);
    review.setSourceFile(command.fileName());
    review.setImportedBy(command.importedBy());
    reviews.saveAndFlush(review);
    int recPosition = 0;
    List<Recommendation> saved = new ArrayList<>();
    for (PreviewRecommendation rec : preview) {
      Recommendation recommendation = recommendations.save(new Recommendation(review, ++recPosition, rec.number(),
          rec.text(), rec.intendedOutcome(), sourceOf(command, rec.row())));
      int actionPosition = 0;
      for (PreviewAction a : rec.actions()) {
        String agency = a.agency() == null ? review.getBoard() : a.agency();
        Action action = actions.create(recommendation, ++actionPosition, a.description(), agency, a.responsible(),
            a.timescale(), new ParsedTimescale(a.startDate(), a.dueDate(),
                a.reviewCadence() == null ? null : java.time.Period.parse(a.reviewCadence()), a.needsConfirmation(),
                a.timescaleNote()), command.importedBy());
        action.setImportedStatus(a.status());
        if (a.progress() != null) {
          actions.recordImportedProgress(action.getId(), progressAsAt, a.progress(), command.importedBy());
        }
      }
      saved.add(recommendation);
    }
    for (Recommendation recommendation : saved) {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(RecommendationProcess.KEY,
          recommendation.businessKey(), java.util.Map.of(RecommendationProcess.Var.RECOMMENDATION_ID, recommendation.getId()));
      recommendation.setProcessInstanceId(instance.getId());
    }
  }

  private static String sourceOf(ImportCommand command, int row) {
    String name = command.fileName() == null ? "uploaded plan" : command.fileName();
    String source = name + ", row " + row;
    return source.length() > 500 ? source.substring(source.length() - 500) : source;
  }

  /** The date of the plan's progress column ("PROGRESS AS AT 1.7.06"), else the publication date. */
  private LocalDate progressDate(String progressHeader, LocalDate published) {
    if (progressHeader == null) {
      return published;
    }
    ParsedTimescale parsed = timescales.parse(progressHeader, published);
    return !parsed.needsConfirmation() && parsed.dueDate() != null ? parsed.dueDate() : published;
  }

  private static void checkLength(int row, String column, String value, int max, List<ImportError> errors) {
    if (value != null && value.length() > max) {
      errors.add(new ImportError(row, column, "The text is " + value.length() + " characters long; at most " + max + " fit."));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static ImportResult result(Outcome outcome, String reviewRef, List<PreviewRecommendation> preview,
      List<ImportError> errors) {
    int actionCount = preview.stream().mapToInt(r -> r.actions().size()).sum();
    int unsure = (int) preview.stream().flatMap(r -> r.actions().stream()).filter(PreviewAction::needsConfirmation).count();
    return new ImportResult(outcome, reviewRef, preview.size(), actionCount, unsure, preview, List.copyOf(errors));
  }

  /** Thrown to roll back an import that lost a race to the same reference. */
  public static class DuplicateReviewException extends RuntimeException {
    private final transient ImportResult result;

    DuplicateReviewException(ImportResult result) {
      super("Review " + result.reviewRef() + " already imported");
      this.result = result;
    }

    public ImportResult result() {
      return result;
    }
  }
}
