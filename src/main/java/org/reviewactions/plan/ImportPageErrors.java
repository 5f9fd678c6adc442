package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reviewactions.plan.ImportResult.Outcome;

/**
 * The import page's GOV.UK error summary and inline error messages: each problem of a refused import links to the
 * field on the page where it is put right, and the upload form's fields show their own problems beside them.
 */
final class ImportPageErrors {

  /** The upload form's fields; a problem named after one of them is shown beside it. */
  static final Set<String> FORM_FIELDS = Set.of("reviewRef", "title", "board", "published", "file");
  /** The page's own parameters: a problem naming one of them is not about a heading of the plan. */
  private static final Set<String> PARAMETERS = Set.of("reviewRef", "title", "board", "published", "file", "token",
      NameChoices.ACKNOWLEDGE, NameChoices.AGENCY, NameChoices.ROLE, ColumnMapping.FIELD, ResponsibleChoice.FIELD);

  /** One line of the error summary: its words and the id of the field it leads to. */
  record Problem(String href, String text) {}

  private ImportPageErrors() {}

  /** The parts of the import page shown with this result, which decide where a problem can lead. */
  record Shown(boolean form, boolean mapping, boolean names, boolean acknowledge) {

    static Shown of(ImportResult result, String token) {
      Outcome outcome = result == null ? null : result.outcome();
      boolean previewed = outcome == Outcome.PREVIEW || outcome == Outcome.UNACKNOWLEDGED;
      boolean held = token != null && result != null && outcome != Outcome.IMPORTED && outcome != Outcome.DUPLICATE;
      return new Shown(outcome != Outcome.IMPORTED && !previewed, held && !result.columns().isEmpty(),
          held && (!result.agencies().isEmpty() || !result.roles().isEmpty()),
          previewed && token != null && !result.recommendations().isEmpty() && !result.warnings().isEmpty());
    }
  }

  /** The error summary's lines, in the order the import found the problems. */
  static List<Problem> summary(ImportResult result, Shown shown) {
    if (result == null || result.outcome() == Outcome.PREVIEW || result.outcome() == Outcome.IMPORTED) {
      return List.of();
    }
    return result.errors().stream().map(e -> new Problem("#" + target(e, result, shown), text(e))).toList();
  }

  /**
   * The problems of each upload form field, to show beside it. The file's problems within the plan (its rows and
   * headings) stay in the summary; beside the file one line says how many there are.
   */
  static Map<String, List<String>> inline(ImportResult result, Shown shown) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    if (result == null || result.outcome() == Outcome.PREVIEW || result.outcome() == Outcome.IMPORTED) {
      return fields;
    }
    int inThePlan = 0;
    for (ImportError error : result.errors()) {
      String field = target(error, result, shown);
      String column = error.column() == null ? "" : error.column();
      boolean ofTheField = FORM_FIELDS.contains(column) || column.equals("token");
      if (FORM_FIELDS.contains(field) && ofTheField) {
        fields.computeIfAbsent(field, f -> new ArrayList<>()).add(error.message());
      } else if (field.equals("file")) {
        inThePlan++;
      }
    }
    if (inThePlan > 0) {
      fields.computeIfAbsent("file", f -> new ArrayList<>()).add(PreviewWording.INSTANCE.count(inThePlan, "problem")
          + " in the plan, listed at the top of the page: correct the file and upload it again");
    }
    return fields;
  }

  private static String text(ImportError error) {
    StringBuilder where = new StringBuilder();
    if (error.row() != null) {
      where.append("Row ").append(error.row());
    }
    if (error.column() != null && !PARAMETERS.contains(error.column())) {
      where.append(where.isEmpty() ? "Column \"" : ", column \"").append(error.column()).append('"');
    }
    return (where.isEmpty() ? "" : where + ": ") + error.message();
  }

  private static String target(ImportError error, ImportResult result, Shown shown) {
    String column = error.column() == null ? "" : error.column();
    if (shown.acknowledge() && column.equals(NameChoices.ACKNOWLEDGE)) {
      return "acknowledge";
    }
    if (shown.names() && column.equals(NameChoices.AGENCY)) {
      return result.agencies().isEmpty() ? "names" : "agency-0";
    }
    if (shown.names() && column.equals(NameChoices.ROLE)) {
      return result.roles().isEmpty() ? "names" : "role-0";
    }
    // A problem of the plan's shape (no Recommendation column, no one Responsible), not of a cell: choosing what
    // the headings hold puts it right without a new file.
    boolean ofTheHeadings = error.column() == null;
    if (shown.mapping() && (ofTheHeadings || column.equals(ColumnMapping.FIELD) || column.equals(ResponsibleChoice.FIELD))) {
      return "column-0";
    }
    if (!shown.form()) {
      return "main-content";
    }
    return FORM_FIELDS.contains(column) ? column : "file";
  }
}
