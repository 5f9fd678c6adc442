package org.reviewactions.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import found (the preview) and what became of it.
 *
 * @param columns each heading of the plan's header row and the field it was read as, so that a plan
 *     manager can correct the reading with a {@link ColumnMapping}; empty when no header row was found
 * @param notes how headings that could each have been one field were decided
 */
public record ImportResult(Outcome outcome, String reviewRef, int recommendationCount, int actionCount,
    int needsConfirmationCount, List<PreviewRecommendation> recommendations, List<ImportError> errors,
    List<ColumnReading> columns, List<String> notes) {

  public ImportResult {
    recommendations = List.copyOf(recommendations);
    errors = List.copyOf(errors);
    columns = List.copyOf(columns);
    notes = List.copyOf(notes);
  }

  public ImportResult(Outcome outcome, String reviewRef, int recommendationCount, int actionCount,
      int needsConfirmationCount, List<PreviewRecommendation> recommendations, List<ImportError> errors) {
    this(outcome, reviewRef, recommendationCount, actionCount, needsConfirmationCount, recommendations, errors,
        List.of(), List.of());
  }

  public enum Outcome {
    /** dryRun: read and checked, nothing saved. */
    PREVIEW,
    IMPORTED,
    /** The file or the review details have errors; nothing saved. */
    INVALID,
    /**
     * The column mapping names an unknown field, a heading not in the sheet, or one field twice; or the
     * responsible choice is not one there is.
     */
    BAD_MAPPING,
    /** A review with this reference was imported before; nothing saved. */
    DUPLICATE,
    /** The file is larger than the import accepts; not read, nothing saved. */
    TOO_LARGE,
    /** Another import was being saved for too long; nothing saved. */
    BUSY
  }

  /**
   * One heading of the plan.
   *
   * @param heading the heading as written
   * @param field the {@link PlanColumn#key()} it is read as, or null when it is not read
   */
  public record ColumnReading(String heading, String field) {}

  /** @param section the section heading above the recommendation in the plan, or null */
  public record PreviewRecommendation(int row, String number, String text, String intendedOutcome,
      List<PreviewAction> actions, String section) {}

  public record PreviewAction(int row, String description, String agency, String responsible, String timescale,
      LocalDate startDate, LocalDate dueDate, String reviewCadence, boolean needsConfirmation, String timescaleNote,
      String progress, String status) {}
}
