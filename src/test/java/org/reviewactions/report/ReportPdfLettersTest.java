package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Letters outside Windows-1252 (Welsh, Polish) come back out of the report's PDF, in text and in bold. */
class ReportPdfLettersTest {

  @Test
  void welshAndPolishLettersAreKeptInTheReportPdf() throws Exception {
    ProgressReport report = new ProgressReport(1L, "CYM-01", "Adolygiad Łódź", "Bwrdd Diogelu", LocalDate.of(2027, 1, 4),
        Set.of(), List.of(new ProgressReport.Row(7L, "1", "Rhannu gwybodaeth", "Hyfforddi staff ŵ ŷ",
            "Gwasanaethau Cymdeithasol ŵ ŷ", "Mawrth 2027", "Pennaeth", LocalDate.of(2027, 3, 31), "In progress",
            "Łódź: zażółć gęślą jaźń", LocalDate.of(2027, 1, 2), ReportStatus.GREEN)));

    String text;
    List<String> fonts = new java.util.ArrayList<>();
    try (PDDocument document = Loader.loadPDF(new ReportPdf().render(report))) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
        org.apache.pdfbox.pdmodel.font.PDFont font = document.getPage(0).getResources().getFont(name);
        fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
      }
    }

    // Text extraction alone does not show it: a built-in font keeps the letters in the text but has no glyph to
    // draw them with. Every font on the page must be the embedded DejaVu Sans.
    assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans").endsWith(" embedded"));
    assertThat(text).contains("Gwasanaethau Cymdeithasol ŵ ŷ", "Łódź", "Adolygiad Łódź", "zażółć gęślą jaźń",
        "Hyfforddi staff ŵ ŷ", "Page 1 of 1");
  }
}
