package org.reviewactions.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

/**
 * The report as CSV, UTF-8 with a byte order mark so Excel does not read it as Windows-1252. A CSV cell has no
 * type, so a cell that starts like a formula gets a leading apostrophe ({@code '=HYPERLINK(...)}), as OWASP
 * advises: the spreadsheet shows the text and runs nothing.
 */
@Component
class ReportCsv {

  private static final String BOM = "\uFEFF";

  byte[] render(ProgressReport report) {
    return write(ReportColumns.headers(report), report.rows().stream().map(ReportColumns::cells).toList());
  }

  /**
   * One section (agency challenges, impact checks) as its own CSV, a header row and one row for each; an empty
   * section is the header row alone, so a program reading it finds no row that is not one.
   */
  byte[] render(ReportSections section) {
    return write(section.headers(), section.rows());
  }

  private static byte[] write(List<String> headers, List<List<String>> rows) {
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL)) {
      printer.printRecord(headers);
      for (List<String> cells : rows) {
        printer.printRecord(cells.stream().map(ReportCsv::neutral).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String neutral(String cell) {
    return ReportColumns.formulaLike(cell) ? "'" + cell : cell;
  }
}
