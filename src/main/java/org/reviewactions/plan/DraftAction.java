package org.reviewactions.plan;

/**
 * One action of an uploaded plan, as the board wrote it, before it is saved.
 *
 * @param rowNumber the spreadsheet row it came from
 * @param description what will be done; the recommendation's text when the row has no action of its own
 * @param agency the agency doing it, "" when the plan does not say (the importer fills it)
 * @param responsible who is responsible, with "As above" resolved
 * @param timescale the timescale as written ("April – Sept 2006", "Ongoing"); interpreted later
 * @param progress progress as written, "" if none
 * @param status status as written ("Completed"), "" if none
 */
public record DraftAction(
    int rowNumber, String description, String agency, String responsible, String timescale, String progress,
    String status) {}
