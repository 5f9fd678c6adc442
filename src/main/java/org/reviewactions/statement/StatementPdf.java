package org.reviewactions.statement;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.reviewactions.statement.AgencyStatements.ActionLine;
import org.reviewactions.statement.AgencyStatements.AgencySection;
import org.reviewactions.statement.AgencyStatements.CompiledStatements;
import org.reviewactions.shared.PdfFonts;
import org.springframework.stereotype.Component;

/**
 * The compiled statements as a PDF to publish: real text (selectable, searchable), the review's name at the top of
 * every page and the page number at the foot. Statements and progress are set as plain text, never interpreted.
 */
@Component
class StatementPdf {

  private static final Font TITLE = PdfFonts.bold(16);
  private static final Font HEADING = PdfFonts.bold(13);
  private static final Font BODY = PdfFonts.regular(10);
  private static final Font SMALL = PdfFonts.regular(8);
  private static final Font CELL_HEADER = PdfFonts.bold(8);

  byte[] render(CompiledStatements compiled) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 60, 54);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new RunningHeadAndPageNumber(compiled.reviewTitle() + " (" + compiled.reviewReference() + ")"));
      document.addTitle(compiled.reviewTitle() + ": agency progress statements");
      document.open();
      document.add(new Paragraph(compiled.reviewTitle() + ": agency progress against the action plan", TITLE));
      document.add(paragraph(compiled.board() + ". The statements of the agencies involved in the review, with the progress of "
          + "each of their actions as at " + compiled.compiledOn() + ".", BODY, 12));
      int number = 0;
      for (AgencySection section : compiled.sections()) {
        Paragraph heading = new Paragraph(++number + " " + section.agency(), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
        if (section.approved()) {
          document.add(paragraph(section.statement(), BODY, 4));
          document.add(paragraph("Approved on " + section.approvedOn() + ".", SMALL, 8));
        } else {
          document.add(paragraph("Statement not yet approved.", BODY, 8));
        }
        document.add(actions(section));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Could not write the statements of review " + compiled.reviewId() + " as PDF", e);
    }
    return out.toByteArray();
  }

  private static Paragraph paragraph(String text, Font font, float after) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  private static PdfPTable actions(AgencySection section) {
    PdfPTable table = new PdfPTable(new float[] {1.2f, 4f, 1.6f, 1.6f, 4f});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String header : new String[] {"Recommendation", "Action", "Timescale", "Status", "Latest progress"}) {
      table.addCell(new PdfPCell(new Phrase(header, CELL_HEADER)));
    }
    for (ActionLine line : section.actions()) {
      table.addCell(cell(line.recommendation()));
      table.addCell(cell(line.action()));
      table.addCell(cell(line.timescale()));
      table.addCell(cell(line.status()));
      table.addCell(cell(line.progress() == null ? "None reported yet" : "As at " + line.progressAsAt() + ": " + line.progress()));
    }
    return table;
  }

  private static PdfPCell cell(String text) {
    return new PdfPCell(new Phrase(text == null ? "" : text, SMALL));
  }

  /** The review's name at the top of every page, its number at the foot. */
  private static final class RunningHeadAndPageNumber extends PdfPageEventHelper {

    private final String review;

    RunningHeadAndPageNumber(String review) {
      this.review = review;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(review, SMALL),
          document.left(), document.top() + 20, 0);
      ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
          new Phrase("Page " + writer.getPageNumber(), SMALL), (document.left() + document.right()) / 2, document.bottom() - 24, 0);
    }
  }
}
