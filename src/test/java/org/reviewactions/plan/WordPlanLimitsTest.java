package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.plan.WordDocs.c;
import static org.reviewactions.plan.WordDocs.doc;
import static org.reviewactions.plan.WordDocs.header;
import static org.reviewactions.plan.WordDocs.row;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A Word document is read within the same limits as a workbook, and what could run or hide is never opened. */
class WordPlanLimitsTest {

  private static WordDocs.Doc plan() {
    return doc().table(header("Recommendation", "Action", "Timescale", "Responsible"),
        row(c("1.1 Share information."), c("Policy written"), c("May 2006"), c("Head of Service")));
  }

  private static PlanSheet read(String name, byte[] content) {
    return new PlanSheetReader().read(name, content);
  }

  @Test
  void aMacroEnabledDocumentIsRefusedByItsNameUnread() {
    PlanSheet sheet = read("plan.docm", plan().bytes());

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("\"plan.docm\" is a macro-enabled Word document (.docm").contains("macros never run")
        .contains("Save the plan as a plain Word document (.docx)"));
  }

  @Test
  void aDocxCarryingAVbaProjectIsRefusedAsMacroEnabled() {
    PlanSheet sheet = read("plan.docx", WordDocsHostile.withVbaProject(plan()));

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("macro-enabled"));
  }

  @Test
  void aDocxWhoseContentTypesDeclareAMacroEnabledDocumentIsRefused() {
    PlanSheet sheet = read("plan.docx", WordDocsHostile.declaredMacroEnabled(plan().bytes()));

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("macro-enabled"));
  }

  @Test
  void anEmbeddedObjectIsIgnoredAndOnlyTheTablesTextIsRead() {
    DraftPlan plan = new PlanInterpreter().interpret(read("plan.docx", WordDocsHostile.withEmbeddedObject(plan())));

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::description).containsExactly("Policy written");
  }

  @Test
  void aWord97DocumentOrAFileThatIsNotADocxIsRefusedNamingTheFormat() {
    assertThat(read("plan.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("Word 97-2003 documents (.doc) cannot be read; save the plan as .docx"));
    assertThat(read("plan.docx", "Rec No,Recommendation".getBytes()).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("is named .docx but is not a Word document"));
    assertThat(read("plan.docx", LargePlans.xlsx(3)).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("is named .docx but is not a Word document"));
  }

  @Test
  void aDocumentThatExpandsBeyondTheUncompressedLimitIsRefusedNamingIt() {
    ImportLimits small = new ImportLimits(DataSize.ofMegabytes(5), 1000, 50, 32767, DataSize.ofKilobytes(64), 1000, 0.01,
        LocalDate.of(1990, 1, 1), 10, Duration.ofMinutes(2));
    byte[] big = doc().p("x".repeat(200_000)).table(header("Recommendation", "Action"), row(c("1.1 A."), c("B"))).bytes();

    PlanSheet sheet = new PlanSheetReader(small).read("big.docx", big);

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("The document \"big.docx\" expands to more than 64 KB").contains("rat.import.max-uncompressed-size"));
  }

  @Test
  void aDocumentWhoseTextIsMoreThanAFifthOfTheUncompressedLimitIsRefusedBeforeItIsHeldInMemory() {
    ImportLimits small = new ImportLimits(DataSize.ofMegabytes(5), 1000, 50, 32767, DataSize.ofMegabytes(1), 1000, 0.001,
        LocalDate.of(1990, 1, 1), 10, Duration.ofMinutes(2));
    java.util.Random random = new java.util.Random(1);
    StringBuilder text = new StringBuilder();
    while (text.length() < 300_000) {
      text.append(Integer.toString(random.nextInt(1_000_000), 36)).append(' ');
    }
    byte[] wordy = doc().p(text.toString()).table(header("Recommendation", "Action"), row(c("1.1 A."), c("B"))).bytes();

    PlanSheet sheet = new PlanSheetReader(small).read("wordy.docx", wordy);

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("The text of the document \"wordy.docx\" is more than 204 KB").contains("rat.import.max-uncompressed-size"));
  }

  @Test
  void aDocumentCompressedFurtherThanTheInflateRatioIsRefusedAsAPossibleZipBomb() {
    byte[] bomb = doc().p("x".repeat(2_000_000)).table(header("Recommendation", "Action"), row(c("1.1 A."), c("B"))).bytes();

    PlanSheet sheet = read("bomb.docx", bomb);

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("of the document \"bomb.docx\"").contains("zip bombs"));
  }

  @Test
  void aDocumentWithMoreTableRowsThanTheLimitIsRefusedNamingIt() {
    WordDocs.Cell[][] rows = new WordDocs.Cell[1_101][];
    rows[0] = header("Recommendation", "Action", "Timescale", "Responsible");
    for (int i = 1; i < rows.length; i++) {
      rows[i] = row(c("1." + i + " Rec"), c("Act"), c("May 2006"), c("Head"));
    }

    PlanSheet sheet = read("long.docx", doc().table(rows).bytes());

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("more than 1,000 rows")
        .contains("rat.import.max-rows"));
  }

  @Test
  void aPasswordProtectedDocumentIsRefusedSayingSoAndHowToRemoveThePassword() {
    PlanSheet sheet = read("plan.docx", WordDocsHostile.passwordProtected(plan().bytes(), "secret"));

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("\"plan.docx\" is password-protected (encrypted)").contains("cannot be read")
        .contains("remove the password"));
  }

  @Test
  void aWord97DocumentRenamedDocxIsRefusedNamingWhatItIs() {
    PlanSheet sheet = read("plan.docx", WordDocsHostile.word97());

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("\"plan.docx\" is a Word 97-2003 document (.doc) named .docx")
        .contains("save it as a Word Document (.docx)"));
  }

  @Test
  void aDocumentInflatingAThousandfoldIsRefusedWithTheDefaultLimitsBeforePoiOpensIt() {
    PlanSheet sheet = read("bomb.docx", WordDocsHostile.inflating(60));

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("of the document \"bomb.docx\" expands from").contains("possible zip bombs"));
  }
}
