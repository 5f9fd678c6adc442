package org.reviewactions.demo;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Moves a published plan's dates forward by whole years so that its work is live today: some actions
 * lapsed, some due soon, some months away. Whole years keep every month name as the board wrote it.
 *
 * <p>Only the plan's own dates move: the timescale column and the date its progress was written
 * ("Progress as at 1.7.06"). Dates inside what the board wrote (recommendation, action, outcome,
 * progress) stay, since "all three temporary staff will be replaced by February 2006" is history, and a
 * recommendation citing the Children Act 2004 must not cite a later act.
 */
final class DemoPlans {

  /** The demo plans' date column headings. */
  private static final Pattern DATE_HEADING =
      Pattern.compile("(?i)\\s*(?:time\\s*scales?|timetable|target date|due date|deadline)\\s*[:.]?\\s*");
  private static final Pattern AS_AT_HEADING = Pattern.compile("(?i)\\s*progress\\b.*\\bas at\\b.*", Pattern.DOTALL);
  private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
  /** A two-digit year only where the text is certainly a date ("as at 1.7.06"): "3.3.14" is a paragraph number. */
  private static final Pattern AS_AT_SHORT_YEAR = Pattern.compile("(?i)(\\bas at\\s{1,3}\\d{1,2}[./]\\d{1,2}[./])(\\d{2})\\b");
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private DemoPlans() {}

  /**
   * The CSV plan with its dates moved. The header row is the first with a date heading; a plan without
   * one has no dates to move.
   */
  static String moveDates(String csv, int years) {
    String text = !csv.isEmpty() && csv.charAt(0) == BYTE_ORDER_MARK ? csv.substring(1) : csv;
    List<List<String>> rows = parse(text);
    int header = headerRow(rows);
    if (years == 0 || header < 0) {
      return text;
    }
    Set<Integer> dateColumns = new HashSet<>();
    List<String> headings = rows.get(header);
    for (int col = 0; col < headings.size(); col++) {
      if (DATE_HEADING.matcher(headings.get(col)).matches()) {
        dateColumns.add(col);
      } else if (AS_AT_HEADING.matcher(headings.get(col)).matches()) {
        headings.set(col, shiftYears(headings.get(col), years));
      }
    }
    for (List<String> row : rows.subList(header + 1, rows.size())) {
      for (int col : dateColumns) {
        if (col < row.size()) {
          row.set(col, shiftYears(row.get(col), years));
        }
      }
    }
    return print(rows);
  }

  /** The years in a date field moved: "March – Sept 2006", "by 31/12/2013", "Progress as at 1.7.06". */
  static String shiftYears(String dateField, int years) {
    return replace(AS_AT_SHORT_YEAR.matcher(replace(YEAR.matcher(dateField), 1, years)), 2, years);
  }

  private static int headerRow(List<List<String>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).stream().anyMatch(cell -> DATE_HEADING.matcher(cell).matches()
          || AS_AT_HEADING.matcher(cell).matches())) {
        return i;
      }
    }
    return -1;
  }

  private static String replace(Matcher matcher, int yearGroup, int years) {
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String year = matcher.group(yearGroup);
      String moved = year.length() == 2
          ? String.format(Locale.ROOT, "%02d", (Integer.parseInt(year) + years) % 100)
          : String.valueOf(Integer.parseInt(year) + years);
      String before = yearGroup == 1 ? "" : matcher.group(1);
      matcher.appendReplacement(out, Matcher.quoteReplacement(before + moved));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static List<List<String>> parse(String text) {
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new ArrayList<>(record.toList()));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String print(List<List<String>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
