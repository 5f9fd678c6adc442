package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.plan.WordDocs.c;
import static org.reviewactions.plan.WordDocs.doc;
import static org.reviewactions.plan.WordDocs.header;
import static org.reviewactions.plan.WordDocs.row;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.reviewactions.timescale.TimescaleParser;

/**
 * A plan in seed 004's layout written in ways no developer has seen: how Word authors mark agency headings,
 * content controls, text boxes, tables in page headers, nested tables, blank rows, a title row, other
 * wordings of the headings, and fields and links that must stay text.
 */
class WordUnseenPlanTest {

  private static final WordDocs.Cell[] HEADER =
      header("RECOMMENDATION", "ACTION", "TIMESCALE", "RESPONSIBLE", "PROGRESS AS AT 1.7.06");

  /** Seed 004's layout: a recommendation, then one under an agency heading written in its cell. */
  private static WordDocs.Doc kingston(WordDocs.Cell agencyCell) {
    return doc().table(HEADER,
        row(c("3.1 Staff will record the details of fathers."), c("Record keeping audited"), c("May 2006"),
            c("Head of Service"), c("Audit done")),
        row(agencyCell, c("Checks completed"), c("June 2006"), c("Detective Inspector"), c("In place")));
  }

  private static PlanSheet sheet(byte[] docx) {
    return new PlanSheetReader().read("unseen.docx", docx);
  }

  private static DraftPlan plan(byte[] docx) {
    return new PlanInterpreter().interpret(sheet(docx));
  }

  private static void assertPoliceRecommendation(DraftPlan plan) {
    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("3.1", "4.1");
    assertThat(plan.recommendations().get(1).text()).isEqualTo("Officers will check all parties.");
    assertThat(plan.recommendations().get(1).actions()).singleElement().satisfies(a -> {
      assertThat(a.agency()).isEqualTo("Police");
      assertThat(a.description()).isEqualTo("Checks completed");
      assertThat(a.responsible()).isEqualTo("Detective Inspector");
    });
  }

  private static WordDocs.Cell policeHeading(boolean bold, boolean underline) {
    return new WordDocs.Cell(List.of(List.of(new WordDocs.Run("Police", bold, underline)),
        List.of(new WordDocs.Run("4.1 Officers will check all parties.", false, false))), 1, null, List.of());
  }

  @Test
  void anAgencyHeadingMadeBoldByCharacterFormattingNamesTheAgency() {
    assertPoliceRecommendation(plan(kingston(policeHeading(true, false)).bytes()));
  }

  @Test
  void anAgencyHeadingOnlyUnderlinedNamesTheAgency() {
    assertPoliceRecommendation(plan(kingston(policeHeading(false, true)).bytes()));
  }

  @Test
  void anAgencyHeadingInABoldParagraphStyleThatIsNotAHeadingStyleNamesTheAgency() {
    WordDocs.Doc doc = kingston(policeHeading(false, false));
    XWPFDocument document = doc.document();
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle style =
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
    style.setStyleId("AgencyName");
    style.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
    style.addNewName().setVal("Agency name");
    style.addNewBasedOn().setVal("BoldBase");
    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle base =
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
    base.setStyleId("BoldBase");
    base.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
    base.addNewRPr().addNewB();
    document.createStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(base));
    document.getStyles().addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
    document.getTables().get(0).getRow(2).getCell(0).getParagraphs().get(0).setStyle("AgencyName");

    assertPoliceRecommendation(plan(doc.bytes()));
  }

  @Test
  void aParagraphStyleThatIsNotBoldDoesNotMakeAHeading() {
    WordDocs.Doc doc = kingston(policeHeading(false, false));
    doc.document().getTables().get(0).getRow(2).getCell(0).getParagraphs().get(0).setStyle("BodyText");

    DraftPlan plan = plan(doc.bytes());

    assertThat(plan.actions()).extracting(DraftAction::agency).containsOnly("");
  }

  @Test
  void contentControlsAroundRunsParagraphsCellsAndRowsAreReadAsTheirText() {
    byte[] docx = WordXml.edit(doc().table(HEADER,
            row(c("3.1 Staff will record the details of fathers."), c("Record keeping audited"), c("May 2006"),
                c("Head of Service"), c("Audit done")),
            row(c("3.2 Managers will audit cases."), c("CELL-IN-CONTROL"), c("June 2006"), c("Head of Service"),
                c("PARAGRAPH-IN-CONTROL")),
            row(c("3.3 ROW-IN-CONTROL Leaflets will be shared."), c("Leaflet sent"), c("July 2006"), c("Head of Service"),
                c("")))
        .bytes(), xml -> {
          String out = WordXml.wrapInContentControl(xml, "ROW-IN-CONTROL", "tr");
          out = WordXml.wrapInContentControl(out, "CELL-IN-CONTROL", "tc");
          out = WordXml.wrapInContentControl(out, "PARAGRAPH-IN-CONTROL", "p");
          return WordXml.afterRun(out, "Record keeping audited", WordXml.runInContentControl(" by the named nurse"));
        });

    DraftPlan plan = plan(docx);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("3.1", "3.2", "3.3");
    assertThat(plan.actions()).extracting(DraftAction::description)
        .containsExactly("Record keeping audited by the named nurse", "CELL-IN-CONTROL", "Leaflet sent");
    assertThat(plan.actions()).extracting(DraftAction::timescale).containsExactly("May 2006", "June 2006", "July 2006");
    assertThat(plan.actions().get(1).progress()).isEqualTo("PARAGRAPH-IN-CONTROL");
  }

  @Test
  void textInTextBoxesAndShapesInACellIsKeptAsTextAndNothingBreaks() {
    byte[] docx = WordXml.edit(kingston(policeHeading(true, false)).bytes(), xml -> {
      String out = WordXml.afterRun(xml, "Checks completed", WordXml.vmlTextBox("VML box"));
      return WordXml.afterRun(out, "In place", WordXml.drawingTextBox("Shape text"));
    });

    DraftPlan plan = plan(docx);

    assertThat(plan.errors()).isEmpty();
    DraftAction action = plan.recommendations().get(1).actions().get(0);
    assertThat(action.description()).startsWith("Checks completed").doesNotContain("<");
    assertThat(action.progress()).startsWith("In place").doesNotContain("<");
  }

  @Test
  void aTableInThePageHeaderOrFooterIsNotPartOfThePlan() {
    WordDocs.Doc doc = kingston(policeHeading(true, false));
    for (var type : List.of(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)) {
      XWPFTable inHeader = doc.document().createHeader(type).createTable(2, 2);
      inHeader.getRow(0).getCell(0).setText("Recommendation");
      inHeader.getRow(0).getCell(1).setText("Action");
      inHeader.getRow(1).getCell(0).setText("9.9 From the page header");
      inHeader.getRow(1).getCell(1).setText("Never an action");
      XWPFTable inFooter = doc.document().createFooter(type).createTable(2, 2);
      inFooter.getRow(0).getCell(0).setText("Recommendation");
      inFooter.getRow(0).getCell(1).setText("Responsible");
      inFooter.getRow(1).getCell(0).setText("9.8 From the page footer");
    }

    assertPoliceRecommendation(plan(doc.bytes()));
  }

  @Test
  void aTableNestedInAPlanCellIsReadAsATableOfItsOwnAndTheRowIsUnchanged() {
    WordDocs.Cell progress = c("In place").withTable(row(c("Quarter"), c("Cases")), row(c("Q1"), c("12")));
    DraftPlan plan = plan(doc().table(HEADER,
        row(c("3.1 Staff will record the details of fathers."), c("Record keeping audited"), c("May 2006"),
            c("Head of Service"), progress)).bytes());

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.progress()).isEqualTo("In place"));
  }

  @Test
  void emptyRowsAndRowsOfOnlyWhitespaceAreSpacingNotRowsOrPageBreaks() {
    DraftPlan plan = plan(doc().table(HEADER,
        row(c(""), c(""), c(""), c(""), c("")),
        row(c("3.1 Staff will record the details of fathers."), c("Record keeping audited"), c("May 2006"),
            c("Head of Service"), c("Audit done")),
        row(c("   "), c("\u00A0"), c("\t"), c(" ", " "), c("")),
        row(c("3.2 Managers will audit cases."), c("Audit"), c("June 2006"), c("Head of Service"), c(""))).bytes());

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("3.1", "3.2");
    assertThat(plan.actions()).extracting(DraftAction::description).containsExactly("Record keeping audited", "Audit");
  }

  @Test
  void aTitleRowSpanningTheTableAboveTheHeaderRowIsNotAnAgencyNorARecommendation() {
    PlanSheet sheet = sheet(doc().table(
        row(c("Serious Case Review Child Q – Action Plan").span(5)), HEADER,
        row(c("3.1 Staff will record the details of fathers."), c("Record keeping audited"), c("May 2006"),
            c("Head of Service"), c("Audit done"))).bytes());
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("3.1");
    assertThat(plan.actions()).extracting(DraftAction::agency).containsExactly("");
    assertThat(sheet.progressAsAt()).contains("1.7.06");
  }

  @Test
  void progressHeadingsDatedInOtherWordsDateTheProgress() {
    for (String heading : List.of("PROGRESS AS AT 1 July 2006", "Progress as at 01/07/06", "Progress as at 1st July 2006")) {
      PlanSheet sheet = sheet(doc().table(header("RECOMMENDATION", "ACTION", "TIMESCALE", "RESPONSIBLE", heading),
          row(c("3.1 Staff will record fathers."), c("Audit"), c("May 2006"), c("Head of Service"), c("Done"))).bytes());

      assertThat(sheet.progressAsAt()).as(heading).isPresent();
      assertThat(new TimescaleParser().parse(sheet.progressAsAt().get(), LocalDate.of(2006, 2, 1)).dueDate()).as(heading)
          .isEqualTo(LocalDate.of(2006, 7, 1));
    }
    PlanSheet above = sheet(doc().p("Progress as at 01/07/06").table(
        header("RECOMMENDATION", "ACTION", "TIMESCALE", "RESPONSIBLE", "PROGRESS"),
        row(c("3.1 Staff will record fathers."), c("Audit"), c("May 2006"), c("Head of Service"), c("Done"))).bytes());
    assertThat(above.progressAsAt()).contains("01/07/06");
  }

  @Test
  void timescaleHeadedByWhenOrTargetDateAndResponsibleHeadedLeadOfficerOrWhoAreRead() {
    for (List<String> headings : List.of(List.of("By when", "Lead officer"), List.of("Target date", "Who"),
        List.of("Target Date", "Lead Officer"), List.of("By when?", "Who?"))) {
      DraftPlan plan = plan(doc().table(header("Recommendation", "Action", headings.get(0), headings.get(1), "Progress"),
          row(c("3.1 Staff will record fathers."), c("Audit"), c("May 2006"), c("Head of Service"), c("Done"))).bytes());

      assertThat(plan.errors()).as(headings.toString()).isEmpty();
      assertThat(plan.actions()).as(headings.toString()).singleElement().satisfies(a -> {
        assertThat(a.timescale()).isEqualTo("May 2006");
        assertThat(a.responsible()).isEqualTo("Head of Service");
      });
    }
  }

  @Test
  void externalHyperlinksAndFieldsInACellAreKeptAsTheirShownTextAndNothingIsFetched() {
    WordDocs.Doc doc = kingston(policeHeading(true, false));
    XWPFParagraph progress = doc.document().getTables().get(0).getRow(2).getCell(4).getParagraphs().get(0);
    progress.createHyperlinkRun("http://127.0.0.1:9/steal?x=1").setText(" see the report");
    byte[] docx = WordXml.edit(doc.bytes(), xml -> {
      String out = WordXml.afterRun(xml, "Checks completed",
          WordXml.field("INCLUDETEXT \"file:///etc/passwd\"", " (was included)"));
      out = WordXml.afterRun(out, "Record keeping audited",
          WordXml.field("HYPERLINK \"http://127.0.0.1:9/track\"", " (linked)"));
      return WordXml.afterRun(out, "Audit done", WordXml.simpleField("INCLUDETEXT \"\\\\\\\\evil\\\\share\\\\x.docx\"", " (shared)"));
    });

    DraftPlan plan = plan(docx);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::description)
        .containsExactly("Record keeping audited (linked)", "Checks completed (was included)");
    assertThat(plan.actions()).extracting(DraftAction::progress).containsExactly("Audit done (shared)", "In place see the report");
    assertThat(plan.actions()).allSatisfy(a -> assertThat(a.description() + a.progress())
        .doesNotContain("INCLUDETEXT", "HYPERLINK", "127.0.0.1", "passwd", "root:"));
  }
}
