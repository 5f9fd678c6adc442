package org.reviewactions.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.plan.ImportResult.Outcome;
import org.reviewactions.plan.ImportResult.PreviewAction;
import org.reviewactions.plan.ImportResult.PreviewRecommendation;
import org.reviewactions.review.Review;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.timescale.ParsedTimescale;
import org.reviewactions.timescale.TimescaleParser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a review's action plan (CSV, XLSX or a Word table): reads it, derives dates from the timescales, and
 * either previews it or saves it and starts one recommendation process per recommendation.
 *
 * <p>The file is read and checked before any transaction starts, within the limits of
 * {@link ImportLimits}. A plan of up to {@link ImportJobSettings#backgroundThreshold()} actions is saved in one
 * transaction, so any error leaves nothing behind; a larger one is handed to {@link BackgroundImports}, which saves
 * it in chunks and removes them all if it fails (outcome STARTED). Saves run one at a time on a node
 * ({@link ImportTurns}), and the database's unique key on the lower-cased reference decides between
 * nodes: of several imports of one review, one is imported and the others are answered as duplicates.
 */
@Service
public class PlanImportService {

  static final Pattern REVIEW_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}");
  /** The plan manager's choices whose problems are answered 400: how columns and names are read. */
  private static final java.util.Set<String> CHOICES = java.util.Set.of(ColumnMapping.FIELD, NameChoices.AGENCY,
      NameChoices.ROLE);

  private final Clock clock;
  private final ReviewRepository reviews;
  private final RoleDirectory roles;
  private final AsSystem asSystem;
  private final TransactionTemplate transaction;
  private final ImportLimits limits;
  private final PublishedDates publishedDates;
  private final PlanSheetReader reader;
  private final PlanInterpreter interpreter = new PlanInterpreter();
  private final TimescaleParser timescales = new TimescaleParser();
  private final NameResolver resolver;
  private final PlanWriter writer;
  private final ImportTurns turns;
  private final BackgroundImports background;
  private final ImportMetrics metrics;

  PlanImportService(ReviewRepository reviews, RoleDirectory roles, AsSystem asSystem,
      PlatformTransactionManager transactions, ImportLimits limits, Clock clock, PlanWriter writer, ImportTurns turns,
      BackgroundImports background, ImportMetrics metrics) {
    this.metrics = metrics;
    this.asSystem = asSystem;
    this.reviews = reviews;
    this.roles = roles;
    this.resolver = new NameResolver(roles);
    this.writer = writer;
    this.turns = turns;
    this.background = background;
    this.transaction = new TransactionTemplate(transactions);
    this.limits = limits;
    this.publishedDates = new PublishedDates(limits, clock);
    this.clock = clock;
    this.reader = new PlanSheetReader(limits);
    XlsxTableReader.guardZipReading(limits);
  }

  /** Whether a review with this reference, in any capitals, has been imported. */
  @Transactional(readOnly = true)
  public boolean reviewExists(String reviewRef) {
    return reviewRef != null && !reviewRef.isBlank() && reviews.existsByReferenceKey(Review.key(reviewRef));
  }

  /** The limits this service reads plans within. */
  public ImportLimits limits() {
    return limits;
  }

  /**
   * Checks the plan and previews it ({@code dryRun}) or imports it. Never throws for bad input: the
   * result's outcome and errors say what is wrong, and nothing is saved unless the outcome is IMPORTED.
   */
  public ImportResult importPlan(ImportCommand command) {
    long started = System.nanoTime();
    ImportResult result = checkAndImport(command);
    metrics.record(result.outcome(), java.time.Duration.ofNanos(System.nanoTime() - started));
    return result;
  }

  private ImportResult checkAndImport(ImportCommand command) {
    String reviewRef = command.reviewRef() == null ? null : command.reviewRef().strip();
    long maxBytes = limits.maxFileSize().toBytes();
    if (command.content() != null && command.content().length > maxBytes) {
      return result(Outcome.TOO_LARGE, reviewRef, List.of(), List.of(limits.fileTooLarge(command.content().length)));
    }
    List<ImportError> errors = new ArrayList<>();
    LocalDate published = checkReview(command, errors);
    DraftPlan draft = new DraftPlan(List.of(), List.of());
    PlanSheet sheet = null;
    if (command.content() == null || command.content().length == 0) {
      errors.add(new ImportError(null, "file", "No file was uploaded, or the file is empty."));
    } else {
      sheet = reader.read(command.fileName(), command.content(), command.mapping());
      errors.addAll(sheet.errors());
      if (sheet.errors().isEmpty()) {
        draft = interpreter.interpret(sheet, command.responsible());
        errors.addAll(draft.errors());
      }
    }
    PlanSheet read = sheet;
    Function<PlanColumn, String> header = column -> read == null ? column.label() : read.header(column).orElse(column.label());
    List<PreviewRecommendation> preview = published == null ? List.of() : preview(draft, published, header, errors);
    NameResolver.Resolved names = null;
    if (errors.isEmpty() && published != null) {
      // Who holds which role and who leads which agency are the application's to read, not the importer's.
      List<PreviewRecommendation> written = preview;
      names = asSystem.call(() -> resolver.resolve(written, command.board(), command.names()));
      errors.addAll(names.errors());
      preview = names.preview();
    }
    ImportResult result;
    if (!errors.isEmpty()) {
      boolean badMapping = errors.stream().anyMatch(e -> e.column() != null && CHOICES.contains(e.column()));
      result = result(badMapping ? Outcome.BAD_MAPPING : Outcome.INVALID, reviewRef, preview, errors);
    } else if (reviewExists(reviewRef)) {
      result = duplicate(reviewRef, preview);
    } else if (command.dryRun()) {
      result = result(Outcome.PREVIEW, reviewRef, preview, errors);
    } else if (!names.warnings().isEmpty() && !command.names().acknowledged()) {
      result = result(Outcome.UNACKNOWLEDGED, reviewRef, preview, unacknowledged(names.warnings()));
    } else {
      LocalDate progressAsAt = progressDate(read.progressAsAt().orElse(null), published);
      result = saveInTurn(command, reviewRef, published, preview, progressAsAt);
    }
    result = names == null ? result : withNames(result, names);
    return read == null ? result : withColumns(result, read, responsibleNote(command.responsible(), read));
  }

  /** The refusal of actions no one would be asked about, each named, until the plan manager acknowledges them. */
  private static List<ImportError> unacknowledged(List<ImportError> warnings) {
    return warnings.stream().map(w -> new ImportError(w.row(), w.column(), w.message() + " Acknowledge this to import "
        + "the plan (tick the box on the page; " + NameChoices.ACKNOWLEDGE + "=" + NameChoices.UNREACHABLE
        + " on the API); nothing was saved.")).toList();
  }

  /** Says, on the preview, who the plan manager's choice made responsible, so the choice is never silent. */
  private static List<String> responsibleNote(ResponsibleChoice choice, PlanSheet sheet) {
    if (choice != ResponsibleChoice.AGENCY_LEAD) {
      return List.of();
    }
    return List.of(sheet.hasColumn(PlanColumn.RESPONSIBLE)
        ? "The plan has a Responsible column, so each action keeps the person it names; the choice to give actions "
            + "to their agency's lead was not used."
        : "The plan names no one responsible: as chosen, each action is given to its agency's lead (\"<agency> lead\"), "
            + "who will be asked in Tasklist to name the action's owner.");
  }

  private ImportResult saveInTurn(ImportCommand command, String reviewRef, LocalDate published,
      List<PreviewRecommendation> preview, LocalDate progressAsAt) {
    if (background.isLarge(preview.stream().mapToInt(r -> r.actions().size()).sum())) {
      return background.submit(command, published, preview, progressAsAt)
          .map(id -> started(reviewRef, preview, id)).orElseGet(() -> busy(reviewRef, preview));
    }
    try {
      return turns.inTurn(() -> transaction.execute(status -> {
        // Checked again now it is this import's turn: the one before may have been of the same review.
        if (reviews.existsByReferenceKey(Review.key(reviewRef))) {
          return duplicate(reviewRef, preview);
        }
        // The importer was checked as a plan manager; groups and processes are created on the application's account.
        asSystem.call(() -> {
          save(command, published, preview, progressAsAt);
          return null;
        });
        return result(Outcome.IMPORTED, reviewRef, preview, List.of());
      }));
    } catch (ImportTurns.Busy e) {
      return busy(reviewRef, preview);
    } catch (DataIntegrityViolationException e) {
      // Another node saved the same review first; the unique key on reference_key let only one through.
      if (reviewExists(reviewRef)) {
        return duplicate(reviewRef, preview);
      }
      throw e;
    }
  }

  private static ImportResult started(String reviewRef, List<PreviewRecommendation> preview, long importId) {
    ImportResult queued = result(Outcome.STARTED, reviewRef, preview, List.of());
    return new ImportResult(queued.outcome(), reviewRef, queued.recommendationCount(), queued.actionCount(),
        queued.needsConfirmationCount(), queued.recommendations(), queued.errors(), List.of(), List.of(), List.of(),
        List.of(), List.of(), importId);
  }

  private LocalDate checkReview(ImportCommand command, List<ImportError> errors) {
    String ref = command.reviewRef();
    if (ref == null || ref.isBlank()) {
      errors.add(new ImportError(null, "reviewRef", "Give the review a reference, e.g. 'SCR-BABY-A'."));
    } else if (!REVIEW_REF.matcher(ref.strip()).matches()) {
      errors.add(new ImportError(null, "reviewRef", "The reference '" + ref + "' may only use letters, digits, spaces, "
          + "dots, dashes and underscores, start with a letter or digit, and be at most 100 characters."));
    }
    requireField(command.title(), "title", "Give the review's title, e.g. 'Serious Case Review Baby A'.",
        FieldLengths.TITLE, errors);
    requireField(command.board(), "board", "Name the board that commissioned the review.", FieldLengths.AGENCY, errors);
    if (command.board() != null && !command.board().isBlank() && !FieldLengths.namesAGroup(command.board())) {
      errors.add(new ImportError(null, "board", "The board's name has no letter A-Z or digit 0-9; it names the agency "
          + "of actions that have none, so write it in English letters."));
    }
    if (command.fileName() != null && command.fileName().length() > FieldLengths.FILE_NAME) {
      errors.add(new ImportError(null, "file", "The file's name is " + command.fileName().length()
          + " characters long; at most " + FieldLengths.FILE_NAME + " are kept. Rename the file."));
    }
    return publishedDates.check(command.published(), errors);
  }

  private static void requireField(String value, String field, String message, int max, List<ImportError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new ImportError(null, field, message));
    } else if (value.strip().length() > max) {
      errors.add(new ImportError(null, field, "The " + field + " is " + value.strip().length()
          + " characters long; at most " + max + " fit."));
    }
  }

  private List<PreviewRecommendation> preview(DraftPlan draft, LocalDate published, Function<PlanColumn, String> header,
      List<ImportError> errors) {
    List<PreviewRecommendation> result = new ArrayList<>();
    for (DraftRecommendation rec : draft.recommendations()) {
      FieldLengths.check(rec, header, errors);
      List<PreviewAction> previewActions = new ArrayList<>();
      for (DraftAction action : rec.actions()) {
        FieldLengths.check(action, header, errors);
        previewActions.add(previewAction(action, published));
      }
      result.add(new PreviewRecommendation(rec.rowNumber(), rec.number(), rec.text(), blankToNull(rec.intendedOutcome()),
          previewActions, rec.section()));
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
    Long reviewId = writer.saveReview(command, published);
    List<Long> saved = writer.saveRecommendations(command, reviewId, new PlanWriter.Slice(1, preview), progressAsAt);
    writer.startProcesses(saved, false);
  }

  /** The date of the plan's progress column ("PROGRESS AS AT 1.7.06"), else the publication date. */
  private LocalDate progressDate(String progressHeader, LocalDate published) {
    if (progressHeader == null) {
      return published;
    }
    ParsedTimescale parsed = timescales.parse(progressHeader, published);
    return !parsed.needsConfirmation() && parsed.dueDate() != null ? parsed.dueDate() : published;
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

  /** The result with how the sheet's headings were read, for the plan manager to check or correct. */
  private static ImportResult withColumns(ImportResult result, PlanSheet sheet, List<String> moreNotes) {
    List<String> notes = new ArrayList<>(sheet.notes());
    notes.addAll(moreNotes);
    return new ImportResult(result.outcome(), result.reviewRef(), result.recommendationCount(), result.actionCount(),
        result.needsConfirmationCount(), result.recommendations(), result.errors(), sheet.readings(), notes,
        result.agencies(), result.roles(), result.warnings(), result.importId());
  }

  /** The result with what each agency and role of the plan resolves to, and the actions no one would be asked about. */
  private static ImportResult withNames(ImportResult result, NameResolver.Resolved names) {
    return new ImportResult(result.outcome(), result.reviewRef(), result.recommendationCount(), result.actionCount(),
        result.needsConfirmationCount(), result.recommendations(), result.errors(), result.columns(), result.notes(),
        names.agencies(), names.roles(), names.warnings(), result.importId());
  }

  private static ImportResult duplicate(String reviewRef, List<PreviewRecommendation> preview) {
    return result(Outcome.DUPLICATE, reviewRef, preview, List.of(new ImportError(null, "reviewRef",
        "A review with the reference '" + reviewRef + "' has already been imported (references are the same "
            + "whatever their capitals); it is not imported twice.")));
  }

  private ImportResult busy(String reviewRef, List<PreviewRecommendation> preview) {
    return result(Outcome.BUSY, reviewRef, preview, List.of(ImportError.ofFile("Another plan has been importing for "
        + "longer than " + limits.waitForOtherImport().toSeconds() + " seconds (rat.import.wait-for-other-import); "
        + "nothing was saved. Try again in a few minutes.")));
  }
}
