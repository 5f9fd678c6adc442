package org.reviewactions.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.reviewactions.shared.PdfFonts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The report as a landscape A4 PDF: text (not images) so it can be selected and read aloud, the header row
 * repeated on every page, the review's name at the top and "Page n of m" at the foot of every page.
 */
@Component
class ReportPdf {

  private static final float[] WIDTHS = {20, 20, 10, 9, 11, 22, 8};
  private static final float[] CHALLENGE_WIDTHS = {12, 10, 22, 18, 19, 19};
  private static final Font TEXT = PdfFonts.regular(8);
  private static final Font BOLD = PdfFonts.bold(8);
  private static final Font TITLE = PdfFonts.bold(14);

  byte[] render(ProgressReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 30, 30, 45, 40);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setPageEvent(new Pages(report.heading()));
    document.addTitle(report.heading());
    document.open();
    document.add(new Paragraph(report.heading(), TITLE));
    document.add(new Paragraph(report.board(), TEXT));
    PdfPTable table = new PdfPTable(WIDTHS);
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    for (String header : ReportColumns.headers(report)) {
      PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
      cell.setBackgroundColor(rgb("F3F2F1"));
      cell.setPadding(4);
      table.addCell(cell);
    }
    for (ProgressReport.Row row : report.rows()) {
      List<String> cells = ReportColumns.cells(row);
      for (int i = 0; i < cells.size(); i++) {
        boolean status = i == ReportColumns.STATUS;
        Font font = status ? PdfFonts.bold(8, rgb(row.status().textColour())) : TEXT;
        PdfPCell cell = new PdfPCell(new Phrase(cells.get(i), font));
        cell.setPadding(4);
        if (status) {
          cell.setBackgroundColor(rgb(row.status().fill()));
        }
        table.addCell(cell);
      }
    }
    if (report.rows().isEmpty()) {
      document.add(new Paragraph("There are no actions to report.", TEXT));
    } else {
      document.add(table);
    }
    if (!report.impacts().isEmpty()) {
      document.add(impacts(report));
    }
    challenges(document, report);
    document.close();
    return out.toByteArray();
  }

  /** "Impact checks as at ...": each check's recommendation, method, due date, judgement (or still due) and findings. */
  private static PdfPTable impacts(ProgressReport report) {
    PdfPTable table = new PdfPTable(new float[] {10, 12, 12, 20, 46});
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    table.setHeaderRows(2);
    PdfPCell caption = new PdfPCell(new Phrase("Impact checks as at " + report.asAtShown(), PdfFonts.bold(10)));
    caption.setColspan(5);
    caption.setBorder(Rectangle.NO_BORDER);
    caption.setPaddingBottom(6);
    table.addCell(caption);
    for (String header : new String[] {"Recommendation", "How", "Due", "Judgement", "What was found"}) {
      PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
      cell.setBackgroundColor(rgb("F3F2F1"));
      cell.setPadding(4);
      table.addCell(cell);
    }
    for (ProgressReport.Impact impact : report.impacts()) {
      String judgement = impact.outcome() + (impact.assessedOn() == null ? "" : "\n(recorded " + impact.assessedOnShown() + ")");
      String found = impact.findings() == null ? "" : impact.findings()
          + (impact.evidenceReferences() == null ? "" : "\nEvidence: " + impact.evidenceReferences());
      for (String text : new String[] {impact.recommendationNumber(), impact.method(), impact.dueDateShown(), judgement, found}) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setPadding(4);
        table.addCell(cell);
      }
    }
    return table;
  }

  /** The agency challenges as the minutes list them: raised (when, by whom), agency, concern, actions, response, outcome. */
  private static void challenges(Document document, ProgressReport report) {
    Paragraph heading = new Paragraph("Agency challenges", PdfFonts.bold(11));
    heading.setSpacingBefore(12);
    document.add(heading);
    if (report.challenges().isEmpty()) {
      document.add(new Paragraph("No agency was challenged about its progress by " + report.asAtShown() + ".", TEXT));
      return;
    }
    PdfPTable table = new PdfPTable(CHALLENGE_WIDTHS);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setHeaderRows(1);
    for (String header : List.of("Raised", "Agency", "Concern", "Actions", "Response", "Outcome")) {
      PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
      cell.setBackgroundColor(rgb("F3F2F1"));
      cell.setPadding(4);
      table.addCell(cell);
    }
    for (ProgressReport.Challenge c : report.challenges()) {
      List<String> cells = List.of(
          c.raisedOnShown() + "\nby " + c.raisedBy() + "\nResponse due by " + c.responseDueShown(),
          c.agency(), c.concern(), String.join("\n", c.actions()),
          c.response() == null ? "No response" : c.respondedOnShown() + "\n" + c.response(),
          c.status() + (c.outcome() == null ? "" : "\n" + c.outcome())
              + (c.steps().isEmpty() ? "" : "\n" + String.join("\n", c.steps())));
      for (String text : cells) {
        PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setPadding(4);
        table.addCell(cell);
      }
    }
    document.add(table);
  }

  private static Color rgb(String hex) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    return new Color(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF);
  }

  /** The review's name at the top of every page and "Page n of m" at the foot; m is written when the document closes. */
  private static final class Pages extends PdfPageEventHelper {

    private final String heading;
    private PdfTemplate total;
    private BaseFont font;

    Pages(String heading) {
      this.heading = heading;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(40, 12);
      font = PdfFonts.regularBase();
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      Rectangle page = document.getPageSize();
      ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(heading, TEXT), document.left(),
          page.getTop() - 25, 0);
      String label = "Page " + writer.getPageNumber() + " of ";
      float width = font.getWidthPoint(label, 8);
      float x = document.right() - width - 20;
      canvas.beginText();
      canvas.setFontAndSize(font, 8);
      canvas.setTextMatrix(x, 20);
      canvas.showText(label);
      canvas.endText();
      canvas.addTemplate(total, x + width, 20);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(font, 8);
      total.setTextMatrix(0, 0);
      // The document has already moved past its last page when it closes.
      total.showText(String.valueOf(writer.getPageNumber() - 1));
      total.endText();
    }
  }
}
