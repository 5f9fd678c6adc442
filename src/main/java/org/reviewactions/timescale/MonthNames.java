package org.reviewactions.timescale;

import java.util.List;
import java.util.Locale;

/** English month names and the abbreviations boards write for them ("Sept", "Dec."). */
final class MonthNames {

  /** Matches a month name or abbreviation; callers add their own boundaries and the optional full stop. */
  static final String REGEX = "(?:january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

  // Every accepted spelling starts with the month's three-letter abbreviation, so that prefix identifies it.
  private static final List<String> PREFIXES =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private MonthNames() {}

  /** The month number (1 to 12) of a name matched by {@link #REGEX}. */
  static int number(String name) {
    return PREFIXES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }
}
