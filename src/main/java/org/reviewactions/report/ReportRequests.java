package org.reviewactions.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.FormDates;
import org.reviewactions.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the report page, its downloads and the API share: reading {@code asAt}, limiting the report to what the
 * signed-in person may read, and answering a file. The board, monitoring chairs and plan managers read every row;
 * anyone else only the rows of the agencies whose groups they are in, and a review with none of those is, for
 * them, a review that does not exist (404), as another agency's action is.
 */
@Component
class ReportRequests {

  /** The formats a report downloads as, by the name used in addresses. */
  enum Format {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8"),
    PDF("pdf", "application/pdf"),
    HTML("html", "text/html;charset=UTF-8");

    final String extension;
    final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    static Format named(String name) {
      for (Format format : values()) {
        if (format.extension.equalsIgnoreCase(name == null ? "" : name.strip())) {
          return format;
        }
      }
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "format: choose one of json, xlsx, csv, pdf or html.");
    }
  }

  private final ProgressReports reports;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final Clock clock;

  ReportRequests(ProgressReports reports, CurrentUser currentUser, IdentityService identityService, Clock clock) {
    this.reports = reports;
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.clock = clock;
  }

  /**
   * The date asked for, or today when none is given. A date after today is refused rather than clamped: a report
   * headed with a future date would claim to know progress nobody has recorded.
   *
   * @throws ResponseStatusException 400 naming {@code asAt} when it is not a day/month/year date or is in the future
   */
  LocalDate asAt(String text) {
    LocalDate today = LocalDate.now(clock);
    LocalDate date;
    try {
      date = FormDates.parse(text == null ? null : shorten(text), "asAt");
    } catch (BusinessRuleException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    if (date == null) {
      return today;
    }
    if (date.isAfter(today)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "asAt: " + FormDates.shown(date)
          + " is in the future. A report can be as at today, " + FormDates.shown(today) + ", or an earlier date.");
    }
    return date;
  }

  /** The review's report as at the date, limited to the rows the signed-in person may read. */
  ProgressReport visible(Long reviewId, LocalDate date) {
    ProgressReport report = reports.asAt(reviewId, date);
    if (currentUser.oversees()) {
      return report;
    }
    Authentication user = identityService.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    Set<String> mine = new LinkedHashSet<>();
    for (ProgressReport.Row row : report.rows()) {
      if (AgencyGroups.isOf(groups, row.agency())) {
        mine.add(row.agency());
      }
    }
    if (mine.isEmpty()) {
      throw new NotFoundException("There is no review " + reviewId + ".");
    }
    return report.forAgencies(mine);
  }

  ResponseEntity<byte[]> file(ProgressReport report, Format format) {
    byte[] body = switch (format) {
      case XLSX -> reports.xlsx(report);
      case CSV -> reports.csv(report);
      case PDF -> reports.pdf(report);
      case HTML -> reports.html(report).getBytes(StandardCharsets.UTF_8);
    };
    return attachment("progress", report, format, body);
  }

  /** One section of the report as its own CSV download ("challenges-kin-1-as-at-2006-07-01.csv"). */
  ResponseEntity<byte[]> sectionCsv(ProgressReport report, Section section) {
    byte[] body = switch (section) {
      case CHALLENGES -> reports.challengesCsv(report);
      case IMPACT_CHECKS -> reports.impactChecksCsv(report);
    };
    return attachment(section.fileName, report, Format.CSV, body);
  }

  /** The sections of a report that CSV, one table to a file, carries in files of their own. */
  enum Section {
    CHALLENGES("challenges"),
    IMPACT_CHECKS("impact-checks");

    final String fileName;

    Section(String fileName) {
      this.fileName = fileName;
    }
  }

  private static ResponseEntity<byte[]> attachment(String what, ProgressReport report, Format format, byte[] body) {
    String name = what + "-" + safe(report.reference()) + "-as-at-" + report.asAt() + "." + format.extension;
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(format.contentType));
    headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
    headers.setCacheControl("no-store");
    return ResponseEntity.ok().headers(headers).body(body);
  }

  /** A reference as far as it can go into a file name: letters, digits and dashes. */
  private static String safe(String reference) {
    String safe = reference.replaceAll("[^A-Za-z0-9-]+", "-").toLowerCase(Locale.ROOT);
    return safe.length() > 60 ? safe.substring(0, 60) : safe;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
