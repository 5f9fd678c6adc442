package org.reviewactions.plan;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Turns the bytes of a CSV file into text and the text into rows of cells. */
final class CsvTableReader {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvTableReader() {}

  /**
   * Decodes a CSV file. A byte order mark decides the encoding when there is one; otherwise UTF-8 is
   * tried first and Windows-1252 is the fallback, because Excel's plain "CSV (Comma delimited)" saves in
   * the Windows code page and an en dash ("April – Sept 2006") or "£" would otherwise come out garbled.
   */
  static String decode(byte[] content) {
    if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
      return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(content, 0xFF, 0xFE)) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(content, 0xFE, 0xFF)) {
      return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, WINDOWS_1252);
    }
  }

  /**
   * Parses CSV text with the given delimiter. A malformed file (say, a quoted cell that is never closed)
   * yields the rows before the problem and an error naming the row where it starts; so does a file that
   * goes past the import's limits, where reading stops.
   */
  static RawTable parse(String text, char delimiter, ImportLimits limits) {
    // Blank lines still count, so that row numbers match what a spreadsheet shows for the file.
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    TableCollector table = new TableCollector(limits);
    long lastRecord = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        lastRecord = record.getRecordNumber();
        int row = (int) lastRecord;
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
          String cell = normaliseLineBreaks(value);
          table.cell(row, cells.size() + 1, cell);
          cells.add(cell);
        }
        table.row(row, cells);
      }
      return table.table(null);
    } catch (TableCollector.LimitReached e) {
      return table.table(e.error());
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      int badRow = (int) lastRecord + 1;
      return table.table(new ImportError(badRow, null, describe(badRow, e)));
    }
  }

  private static String describe(int row, Exception e) {
    String detail = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    String hint;
    if (detail != null && detail.contains("EOF reached before encapsulated token finished")) {
      hint = "a cell that starts with a double quote (\") is never closed, so the rest of the file would be read as one cell";
    } else if (detail != null && detail.contains("Invalid character between encapsulated token and delimiter")) {
      hint = "a quoted cell is followed by more text before the next separator; "
          + "double any quote inside a quoted cell (\"\")";
    } else {
      hint = "the CSV is malformed";
    }
    return "The file could not be read from row " + row + ": " + hint + ". (" + detail + ")";
  }

  static String normaliseLineBreaks(String value) {
    return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
  }

  static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
