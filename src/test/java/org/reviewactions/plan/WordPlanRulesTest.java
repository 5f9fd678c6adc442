package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.plan.WordDocs.boldThenBreak;
import static org.reviewactions.plan.WordDocs.bullets;
import static org.reviewactions.plan.WordDocs.c;
import static org.reviewactions.plan.WordDocs.doc;
import static org.reviewactions.plan.WordDocs.header;
import static org.reviewactions.plan.WordDocs.headed;
import static org.reviewactions.plan.WordDocs.merged;
import static org.reviewactions.plan.WordDocs.row;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule for reading a plan the board wrote as a Word table, on a small document of its own. */
class WordPlanRulesTest {

  private static final WordDocs.Cell[] KINGSTON_HEADER =
      header("RECOMMENDATION", "ACTION", "TIMESCALE", "RESPONSIBLE", "PROGRESS AS AT 1.7.06");
  private static final String HEAD = "Directorate Head of Children's Services and Safeguarding";

  private static PlanSheet sheet(WordDocs.Doc doc) {
    return new PlanSheetReader().read("plan.docx", doc.bytes());
  }

  private static DraftPlan plan(WordDocs.Doc doc) {
    return new PlanInterpreter().interpret(sheet(doc));
  }

  @Test
  void actionTimescaleAndResponsibleWithAsManyParagraphsAreOneActionEach() {
    DraftPlan plan = plan(doc().table(KINGSTON_HEADER,
        row(c("3.3.8 ASKK will electronically flag \"dangerous adults\".",
                "As an interim measure manual records are shared."),
            c("ISA operational with necessary flagging option", "Information shared"),
            c("May 2006", "March 2006"),
            c(HEAD, "As above"),
            bullets("Manual system established", "ICS solution will identify \"Dangerous Adults\""))));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).singleElement().satisfies(rec -> {
      assertThat(rec.number()).isEqualTo("3.3.8");
      assertThat(rec.text()).isEqualTo("ASKK will electronically flag \"dangerous adults\".\n"
          + "As an interim measure manual records are shared.");
      assertThat(rec.actions()).extracting(DraftAction::description, DraftAction::timescale, DraftAction::responsible)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("ISA operational with necessary flagging option", "May 2006", HEAD),
              org.assertj.core.groups.Tuple.tuple("Information shared", "March 2006", HEAD));
      assertThat(rec.actions()).extracting(DraftAction::progress)
          .containsExactly("Manual system established", "ICS solution will identify \"Dangerous Adults\"");
    });
  }

  @Test
  void cellsWithDifferentNumbersOfParagraphsStayOneActionWithItsLinesKept() {
    DraftPlan plan = plan(doc().table(KINGSTON_HEADER,
        row(c("3.3.13 An electronic system will flag individuals."),
            c("Further training will be provided.", "See 3.3.9 (v)"),
            c("April – Sept 2006", "May 2006", "As above"),
            c(HEAD, "As above", "As above"),
            bullets("Addressed via ICS", "As above"))));

    assertThat(plan.actions()).singleElement().satisfies(a -> {
      assertThat(a.description()).isEqualTo("Further training will be provided.\nSee 3.3.9 (v)");
      assertThat(a.timescale()).isEqualTo("April – Sept 2006\nMay 2006\nAs above");
      assertThat(a.responsible()).isEqualTo(HEAD);
      assertThat(a.progress()).isEqualTo("Addressed via ICS\nAs above");
    });
  }

  @Test
  void oneResponsibleForSeveralActionsIsResponsibleForEach() {
    DraftPlan plan = plan(doc().table(KINGSTON_HEADER,
        row(c("3.7.3 GPs are to be reminded of their duties."),
            c("Recent policies have addressed these issues.", "The PCT to provide an education programme."),
            c("Ongoing", "Sept 2006 and then ongoing"),
            c("PCT Board Director"),
            c(""))));

    assertThat(plan.actions()).extracting(DraftAction::timescale).containsExactly("Ongoing", "Sept 2006 and then ongoing");
    assertThat(plan.actions()).extracting(DraftAction::responsible).containsOnly("PCT Board Director");
  }

  @Test
  void asAboveAsAnActionOrTimescaleTakesTheOneAbove() {
    DraftPlan plan = plan(doc().table(KINGSTON_HEADER,
        row(c("3.3.15 Interim arrangements are in place."),
            c("ASKK will provide training for Housing Officers", "As above"),
            c("April 2006", "As above"),
            c(HEAD, "Head of Housing"),
            c("")),
        row(c("3.3.16 Another recommendation."), c("As above"), c("As above"), c("As above"), c(""))));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::description).containsOnly("ASKK will provide training for Housing Officers");
    assertThat(plan.actions()).extracting(DraftAction::timescale).containsOnly("April 2006");
    assertThat(plan.actions()).extracting(DraftAction::responsible).containsExactly(HEAD, "Head of Housing", "Head of Housing");
  }

  @Test
  void anActionThatOnlyReferToAnotherRecommendationIsNotADuplicateAndThePreviewSaysSo() {
    PlanSheet sheet = sheet(doc().table(KINGSTON_HEADER,
        row(c("3.3.9 v. An electronic system will identify dangerous adults."), c("Complete negotiations with ISA provider."),
            c("May 2006"), c(HEAD), c("Addressed via ICS")),
        row(c("3.3.15 Interim arrangements are in place."),
            c("Joint protocol to be revised", "See 3.3.9 (v)", "ASKK training for Housing Officers"),
            c("March – Sept 2006", "May 2006", "April 2006"),
            c(HEAD, HEAD, HEAD),
            c("All cases considered", "LL ICS system now due Oct/Nov 2006", "ASKK Training complete"))));
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("3.3.9 v", "3.3.15");
    DraftRecommendation interim = plan.recommendations().get(1);
    assertThat(interim.actions()).extracting(DraftAction::description)
        .containsExactly("Joint protocol to be revised\nSee 3.3.9 (v)", "ASKK training for Housing Officers");
    assertThat(interim.actions().get(0).progress()).isEqualTo("All cases considered\nLL ICS system now due Oct/Nov 2006");
    assertThat(plan.actions()).noneMatch(a -> a.description().equals("See 3.3.9 (v)"));
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n)
        .contains("\"See 3.3.9 (v)\" refers to the action of recommendation 3.3.9 v").contains("not made a second action")
        .contains("May 2006"));
  }

  @Test
  void aReferenceToANumberThePlanDoesNotHaveIsKeptAsAnAction() {
    PlanSheet sheet = sheet(doc().table(KINGSTON_HEADER,
        row(c("4.1 Share information."), c("Policy written", "See 9.9"), c("May 2006", "June 2006"), c(HEAD, HEAD), c(""))));

    assertThat(new PlanInterpreter().interpret(sheet).actions()).extracting(DraftAction::description)
        .containsExactly("Policy written", "See 9.9");
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("\"See 9.9\" names no recommendation of this plan"));
  }

  @Test
  void aBoldOrUnderlinedHeadingInTheRecommendationCellSetsTheAgencyOfTheRowsBelow() {
    PlanSheet sheet = sheet(doc().table(KINGSTON_HEADER,
        row(boldThenBreak("LSCB", "In addition the LSCB makes the following recommendation:"), c(""), c(""), c(""), c("")),
        row(c("LSCB will disseminate the executive summary."), c("Summary written"), c("March 2006"), c("LSCB members"), c("")),
        row(c("The LSCB will run a training programme."), c("Training"), c("April 2006"), c("Training Sub-Group"), c("")),
        row(headed("Children's Services RBK", "3.3 The management report identified the following areas for action:",
                "3.3.1 Staff shortages were prevalent."),
            c("Recruitment Strategy"), c("April 2003 – Dec 2005"), c(HEAD), c("")),
        row(c("3.3.4 The division restructured."), c("Improved Monitoring"), c("December 2006"), c("As above"), c("")),
        row(headed("Police:", "3.5.5 Police will investigate all incidents."), c("Current policy"), c("March 2006"),
            c("Command Policy Unit"), c(""))));
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number)
        .containsExactly("LSCB 1", "LSCB 2", "3.3.1", "3.3.4", "3.5.5");
    assertThat(plan.actions()).extracting(DraftAction::agency)
        .containsExactly("LSCB", "LSCB", "Children's Services RBK", "Children's Services RBK", "Police");
    assertThat(plan.recommendations().get(2).text()).isEqualTo("Staff shortages were prevalent.");
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("the heading \"Police\" names the agency"));
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("introduces the recommendations below; it is not one"));
  }

  @Test
  void aRowSpanningTheTableOrABoldHeadingBetweenTablesNamesTheAgencyOfTheRowsBelow() {
    PlanSheet sheet = sheet(doc()
        .table(KINGSTON_HEADER,
            row(c("Police").span(5)),
            row(c("3.5.1 Fund the worker."), c("Funding"), c("May 2006"), c("Borough Commander"), c("")),
            row(c("The recommendations below were made by the hospital's own review and accepted by the board.").span(5)))
        .boldP("Action plan (continued)")
        .table(KINGSTON_HEADER, row(c("3.5.2 Register reports."), c("System"), c("March 2006"), c("DI"), c("")))
        .boldP("Kingston Hospital")
        .table(KINGSTON_HEADER, row(c("3.6.1 Review policies."), c("Policies reviewed"), c("April 2006"),
            c("Director of Nursing"), c(""))));
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("3.5.1", "3.5.2", "3.6.1");
    assertThat(plan.actions()).extracting(DraftAction::agency).containsExactly("Police", "Police", "Kingston Hospital");
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("spans the table and is read as a heading"));
  }

  @Test
  void aShortRecommendationWrittenInBoldBesideItsActionsIsARecommendationNotAHeading() {
    DraftPlan plan = plan(doc().table(KINGSTON_HEADER,
        row(WordDocs.bold("Safer recruitment"), c("Checks audited"), c("May 2006"), c("Head of HR"), c(""))));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).singleElement().satisfies(rec -> {
      assertThat(rec.text()).isEqualTo("Safer recruitment");
      assertThat(rec.actions()).extracting(DraftAction::agency).containsOnly("");
    });
  }

  @Test
  void anAgencyColumnTheBoardFilledInWinsOverTheHeading() {
    DraftPlan plan = plan(doc().table(header("Recommendation", "Action", "Timescale", "Responsible", "Agency"),
        row(headed("Police", "3.5.1 Fund the worker."), c("Funding"), c("May 2006"), c("Borough Commander"),
            c("Kingston Police")),
        row(c("3.5.2 Register reports."), c("System"), c("March 2006"), c("DI"), c(""))));

    assertThat(plan.actions()).extracting(DraftAction::agency).containsExactly("Kingston Police", "Police");
  }

  @Test
  void theProgressHeadingsDateIsTheDateOfEveryRowsProgress() {
    PlanSheet inHeader = sheet(doc().table(KINGSTON_HEADER,
        row(c("1.1 Share."), c("Shared"), c("May 2006"), c(HEAD), c("Done"))));
    PlanSheet aboveTable = sheet(doc().boldP("PROGRESS AS AT 1.7.06").table(
        header("Recommendation", "Action", "Timescale", "Responsible", "Progress"),
        row(c("1.1 Share."), c("Shared"), c("May 2006"), c(HEAD), c("Done"))));

    assertThat(inHeader.progressAsAt()).contains("1.7.06");
    assertThat(aboveTable.progressAsAt()).contains("1.7.06");
    assertThat(aboveTable.notes()).anySatisfy(n -> assertThat(n).contains("\"PROGRESS AS AT 1.7.06\" above the plan dates its progress"));
  }

  @Test
  void aVerticallyMergedCellFillsEveryRowItSpans() {
    DraftPlan plan = plan(doc().table(KINGSTON_HEADER,
        row(c("2.1 Train staff."), c("Course written"), c("May 2006"), c("Training Manager").mergeStart(), c("")),
        row(c(""), c("Course run"), c("June 2006"), merged(), c("")),
        row(c("2.2 Audit files."), c("Audit"), c("July 2006"), merged(), c(""))));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::responsible).containsOnly("Training Manager");
    assertThat(plan.recommendations().get(0).actions()).hasSize(2);
  }

  @Test
  void aRecommendationCellMergedDownOverItsActionsIsOneRecommendation() {
    DraftPlan plan = plan(doc().table(KINGSTON_HEADER,
        row(headed("LSCB", "The LSCB will run a training programme.").mergeStart(), c("Programme written"),
            c("April 2006"), c("Training Sub-Group"), c("")),
        row(merged(), c("Numbers trained counted"), c("September 2006"), c("Training Sub-Group"), c(""))));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).singleElement().satisfies(rec -> {
      assertThat(rec.number()).isEqualTo("LSCB 1");
      assertThat(rec.text()).isEqualTo("The LSCB will run a training programme.");
      assertThat(rec.actions()).extracting(DraftAction::description)
          .containsExactly("Programme written", "Numbers trained counted");
      assertThat(rec.actions()).extracting(DraftAction::agency).containsOnly("LSCB");
    });
  }

  @Test
  void oneActionBesideTwoTimescalesAndTwoOfficersIsTheSecondActionTheRecommendationItselfTheFirst() {
    PlanSheet sheet = sheet(doc().table(KINGSTON_HEADER,
        row(WordDocs.bold("Police", "3.5.1 Fund the Domestic Violence worker.", "3.5.2 Register doctors' reports."),
            c("System in place"), c("September 2006", "March 2006"),
            c("Borough Commander Kingston Police", "Detective Inspector Child Abuse Investigation Team"),
            WordDocs.bullets("Full time worker in place", "System in place"))));
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    // Two numbered paragraphs for two actions: each recommendation takes its own, in order.
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("3.5.1", "3.5.2");
    assertThat(plan.actions()).extracting(DraftAction::description)
        .containsExactly("Fund the Domestic Violence worker.", "System in place");
    assertThat(plan.actions()).extracting(DraftAction::timescale).containsExactly("September 2006", "March 2006");
    assertThat(plan.actions()).extracting(DraftAction::responsible)
        .containsExactly("Borough Commander Kingston Police", "Detective Inspector Child Abuse Investigation Team");
    assertThat(plan.actions()).extracting(DraftAction::progress).containsExactly("Full time worker in place", "System in place");
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("the first being the recommendation itself. Check them."));
  }

  @Test
  void eachNumberedParagraphOfARecommendationCellIsARecommendationAndTheFirstCarriesASingleAction() {
    PlanSheet sheet = sheet(doc().table(KINGSTON_HEADER,
        row(c("3.3.1 Staff shortages were prevalent.", "3.3.2 A recruitment strategy was introduced.",
                "a) Trainee scheme", "3.3.3 Managers were temporary."),
            c("Recruitment Strategy"), c("April 2003 – Dec 2005"), c(HEAD), c("Posts filled"))));
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number, DraftRecommendation::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("3.3.1", "Staff shortages were prevalent."),
        org.assertj.core.groups.Tuple.tuple("3.3.2", "A recruitment strategy was introduced.\na) Trainee scheme"),
        org.assertj.core.groups.Tuple.tuple("3.3.3", "Managers were temporary."));
    assertThat(plan.actions()).extracting(DraftAction::description, DraftAction::timescale, DraftAction::responsible,
        DraftAction::progress).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Recruitment Strategy", "April 2003 – Dec 2005", HEAD, "Posts filled"),
        org.assertj.core.groups.Tuple.tuple("See 3.3.1", "April 2003 – Dec 2005", HEAD, ""),
        org.assertj.core.groups.Tuple.tuple("See 3.3.1", "April 2003 – Dec 2005", HEAD, ""));
  }

  @Test
  void aHeadingSpanningTheNumberAndTextColumnsReadsBothAndARowSpanningColumnsIsNotShifted() {
    DraftPlan plan = plan(doc().table(
        row(c("Recommendation").span(2), c("Action"), c("Timescale"), c("Responsible")),
        row(c("3.3.9"), c("i. Training will highlight vulnerability."), c("Training programme"), c("April 2006"), c(HEAD)),
        row(c("ii."), c("The audit process will be reviewed."), c("Monthly audit"), c("January 2006"), c("As above.")),
        row(c("3.4.1 A joint protocol.").span(2), c("Protocol developed"), c("Sept 2006"), c("Head of Housing"))));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("3.3.9 i", "3.3.9 ii", "3.4.1");
    assertThat(plan.recommendations()).extracting(DraftRecommendation::text).containsExactly(
        "Training will highlight vulnerability.", "The audit process will be reviewed.", "A joint protocol.");
    assertThat(plan.actions()).extracting(DraftAction::responsible).containsExactly(HEAD, HEAD, "Head of Housing");
  }

  @Test
  void aPlanSplitIntoTablesWithTheHeaderRepeatedOrLeftOffIsOnePlan() {
    PlanSheet sheet = sheet(doc()
        .p("Serious Case Review Baby A – Action Plan")
        .table(KINGSTON_HEADER, row(c("1.1 First."), c("A"), c("May 2006"), c(HEAD), c("")))
        .p("")
        .table(KINGSTON_HEADER, row(c("1.2 Second."), c("B"), c("June 2006"), c(HEAD), c("")))
        .table(row(c("1.3 Third, on a page without the header."), c("C"), c("July 2006"), c(HEAD), c("")))
        .table(row(c("ii."), c("1.4 Numbers in their own column."), c("D"), c("August 2006"), c(HEAD), c(""))));
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("1.1", "1.2", "1.3", "ii");
    assertThat(plan.actions()).extracting(DraftAction::description).containsExactly("A", "B", "C", "D");
  }

  @Test
  void aRowBrokenAcrossAPageIsJoinedToTheRowAbove() {
    DraftPlan plan = plan(doc()
        .table(KINGSTON_HEADER, row(c("3.7.4 A reminder to all GPs of their duties under \u201cWorking Together to"),
            c("The PCT to provide an education programme on"), c("Sept 2006"), c("PCT Board Director"),
            bullets("Audit of GP practices has been")))
        .table(row(c("Safeguard Children\u201d."), c("domestic violence."), c(""), c(""), c("completed"))));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).singleElement().satisfies(rec -> {
      assertThat(rec.text()).isEqualTo("A reminder to all GPs of their duties under \u201cWorking Together to Safeguard Children\u201d.");
      assertThat(rec.actions()).singleElement().satisfies(a -> {
        assertThat(a.description()).isEqualTo("The PCT to provide an education programme on domestic violence.");
        assertThat(a.progress()).isEqualTo("Audit of GP practices has been completed");
      });
    });
  }

  @Test
  void tablesWhoseHeadingsAreNotAPlansAreLeftOutAndThePreviewSaysSo() {
    PlanSheet sheet = sheet(doc()
        .table(header("Term", "Meaning"), row(c("MAPPA"), c("Multi-Agency Public Protection Arrangements")))
        .table(KINGSTON_HEADER, row(c("1.1 Share."), c("Shared"), c("May 2006"), c(HEAD), c("")))
        .table(header("Member", "Agency represented"), row(c("Duncan Clark"), c("Chair"))));

    assertThat(new PlanInterpreter().interpret(sheet).actions()).extracting(DraftAction::description).containsExactly("Shared");
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).startsWith("Table 1 (first row \"Term\", \"Meaning\") was not read"))
        .anySatisfy(n -> assertThat(n).startsWith("Table 3 (first row \"Member\", \"Agency represented\") was not read"));
  }

  @Test
  void aPlanTableInsideALayoutTableIsFound() {
    DraftPlan plan = plan(doc().table(row(c("Action plan").withTable(KINGSTON_HEADER,
        row(c("1.1 Nested."), c("Found"), c("May 2006"), c(HEAD), c(""))))));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::description).containsExactly("Found");
  }

  @Test
  void aPlanTableInsideAContentControlIsFound() {
    DraftPlan plan = plan(doc().p("Template").tableInContentControl(KINGSTON_HEADER,
        row(c("1.1 In a control."), c("Found"), c("May 2006"), c(HEAD), c(""))));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::description).containsExactly("Found");
  }

  @Test
  void paragraphsLineBreaksAndBulletsAreKeptAsLines() {
    DraftPlan plan = plan(doc().table(KINGSTON_HEADER,
        row(c("1.1 Disseminate the summary\nto all staff."),
            bullets("Executive Summary written", "Action Plan written"), c("March – Sept 2006"), c("LSCB agency members"),
            bullets("Summary sent", "Report approved"))));

    assertThat(plan.recommendations().get(0).text()).isEqualTo("Disseminate the summary\nto all staff.");
    assertThat(plan.actions()).singleElement().satisfies(a -> {
      assertThat(a.description()).isEqualTo("Executive Summary written\nAction Plan written");
      assertThat(a.progress()).isEqualTo("Summary sent\nReport approved");
    });
  }

  @Test
  void aDocumentWithoutAPlanTableIsRefusedSayingSo() {
    PlanSheet none = sheet(doc().p("Minutes of the board meeting."));
    PlanSheet glossary = sheet(doc().table(header("Term", "Meaning"), row(c("ACPC"), c("Area Child Protection Committee"))));

    assertThat(none.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .startsWith("No action plan table found: the document \"plan.docx\" has no tables."));
    assertThat(glossary.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("has 1 table, none of them headed as a plan"));
  }

  @Test
  void textDeletedInTrackedChangesOrHiddenIsNotReadAndInsertedTextIs() {
    byte[] plain = doc().table(KINGSTON_HEADER,
        row(c("1.1 Share."), c("Shared"), c("WHEN_HERE"), c("WHO_HERE"), c(""))).bytes();
    byte[] changed = WordDocsHostile.rewrite(plain, "word/document.xml", xml -> xml
        .replaceAll("<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t>WHEN_HERE</w:t></w:r>",
            "<w:del w:id=\"1\" w:author=\"x\"><w:r><w:delText>May 2006</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"x\"><w:r><w:t>June 2006</w:t></w:r></w:ins>")
        .replaceAll("<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?<w:t>WHO_HERE</w:t></w:r>",
            "<w:r><w:t>Head of Service</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> (not Jo Bloggs)</w:t></w:r>"));

    DraftPlan plan = new PlanInterpreter().interpret(new PlanSheetReader().read("plan.docx", changed));

    assertThat(plan.actions()).singleElement().satisfies(a -> {
      assertThat(a.timescale()).isEqualTo("June 2006");
      assertThat(a.responsible()).isEqualTo("Head of Service");
    });
  }

  @Test
  void hostileTextInACellIsKeptAsText() {
    DraftPlan plan = plan(doc().table(KINGSTON_HEADER,
        row(c("1.1 <script>alert('x')</script>"), c("<img src=x onerror=alert(1)>"), c("May 2006"), c(HEAD), c(""))));

    assertThat(plan.recommendations().get(0).text()).isEqualTo("<script>alert('x')</script>");
    assertThat(plan.actions().get(0).description()).isEqualTo("<img src=x onerror=alert(1)>");
  }


}
