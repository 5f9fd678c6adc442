package org.reviewactions.timescale;

import java.time.LocalDate;

/**
 * What one part of a timescale asks for: a range, a deadline, a start, a count from publication, or a pointer
 * to another row. A cell holding several readings holds several timescales.
 *
 * @param position where the part starts in the text, to keep readings in the order written
 * @param text the part as written, for notes
 * @param kind what sort of part it is
 * @param start the start it gives, or null
 * @param due the due date it gives, or null
 * @param earliest the first day it could refer to, used when several readings must be merged into one guess
 * @param description what was read, for the plan manager; null when the doubt says it all
 * @param doubt why the reading should be checked, or null when it is certain
 */
record Reading(int position, String text, Kind kind, LocalDate start, LocalDate due, LocalDate earliest,
               String description, String doubt) {

  enum Kind {
    /** Gives at least one date. */
    DATES,
    /** Gives only a year, which prose often mentions for other reasons ("Children Act 2004"). */
    YEAR_ONLY,
    /** Looks like a date but cannot be one ("31/02/2027"). */
    NOT_A_DATE,
    /** Points elsewhere ("As above"). */
    REFERENCE
  }

  boolean isCertain() {
    return doubt == null && kind == Kind.DATES;
  }
}
