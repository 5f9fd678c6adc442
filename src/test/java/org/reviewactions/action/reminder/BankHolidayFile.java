package org.reviewactions.action.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The England and Wales bank holiday list, read straight from the YAML resource with SnakeYAML. */
final class BankHolidayFile {

  static final String RESOURCE = "bank-holidays-england-and-wales.yaml";

  private BankHolidayFile() {}

  @SuppressWarnings("unchecked")
  static List<LocalDate> load() {
    try (InputStream in = BankHolidayFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      Map<String, Object> root = new Yaml().load(in);
      Map<String, Object> rat = (Map<String, Object>) root.get("rat");
      Map<String, Object> reminders = (Map<String, Object>) rat.get("reminders");
      List<Object> dates = (List<Object>) reminders.get("bank-holidays");
      return dates.stream().map(BankHolidayFile::toDate).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SnakeYAML reads an unquoted {@code 2026-12-25} as a timestamp at midnight UTC. */
  private static LocalDate toDate(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(value.toString());
  }

  /** Default settings with the England and Wales bank holidays. */
  static ReminderProperties englandAndWales() {
    return ReminderProperties.defaults().withBankHolidays(load());
  }
}
