package org.reviewactions.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reviewactions.shared.FormDates;

/**
 * Reads a review's publication date as people type it in the UK (30/09/2013) or as the API documents
 * it (2013-09-30), and keeps it within the years a review can have been published in. Every date the
 * plan's timescales give is worked out from it, so a date far off would throw every one of them.
 */
final class PublishedDates {

  private static final DateTimeFormatter BRITISH = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK)
      .withResolverStyle(ResolverStyle.STRICT);

  private final ImportLimits limits;
  private final Clock clock;

  PublishedDates(ImportLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** The date, or null with an error on the field {@code published} added. */
  LocalDate check(String written, List<ImportError> errors) {
    if (written == null || written.isBlank()) {
      errors.add(new ImportError(null, "published", "Give the review's publication date (DD/MM/YYYY or YYYY-MM-DD)."));
      return null;
    }
    Optional<LocalDate> date = parse(written.strip());
    if (date.isEmpty()) {
      errors.add(new ImportError(null, "published", "'" + written.strip()
          + "' is not a date; write it as DD/MM/YYYY (30/09/2013) or YYYY-MM-DD (2013-09-30)."));
      return null;
    }
    LocalDate latest = LocalDate.now(clock).plusYears(limits.publishedMaxYearsAhead());
    if (date.get().isBefore(limits.publishedEarliest()) || date.get().isAfter(latest)) {
      errors.add(new ImportError(null, "published", "The publication date " + written.strip() + " is outside "
          + FormDates.shown(limits.publishedEarliest()) + " to " + FormDates.shown(latest) + " (from "
          + "rat.import.published-earliest to rat.import.published-max-years-ahead = "
          + limits.publishedMaxYearsAhead() + " years after today)."));
      return null;
    }
    return date.get();
  }

  private static Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(text.contains("/") ? LocalDate.parse(text, BRITISH) : LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
