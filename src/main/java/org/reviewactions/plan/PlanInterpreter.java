package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the rows of an uploaded plan into recommendations and their actions.
 *
 * <p>Plans are laid out in several ways and all are accepted:
 * <ul>
 *   <li>one row per action, repeating the recommendation's number (the rows need not be adjacent);
 *   <li>a recommendation row followed by rows whose number and recommendation cells are empty, each
 *       adding an action to the recommendation above. Such a row may still have an outcome (Oxfordshire's
 *       plans give each action a "projected outcome"); it joins the recommendation's intended outcomes;
 *   <li>recommendations without numbers, which are numbered by position;
 *   <li>section heading rows ("Section B: Police") between recommendations: each labels the
 *       recommendations below it and ends the one above, so no action below it joins a recommendation above.
 * </ul>
 * Every row is one action. A row without an action of its own stands for the recommendation itself,
 * carried out by the row's agency. Every action needs someone responsible; the agency may be left for
 * the importer to fill. A plan that names no one is refused unless the plan manager chose
 * {@link ResponsibleChoice#AGENCY_LEAD}; then each action needs an agency, whose lead it is given to. Text is kept as written apart from list bullets.
 */
public final class PlanInterpreter {

  /** The message that refuses a plan without a Responsible column; it names the way forward when no one is named. */
  static final String NO_RESPONSIBLE_COLUMN = "The plan has no Responsible column: every action needs someone responsible. "
      + "Add a column headed \"Responsible\" and fill it in for each row, or, if the plan names no one, choose to give "
      + "each action to its agency's lead, who will name an owner (on the import page, or "
      + ResponsibleChoice.FIELD + "=" + ResponsibleChoice.AGENCY_LEAD.value() + " on the API).";

  public DraftPlan interpret(PlanSheet sheet) {
    return interpret(sheet, ResponsibleChoice.AS_WRITTEN);
  }

  /** Reads the plan; {@code choice} decides who is responsible if the plan has no Responsible column. */
  public DraftPlan interpret(PlanSheet sheet, ResponsibleChoice choice) {
    return new Pass(sheet, choice).run();
  }

  /** The state of one interpretation, so that the interpreter itself stays reusable. */
  private static final class Pass {
    private final PlanSheet sheet;
    /** The plan names no one and the plan manager chose to give each action to its agency's lead. */
    private final boolean agencyLeads;
    private final List<ImportError> errors;
    private final List<Draft> recommendations = new ArrayList<>();
    private final Map<String, Draft> byNumber = new HashMap<>();
    private final Set<String> usedNumbers = new HashSet<>();
    private Draft current;
    private String section;
    private String previousResponsible;
    private String previousAgency;

    Pass(PlanSheet sheet, ResponsibleChoice choice) {
      this.sheet = sheet;
      this.agencyLeads = choice == ResponsibleChoice.AGENCY_LEAD && !sheet.hasColumn(PlanColumn.RESPONSIBLE);
      this.errors = new ArrayList<>(sheet.errors());
    }

    DraftPlan run() {
      // Numbers written anywhere in the file are reserved first, so a recommendation numbered by
      // position never takes a number that a later row uses.
      for (PlanRow row : sheet.rows()) {
        String number = CellText.number(row.get(PlanColumn.REC_NUMBER));
        if (!number.isEmpty()) {
          usedNumbers.add(CellText.numberKey(number));
        }
      }
      if (!sheet.hasColumn(PlanColumn.RESPONSIBLE) && !agencyLeads && !sheet.rows().isEmpty()) {
        errors.add(ImportError.ofFile(NO_RESPONSIBLE_COLUMN));
      }
      for (PlanRow row : sheet.rows()) {
        interpretRow(row);
      }
      List<DraftRecommendation> result = new ArrayList<>();
      for (Draft draft : recommendations) {
        if (draft.text.isEmpty()) {
          errors.add(new ImportError(draft.rowNumber, header(PlanColumn.RECOMMENDATION), "Recommendation "
              + draft.number + " (row " + draft.rowNumber + ") has no recommendation text."));
        }
        result.add(draft.build());
      }
      if (result.isEmpty() && errors.isEmpty()) {
        errors.add(ImportError.ofFile("The plan has no recommendations below its header row."));
      }
      return new DraftPlan(result, errors);
    }

    private void interpretRow(PlanRow row) {
      if (row.isSection()) {
        section = row.section();
        current = null;
        return;
      }
      String number = CellText.number(row.get(PlanColumn.REC_NUMBER));
      String text = CellText.clean(row.get(PlanColumn.RECOMMENDATION));
      String outcome = CellText.clean(row.get(PlanColumn.INTENDED_OUTCOME));

      if (number.isEmpty() && text.isEmpty()) {
        // A continuation row: another action for the recommendation above. An outcome on such a row
        // is that action's projected outcome; it is kept with the recommendation's outcomes.
        if (current == null) {
          errors.add(new ImportError(row.rowNumber(), header(PlanColumn.RECOMMENDATION), "Row " + row.rowNumber()
              + " has no recommendation number or text and there is no recommendation above it to add it to."));
          return;
        }
      } else if (!number.isEmpty()) {
        Draft existing = byNumber.get(CellText.numberKey(number));
        if (existing == null) {
          current = startRecommendation(row, number, text);
        } else if (!text.isEmpty() && !existing.text.isEmpty() && !CellText.sameText(text, existing.text)) {
          errors.add(new ImportError(row.rowNumber(), header(PlanColumn.REC_NUMBER), "Recommendation " + number
              + " on row " + row.rowNumber() + " has different text from recommendation " + existing.number
              + " on row " + existing.rowNumber + ". Give it its own number, or make the texts the same."));
          return;
        } else {
          if (existing.text.isEmpty()) {
            existing.text = text;
          }
          current = existing;
        }
      } else if (current == null || !CellText.sameText(text, current.text)) {
        // No number: a new recommendation, unless the row repeats the text of the one above, as plans
        // do that write the recommendation out again on each of its action rows.
        current = startRecommendation(row, nextPositionNumber(), text);
      }
      current.addOutcome(outcome);
      current.actions.add(action(row));
    }

    private Draft startRecommendation(PlanRow row, String number, String text) {
      Draft draft = new Draft(row.rowNumber(), number, text, section);
      recommendations.add(draft);
      byNumber.put(CellText.numberKey(number), draft);
      usedNumbers.add(CellText.numberKey(number));
      return draft;
    }

    /** "1", "2", ... by the recommendation's position, skipping numbers used elsewhere in the plan. */
    private String nextPositionNumber() {
      int n = recommendations.size() + 1;
      while (usedNumbers.contains(String.valueOf(n))) {
        n++;
      }
      return String.valueOf(n);
    }

    private RowAction action(PlanRow row) {
      String agency = resolveDitto(row, PlanColumn.AGENCY, previousAgency);
      String responsible = agencyLeads ? agencyLead(row, agency)
          : resolveDitto(row, PlanColumn.RESPONSIBLE, previousResponsible);
      if (responsible != null && responsible.isEmpty() && sheet.hasColumn(PlanColumn.RESPONSIBLE)) {
        errors.add(new ImportError(row.rowNumber(), header(PlanColumn.RESPONSIBLE), "Row " + row.rowNumber()
            + ": no one is responsible for this action. Fill in the " + header(PlanColumn.RESPONSIBLE) + " column."));
      }
      previousAgency = agency == null ? "" : agency;
      previousResponsible = responsible == null ? "" : responsible;
      return new RowAction(
          row.rowNumber(),
          CellText.clean(row.get(PlanColumn.ACTION)),
          previousAgency,
          previousResponsible,
          CellText.clean(row.get(PlanColumn.TIMESCALE)),
          CellText.clean(row.get(PlanColumn.PROGRESS)),
          CellText.clean(row.get(PlanColumn.STATUS)));
    }

    /**
     * "&lt;agency&gt; lead" for each agency the row names. A row without an agency has no lead to give its
     * action to; the board is not assumed, since the plan manager chose agencies' leads, not the board's.
     */
    private String agencyLead(PlanRow row, String agency) {
      if (agency == null) {
        return null;
      }
      if (agency.isEmpty()) {
        errors.add(new ImportError(row.rowNumber(), header(PlanColumn.AGENCY), "Row " + row.rowNumber()
            + " names no agency, so no agency lead can be made responsible for its action. Fill in the "
            + header(PlanColumn.AGENCY) + " column for this row."));
        return null;
      }
      return agency.lines().map(a -> a + ResponsibleChoice.ROLE_SUFFIX).collect(java.util.stream.Collectors.joining("\n"));
    }

    /**
     * Replaces "As above" (and "Ditto", ...) with what it refers to: on the first line of a cell, the
     * previous row's value; on a later line, the line above. Repeated entries collapse, since one
     * person named three times is one person. Returns null, after recording an error, when there is
     * nothing above to copy.
     */
    private String resolveDitto(PlanRow row, PlanColumn column, String previousRow) {
      String cell = CellText.clean(row.get(column));
      if (cell.isEmpty()) {
        return "";
      }
      Set<String> lines = new LinkedHashSet<>();
      String above = previousRow;
      for (String line : cell.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String value = line.strip();
        if (CellText.isDitto(value)) {
          if (above == null || above.isEmpty()) {
            errors.add(new ImportError(row.rowNumber(), header(column), "Row " + row.rowNumber() + " says \""
                + value + "\" for " + header(column) + " but there is nothing above it to copy."));
            return null;
          }
          value = above;
        }
        lines.addAll(List.of(value.split("\n")));
        above = value;
      }
      return String.join("\n", lines);
    }

    private String header(PlanColumn column) {
      return sheet.header(column).orElse(column.label());
    }
  }

  /** An action before its recommendation's text is final (an empty action takes that text). */
  private record RowAction(
      int rowNumber, String action, String agency, String responsible, String timescale, String progress,
      String status) {}

  /** A recommendation being collected. */
  private static final class Draft {
    private final int rowNumber;
    private final String number;
    private final String section;
    private String text;
    private final Set<String> outcomes = new LinkedHashSet<>();
    private final List<RowAction> actions = new ArrayList<>();

    Draft(int rowNumber, String number, String text, String section) {
      this.rowNumber = rowNumber;
      this.number = number;
      this.text = text;
      this.section = section;
    }

    void addOutcome(String outcome) {
      if (!outcome.isEmpty() && outcomes.stream().noneMatch(o -> CellText.sameText(o, outcome))) {
        outcomes.add(outcome);
      }
    }

    DraftRecommendation build() {
      List<DraftAction> built = actions.stream()
          .map(a -> new DraftAction(a.rowNumber(), a.action().isEmpty() ? text : a.action(), a.agency(),
              a.responsible(), a.timescale(), a.progress(), a.status()))
          .toList();
      return new DraftRecommendation(rowNumber, number, text, String.join("\n", outcomes), built, section);
    }
  }
}
