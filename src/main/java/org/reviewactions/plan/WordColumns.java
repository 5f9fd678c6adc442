package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each kind of cell stands in the rows a Word plan is read into: the document's own columns, then
 * a Rec No column for numbers written into the recommendation's text and an Agency column for agencies
 * named by headings, when the document has no such columns. -1 for a column the plan does not have.
 */
record WordColumns(List<String> headers, int written, int rec, int action, int timescale, int responsible,
    int progress, int number, int agency, int status) {

  static WordColumns of(WordPlanLayout.Layout layout) {
    List<String> headers = new ArrayList<>(layout.headers());
    int rec = index(layout, PlanColumn.RECOMMENDATION);
    int number = index(layout, PlanColumn.REC_NUMBER);
    if (number < 0 && rec >= 0) {
      headers.add(PlanColumn.REC_NUMBER.label());
      number = headers.size() - 1;
    }
    int agency = index(layout, PlanColumn.AGENCY);
    if (agency < 0) {
      headers.add(PlanColumn.AGENCY.label());
      agency = headers.size() - 1;
    }
    return new WordColumns(headers, layout.headers().size(), rec, index(layout, PlanColumn.ACTION),
        index(layout, PlanColumn.TIMESCALE), index(layout, PlanColumn.RESPONSIBLE), index(layout, PlanColumn.PROGRESS),
        number, agency, index(layout, PlanColumn.STATUS));
  }

  private static int index(WordPlanLayout.Layout layout, PlanColumn column) {
    return layout.columns().indexOf(Optional.of(column));
  }
}
