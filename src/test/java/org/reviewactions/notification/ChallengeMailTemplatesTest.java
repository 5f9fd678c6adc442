package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The e-mails of agency challenges (challenge module): waiting tasks and the reminder; hostile text kept as text. */
class ChallengeMailTemplatesTest {

  private static final String HOSTILE = "<script>alert(1)</script> =HYPERLINK(\"x\")";

  private final MailTemplates templates = new MailTemplates();

  @Test
  void eachWaitingTaskSaysWhatIsAskedOfWhomWithTheConcern() {
    Map<String, Object> model = model("Thames Valley Police", "The register has stalled.");
    model.put("task", "Task_RespondToChallenge");
    MailTemplates.RenderedMail respond = templates.render("challenge-waiting", model);
    assertThat(respond.subject()).isEqualTo("[SCR Baby K] Challenge to respond to: Thames Valley Police");
    for (String part : new String[] {respond.text(), respond.html()}) {
      assertThat(part).contains("Dear Lena Lead,", "to respond by", "4 December 2026", "The register has stalled.",
          "https://tracker.test/camunda/app/tasklist/default/#/?task=1");
    }
    model.put("task", "Task_ReviewChallengeResponse");
    assertThat(templates.render("challenge-waiting", model).subject())
        .isEqualTo("[SCR Baby K] Challenge response to review: Thames Valley Police");
    model.put("task", "Task_ConsiderEscalatedChallenge");
    assertThat(templates.render("challenge-waiting", model).subject())
        .isEqualTo("[SCR Baby K] Challenge escalated to the board: Thames Valley Police");
    assertThat(templates.render("challenge-waiting", model).text()).contains("escalated to the board");
  }

  @Test
  void theReminderSaysTheResponseIsOverdueAndHostileTextStaysText() {
    MailTemplates.RenderedMail mail = templates.render("challenge-reminder", model(HOSTILE, HOSTILE));

    assertThat(mail.subject()).startsWith("[SCR Baby K] Challenge response overdue: ");
    assertThat(mail.text()).contains("was due by 4 December 2026", HOSTILE);
    assertThat(mail.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
  }

  private static Map<String, Object> model(String agency, String concern) {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", "Lena Lead");
    model.put("reviewTitle", "SCR Baby K");
    model.put("reviewRef", "BSCB-2015-01");
    model.put("board", "Buckinghamshire Safeguarding Children Board");
    model.put("agency", agency);
    model.put("concern", concern);
    model.put("responseDue", "4 December 2026");
    model.put("taskLink", "https://tracker.test/camunda/app/tasklist/default/#/?task=1");
    return model;
  }
}
