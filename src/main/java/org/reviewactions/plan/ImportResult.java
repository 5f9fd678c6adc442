package org.reviewactions.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import found (the preview) and what became of it.
 *
 * @param columns each heading of the plan's header row and the field it was read as, so that a plan
 *     manager can correct the reading with a {@link ColumnMapping}; empty when no header row was found
 * @param notes how headings that could each have been one field were decided
 * @param agencies every agency the plan's actions go to, with what it resolves to
 * @param roles every responsible role of the plan, within its agency, with what it resolves to
 * @param warnings the actions no one would be asked about (their agency has no leads, their role no holder): the
 *     plan manager must acknowledge them for the plan to be imported
 * @param importId the background import that is saving the plan (outcome STARTED), else null
 */
public record ImportResult(Outcome outcome, String reviewRef, int recommendationCount, int actionCount,
    int needsConfirmationCount, List<PreviewRecommendation> recommendations, List<ImportError> errors,
    List<ColumnReading> columns, List<String> notes, List<AgencyName> agencies, List<RoleName> roles,
    List<ImportError> warnings, @JsonInclude(JsonInclude.Include.NON_NULL) Long importId) {

  public ImportResult {
    recommendations = List.copyOf(recommendations);
    errors = List.copyOf(errors);
    columns = List.copyOf(columns);
    notes = List.copyOf(notes);
    agencies = List.copyOf(agencies);
    roles = List.copyOf(roles);
    warnings = List.copyOf(warnings);
  }

  public ImportResult(Outcome outcome, String reviewRef, int recommendationCount, int actionCount,
      int needsConfirmationCount, List<PreviewRecommendation> recommendations, List<ImportError> errors,
      List<ColumnReading> columns, List<String> notes, List<AgencyName> agencies, List<RoleName> roles,
      List<ImportError> warnings) {
    this(outcome, reviewRef, recommendationCount, actionCount, needsConfirmationCount, recommendations, errors, columns,
        notes, agencies, roles, warnings, null);
  }

  public ImportResult(Outcome outcome, String reviewRef, int recommendationCount, int actionCount,
      int needsConfirmationCount, List<PreviewRecommendation> recommendations, List<ImportError> errors,
      List<ColumnReading> columns, List<String> notes) {
    this(outcome, reviewRef, recommendationCount, actionCount, needsConfirmationCount, recommendations, errors, columns,
        notes, List.of(), List.of(), List.of());
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
    /**
     * A large plan, checked and being imported in the background, chunk by chunk; its {@link ImportStatus} (under
     * {@code importId}) says when the whole plan is in, or that nothing of it was kept.
     */
    STARTED,
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
    BUSY,
    /** Some actions would reach no one (see warnings) and the plan manager did not acknowledge it; nothing saved. */
    UNACKNOWLEDGED
  }

  /** Whether an agency or role of the plan is one the tracker knows or will be created by the import. */
  public enum Resolution { EXISTING, NEW }

  /**
   * An agency as the plan writes it.
   *
   * @param existing the existing agency it is (as written alike, or as the plan manager mapped it); null when new
   * @param chosen whether the plan manager mapped it to the existing agency
   * @param leads how many leads the existing agency has, who are asked to name owners for roles no one holds
   * @param suggestion the closest existing agency to a new name, or null when nothing is close
   * @param known every existing agency, for the page's choice
   */
  public record AgencyName(String written, Resolution resolution, String existing, boolean chosen, int leads,
      String suggestion,
      @JsonIgnore List<String> known) {
    public AgencyName {
      known = List.copyOf(known);
    }
  }

  /**
   * A responsible role as the plan writes it, within the agency its actions go to.
   *
   * @param agency the agency the role's actions go to, after the agency choices
   * @param existing the existing role of that agency it is; null when new
   * @param chosen whether the plan manager mapped it to the existing role
   * @param holder the name of the existing role's holder; null when no one holds it
   * @param holderEmail the holder's e-mail address, or null
   * @param suggestion the closest existing role of the agency to a new name, or null when nothing is close
   * @param known every existing role of the agency, for the page's choice
   */
  public record RoleName(String written, String agency, Resolution resolution, String existing, boolean chosen,
      String holder,
      String holderEmail, String suggestion, @JsonIgnore List<String> known) {
    public RoleName {
      known = List.copyOf(known);
    }
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
