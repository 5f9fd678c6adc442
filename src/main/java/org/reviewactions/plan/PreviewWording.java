package org.reviewactions.plan;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.reviewactions.shared.FormDates;

/** How the import page words a preview for people: dates spelt out, cadences in words, counts with their plurals. */
public final class PreviewWording {

  static final PreviewWording INSTANCE = new PreviewWording();


  private PreviewWording() {}

  /** "31 March 2027"; "" for no date. */
  public String date(LocalDate date) {
    return date == null ? "" : FormDates.shown(date);
  }

  /** "every 3 months", "every month", "every year", "every 2 weeks" for an ISO period ("P3M"); "" for none. */
  public String cadence(String period) {
    if (period == null || period.isBlank()) {
      return "";
    }
    Period p;
    try {
      p = Period.parse(period);
    } catch (DateTimeParseException e) {
      return period;
    }
    if (p.getYears() > 0 && p.getMonths() == 0 && p.getDays() == 0) {
      return every(p.getYears(), "year");
    }
    if (p.getDays() == 0) {
      return every((int) p.toTotalMonths(), "month");
    }
    if (p.toTotalMonths() == 0 && p.getDays() % 7 == 0) {
      return every(p.getDays() / 7, "week");
    }
    if (p.toTotalMonths() == 0) {
      return every(p.getDays(), "day");
    }
    return period;
  }

  /** "1 action", "2 actions", "0 recommendations". */
  public String count(long n, String thing) {
    return n + " " + (n == 1 ? thing : thing + "s");
  }

  /** "needs" or "need", to agree with a count. */
  public String verb(long n, String singular, String plural) {
    return n == 1 ? singular : plural;
  }

  /** Why an action's dates need confirming, or how they were read. */
  public String dates(ImportResult.PreviewAction action) {
    String note = action.timescaleNote() == null || action.timescaleNote().isBlank() ? null : action.timescaleNote().strip();
    if (action.needsConfirmation()) {
      return "To confirm: " + (note != null ? note : "the timescale could not be read as dates.");
    }
    return note != null ? note : "Read from the timescale.";
  }

  /** The plain name of a mapping's field ("intended-outcome" is "Intended outcome"). */
  public String field(String key) {
    return key == null ? "Not read" : PlanColumn.forKey(key).map(PlanColumn::label).orElse(key);
  }

  private static String every(int n, String unit) {
    return n == 1 ? "every " + unit : "every " + n + " " + unit + "s";
  }
}
