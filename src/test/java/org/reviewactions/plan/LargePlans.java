package org.reviewactions.plan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Builds oversized and hostile plans for the limit tests, in memory. */
final class LargePlans {

  static final String[] HEADER = {"Rec No", "Recommendation", "Action", "Timescale", "Responsible", "Agency"};

  private LargePlans() {}

  /** A CSV plan of {@code rows} actions, one recommendation each. */
  static byte[] csv(int rows) {
    StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
    for (int i = 1; i <= rows; i++) {
      csv.append(i).append(",Recommendation ").append(i).append(",Audit the referrals made in quarter ").append(i)
          .append(",by March 2027,Head of Service,Children's Services\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The same plan as an .xlsx, written by POI's streaming writer so that building it costs little memory. */
  static byte[] xlsx(int rows) {
    return xlsx(rows, (sheet, i) -> {
      Row row = sheet.createRow(i);
      String[] cells = {String.valueOf(i), "Recommendation " + i, "Audit the referrals made in quarter " + i,
          "by March 2027", "Head of Service", "Children's Services"};
      for (int c = 0; c < cells.length; c++) {
        row.createCell(c).setCellValue(cells[c]);
      }
    });
  }

  interface RowWriter {
    void write(Sheet sheet, int rowIndex);
  }

  /** A workbook with the header on row 1 and {@code rows} rows below it, each written by {@code writer}. */
  static byte[] xlsx(int rows, RowWriter writer) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Plan");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      for (int i = 1; i <= rows; i++) {
        writer.write(sheet, i);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] write(Workbook workbook) {
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook with one part's XML rewritten, as a hand-edited or foreign-made file would be. */
  static byte[] rewritePart(byte[] xlsx, String partName, UnaryOperator<String> edit) {
    return repack(xlsx, (zip) -> { }, partName, edit);
  }

  /** The workbook with extra parts added. */
  static byte[] withExtraParts(byte[] xlsx, PartAdder adder) {
    return repack(xlsx, adder, null, UnaryOperator.identity());
  }

  interface PartAdder {
    void add(ZipOutputStream zip) throws IOException;
  }

  private static byte[] repack(byte[] xlsx, PartAdder adder, String partName, UnaryOperator<String> edit) {
    try (ZipArchiveInputStream in = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", true, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        ZipArchiveEntry entry;
        while ((entry = in.getNextEntry()) != null) {
          byte[] content = in.readAllBytes();
          if (entry.getName().equals(partName)) {
            content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(entry.getName()));
          out.write(content);
          out.closeEntry();
        }
        adder.add(out);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
