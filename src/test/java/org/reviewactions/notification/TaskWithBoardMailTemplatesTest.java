package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.notification.MailTemplatesTest.visibleText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The e-mail that takes a task still open a second period after its deadline to the board ("task-with-board"). */
class TaskWithBoardMailTemplatesTest {

  private static final String KIND = "task-with-board";
  private final MailTemplates templates = new MailTemplates();

  private static Map<String, Object> model() {
    Map<String, Object> model = MailFixtures.assignmentModel();
    model.put("recipientName", "Margaret Hill");
    model.put("taskName", "Verify evidence");
    model.put("taskDue", "Monday 16 March 2026");
    return model;
  }

  private static List<String> parts(MailTemplates.RenderedMail mail) {
    return List.of(mail.text().replaceAll("\\s+", " "), visibleText(mail.html()));
  }

  @Test
  void tellsTheBoardTheTaskIsNowItsOwnWithTheDeadlineTheActionAndTheLink() {
    MailTemplates.RenderedMail mail = templates.render(KIND, model());

    assertThat(mail.subject()).isEqualTo(
        "[SCR Baby A] Overdue task now with the board: Verify evidence for Audit health visitor records for completeness and report to…");
    for (String part : parts(mail)) {
      assertThat(part)
          .contains("Dear Margaret Hill,")
          .contains("The task “Verify evidence” on an action from SCR Baby A")
          .contains("was due by Monday 16 March 2026 and is still waiting, a second period after its deadline")
          .contains("The sub-group chair was told when it became overdue")
          .contains("It now goes to the board (Kingston LSCB)")
          .contains("the board may now do the task itself")
          .contains("The task is Red")
          .contains("Audit health visitor records for completeness and report to the LSCB.")
          .doesNotContain("second reminder", "null");
    }
    assertThat(mail.text()).contains(MailFixtures.TASK_LINK);
    assertThat(mail.html()).contains("href=\"" + MailFixtures.TASK_LINK + "\"");
    assertThat(mail.html().split("<a ", -1)).hasSize(2);
  }

  @Test
  void theBoardsOwnTaskTellsTheBoardAgainWithoutHandingItOver() {
    Map<String, Object> model = model();
    model.put("taskName", "Board challenge");
    model.put("again", "true");

    MailTemplates.RenderedMail mail = templates.render(KIND, model);

    assertThat(mail.subject()).startsWith("[SCR Baby A] Still overdue, with the board: Board challenge for ");
    for (String part : parts(mail)) {
      assertThat(part)
          .contains("task “Board challenge” on an action from SCR Baby A")
          .contains("a second period after its deadline")
          .contains("The board was told when it became overdue")
          .contains("second reminder")
          .doesNotContain("It now goes to the board", "may now do the task itself");
    }
  }

  @Test
  void aRecommendationsTaskSaysWhichRecommendationAndShowsNoAction() {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", "Margaret Hill");
    model.put("taskName", "Confirm recommendation implemented");
    model.put("taskDue", "Monday 28 December 2026");
    model.put("reviewTitle", "SCR Baby A");
    model.put("about", "recommendation 3.3.9 ii");
    model.put("taskLink", MailFixtures.TASK_LINK);

    for (String kind : List.of(KIND, "task-overdue")) {
      MailTemplates.RenderedMail mail = templates.render(kind, model);
      assertThat(mail.subject()).as(kind).startsWith("[SCR Baby A] ").endsWith("Confirm recommendation implemented for recommendation 3.3.9 ii");
      for (String part : parts(mail)) {
        assertThat(part).as(kind)
            .contains("The task “Confirm recommendation implemented” on recommendation 3.3.9 ii from SCR Baby A was due by Monday 28 December 2026")
            .doesNotContain("THE ACTION", "The action", "on an action", "null");
      }
      assertThat(mail.text()).as(kind).contains(MailFixtures.TASK_LINK);
    }
  }

  @Test
  void hostileValuesAreEscapedInHtmlAndNeverEvaluated() {
    Map<String, Object> model = model();
    model.put("taskName", "<script>alert(1)</script>${7*7}");

    MailTemplates.RenderedMail mail = templates.render(KIND, model);

    assertThat(mail.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;${7*7}").doesNotContain("<script", "49");
    assertThat(mail.text()).contains("<script>alert(1)</script>${7*7}").doesNotContain("49");
  }

  @Test
  void rendersWithNothingKnown() {
    Map<String, Object> model = new HashMap<>();
    model.put("reviewTitle", "  ");

    MailTemplates.RenderedMail mail = templates.render(KIND, model);

    assertThat(mail.subject()).startsWith("[Case review] ").doesNotContain("null");
    assertThat(mail.text()).startsWith("Dear colleague,").contains("Sign in to Tasklist").doesNotContain("null", "${", " .", " ,", "()");
    assertThat(mail.html()).doesNotContain("null", "<a ");
  }

  @Test
  void htmlTemplateNeverWritesUnescapedData() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/templates/mail/" + KIND + ".html")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("th:text").doesNotContain("th:utext", "[(", "[[");
    }
  }
}
