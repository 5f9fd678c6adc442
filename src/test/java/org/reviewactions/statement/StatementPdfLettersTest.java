package org.reviewactions.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Letters outside Windows-1252 (Welsh, Polish) come back out of the compiled statements' PDF. */
class StatementPdfLettersTest {

  @Test
  void welshAndPolishLettersAreKeptInTheStatementsPdf() throws Exception {
    AgencyStatements.CompiledStatements compiled = new AgencyStatements.CompiledStatements(1L, "Adolygiad Łódź",
        "CYM-01", "Bwrdd Diogelu", "4 January 2027", List.of(new AgencyStatements.AgencySection(
            "Gwasanaethau Cymdeithasol ŵ ŷ", true, "Mae'r gwaith wedi dechrau yn Łódź.", "2 January 2027",
            List.of(new AgencyStatements.ActionLine("1", "Hyfforddi staff ŵ ŷ", "Mawrth 2027", "Green",
                "2 January 2027", "zażółć gęślą jaźń")))));

    String text;
    List<String> fonts = new java.util.ArrayList<>();
    try (PDDocument document = Loader.loadPDF(new StatementPdf().render(compiled))) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      for (org.apache.pdfbox.cos.COSName name : document.getPage(0).getResources().getFontNames()) {
        org.apache.pdfbox.pdmodel.font.PDFont font = document.getPage(0).getResources().getFont(name);
        fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " not embedded"));
      }
    }

    // Text extraction alone does not show it: a built-in font keeps the letters in the text but has no glyph to
    // draw them with. Every font on the page must be the embedded DejaVu Sans.
    assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).contains("DejaVuSans").endsWith(" embedded"));
    assertThat(text).contains("Gwasanaethau Cymdeithasol ŵ ŷ", "Łódź", "Adolygiad Łódź", "Hyfforddi staff ŵ ŷ",
        "zażółć gęślą jaźń");
  }
}
