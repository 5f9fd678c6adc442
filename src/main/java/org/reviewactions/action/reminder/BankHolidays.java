package org.reviewactions.action.reminder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * England and Wales bank holidays from {@code bank-holidays.json}, an unmodified snapshot of GOV.UK's bank holidays
 * feed (the file GOV.UK publishes at /bank-holidays.json, taken on 6 July 2025 from a public mirror that fetches
 * it, as the build has no internet). The file is kept in GOV.UK's own format so a newer download replaces it as is.
 * One-off holidays (a state funeral, a coronation) and moved ones come with it: nothing here assumes the regular
 * eight a year.
 */
final class BankHolidays {

  static final String RESOURCE = "bank-holidays.json";
  static final String DIVISION = "england-and-wales";

  private static final Logger log = LoggerFactory.getLogger(BankHolidays.class);

  /** One holiday as GOV.UK lists it; {@code notes} says e.g. "Substitute day". */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Event(String title, LocalDate date, String notes, boolean bunting) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Division(String division, List<Event> events) {}

  private final List<Event> events;

  private BankHolidays(List<Event> events) {
    this.events = events.stream().sorted(Comparator.comparing(Event::date)).toList();
  }

  /** The England and Wales division of the snapshot on the classpath. */
  static BankHolidays englandAndWales() {
    try (InputStream in = BankHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }

  static BankHolidays read(InputStream json) throws IOException {
    JsonMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    Map<String, Division> divisions = mapper.readValue(json,
        mapper.getTypeFactory().constructMapType(Map.class, String.class, Division.class));
    Division division = divisions.get(DIVISION);
    if (division == null || division.events() == null || division.events().isEmpty()) {
      throw new IllegalStateException(RESOURCE + " has no " + DIVISION + " holidays");
    }
    return new BankHolidays(division.events());
  }

  List<Event> events() {
    return events;
  }

  List<LocalDate> dates() {
    return events.stream().map(Event::date).toList();
  }

  /** The last holiday the snapshot knows: after it every weekday counts as a working day. */
  LocalDate lastDate() {
    return events.get(events.size() - 1).date();
  }

  /**
   * Warns when the snapshot ends within twelve months of {@code today}: deadlines computed past its end would fall on
   * holidays nobody has listed yet. Whether it warned, for the start-up check's test.
   */
  boolean warnIfEndingWithinAYearOf(LocalDate today) {
    if (lastDate().isAfter(today.plusMonths(12))) {
      return false;
    }
    log.warn("The England and Wales bank holidays in {} end on {}, within twelve months of today ({}): dates after "
        + "it are treated as working days. Replace the file with a current copy of GOV.UK's bank-holidays.json.",
        RESOURCE, lastDate(), today);
    return true;
  }
}
