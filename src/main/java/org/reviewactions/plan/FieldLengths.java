package org.reviewactions.plan;

import java.util.List;
import java.util.function.Function;
import org.reviewactions.identity.AgencyGroups;

/**
 * The most characters each part of a plan may have, checked before the database sees it, so that a
 * cell too long for its column is an error naming the row, the column and the limit rather than a
 * failure on saving. The figures follow the columns of the Flyway migrations and what the text
 * becomes elsewhere.
 */
final class FieldLengths {

  /** recommendation.number */
  static final int REC_NUMBER = 100;
  /**
   * recommendation.text, recommendation.intended_outcome and plan_action.description. The tasks' display copies
   * of these texts are shortened to the engine's 4,000-character column (action.TaskContext#fit), never the plan.
   */
  static final int TEXT = 20_000;
  /** plan_action.responsible and responsible_role.name */
  static final int RESPONSIBLE = 300;
  /**
   * plan_action.agency is 300, but an agency also names two Camunda groups, "agency" and "agency leads",
   * whose names (ACT_ID_GROUP.NAME_) hold 255; the review's board stands in for a missing agency.
   */
  static final int AGENCY = 240;
  /** plan_action.timescale */
  static final int TIMESCALE = 2_000;
  /** plan_action.imported_status */
  static final int STATUS = 300;
  /** progress_update.text is 20,000, and the action's history quotes it after a line of its own (action_history.text). */
  static final int PROGRESS = 19_900;
  /** review.title */
  static final int TITLE = 500;
  /** review.source_file is 500; no file system names a file longer than 255. */
  static final int FILE_NAME = 255;

  private FieldLengths() {}

  static void check(DraftRecommendation rec, Function<PlanColumn, String> header, List<ImportError> errors) {
    check(rec.rowNumber(), header.apply(PlanColumn.REC_NUMBER), rec.number(), REC_NUMBER, errors);
    check(rec.rowNumber(), header.apply(PlanColumn.RECOMMENDATION), rec.text(), TEXT, errors);
    check(rec.rowNumber(), header.apply(PlanColumn.INTENDED_OUTCOME), rec.intendedOutcome(), TEXT, errors);
  }

  static void check(DraftAction action, Function<PlanColumn, String> header, List<ImportError> errors) {
    int row = action.rowNumber();
    check(row, header.apply(PlanColumn.ACTION), action.description(), TEXT, errors);
    check(row, header.apply(PlanColumn.RESPONSIBLE), action.responsible(), RESPONSIBLE, errors);
    check(row, header.apply(PlanColumn.AGENCY), action.agency(), AGENCY, errors);
    check(row, header.apply(PlanColumn.TIMESCALE), action.timescale(), TIMESCALE, errors);
    check(row, header.apply(PlanColumn.PROGRESS), action.progress(), PROGRESS, errors);
    check(row, header.apply(PlanColumn.STATUS), action.status(), STATUS, errors);
    if (action.agency() != null && !action.agency().isBlank() && !namesAGroup(action.agency())) {
      errors.add(new ImportError(row, header.apply(PlanColumn.AGENCY), "The agency '" + action.agency().strip()
          + "' has no letter A-Z or digit 0-9 to name its group after; write the agency's name in English letters."));
    }
  }

  /** Whether the agency's Camunda group can be named after it. */
  static boolean namesAGroup(String agency) {
    try {
      AgencyGroups.agencyGroup(agency);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void check(int row, String column, String value, int max, List<ImportError> errors) {
    if (value != null && value.length() > max) {
      errors.add(new ImportError(row, column, "The text is " + TableCollector.number(value.length())
          + " characters long; the " + column + " column holds at most " + TableCollector.number(max) + "."));
    }
  }
}
