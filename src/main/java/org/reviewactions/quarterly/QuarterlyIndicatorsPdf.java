package org.reviewactions.quarterly;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.reviewactions.indicator.Indicators.ReportLine;
import org.reviewactions.shared.PdfFonts;
import org.springframework.stereotype.Component;

/**
 * The safeguarding indicators attached to the quarterly report: per indicator and agency, the latest quarter's figure,
 * the quarter before and the target. Names are set as plain text, never interpreted.
 */
@Component
class QuarterlyIndicatorsPdf {

  private static final Font TITLE = PdfFonts.bold(16);
  private static final Font BODY = PdfFonts.regular(10);
  private static final Font SMALL = PdfFonts.regular(8);
  private static final Font CELL_HEADER = PdfFonts.bold(8);

  byte[] render(String quarter, String previous, List<ReportLine> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 60, 54);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Safeguarding indicators " + quarter);
      document.open();
      document.add(new Paragraph("Safeguarding indicators, " + quarter, TITLE));
      Paragraph intro = new Paragraph("Each agency's figure for " + quarter + " and for " + previous
          + ", as its leads submitted them, with the indicator's target.", BODY);
      intro.setSpacingAfter(10);
      document.add(intro);
      PdfPTable table = new PdfPTable(new float[] {4f, 3f, 1.5f, 1.5f, 1.5f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String header : new String[] {"Indicator", "Agency", quarter, previous, "Target"}) {
        table.addCell(new PdfPCell(new Phrase(header, CELL_HEADER)));
      }
      for (ReportLine line : lines) {
        for (String text : new String[] {line.indicator(), line.agency(), line.figure(), line.previous(), line.target()}) {
          table.addCell(new PdfPCell(new Phrase(text == null ? "" : text, SMALL)));
        }
      }
      document.add(table);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the safeguarding indicators of " + quarter + " as PDF", e);
    }
    return out.toByteArray();
  }
}
