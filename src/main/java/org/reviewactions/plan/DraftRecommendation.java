package org.reviewactions.plan;

import java.util.List;

/**
 * One recommendation of an uploaded plan with its actions, before it is saved.
 *
 * @param rowNumber the spreadsheet row where the recommendation first appears
 * @param number its number as in the report ("3.3.9 i"), or its position ("1", "2") if the plan has none
 * @param text the recommendation as written
 * @param intendedOutcome the intended outcome(s), one per line; "" if none
 * @param actions what will be done for it, in file order; never empty
 * @param section the section heading above it in the plan ("Section B: Police"), or null
 */
public record DraftRecommendation(
    int rowNumber, String number, String text, String intendedOutcome, List<DraftAction> actions, String section) {

  public DraftRecommendation {
    actions = List.copyOf(actions);
  }
}
