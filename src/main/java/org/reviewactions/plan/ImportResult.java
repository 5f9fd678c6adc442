package org.reviewactions.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import found (the preview) and what became of it; {@code notes} say how the file was read where
 * the reader had to decide (a Word table left out, a heading read as an agency, a cross-reference).
 */
public record ImportResult(Outcome outcome, String reviewRef, int recommendationCount, int actionCount,
    int needsConfirmationCount, List<PreviewRecommendation> recommendations, List<ImportError> errors,
    List<String> notes) {

  public ImportResult {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public ImportResult(Outcome outcome, String reviewRef, int recommendationCount, int actionCount,
      int needsConfirmationCount, List<PreviewRecommendation> recommendations, List<ImportError> errors) {
    this(outcome, reviewRef, recommendationCount, actionCount, needsConfirmationCount, recommendations, errors,
        List.of());
  }

  public enum Outcome {
    /** dryRun: read and checked, nothing saved. */
    PREVIEW,
    IMPORTED,
    /** The file or the review details have errors; nothing saved. */
    INVALID,
    /** A review with this reference was imported before; nothing saved. */
    DUPLICATE,
    /** The file is larger than the import accepts; not read, nothing saved. */
    TOO_LARGE,
    /** Another import was being saved for too long; nothing saved. */
    BUSY
  }

  public record PreviewRecommendation(int row, String number, String text, String intendedOutcome,
      List<PreviewAction> actions) {}

  public record PreviewAction(int row, String description, String agency, String responsible, String timescale,
      LocalDate startDate, LocalDate dueDate, String reviewCadence, boolean needsConfirmation, String timescaleNote,
      String progress, String status) {}
}
