package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The e-mail of a late agency progress statement (statement module), with hostile names kept as text. */
class StatementLateMailTemplateTest {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void saysWhoseStatementIsLateSinceWhenAndLinksToTheTask() {
    MailTemplates.RenderedMail mail = templates.render("statement-late", model("Thames Valley Police"));

    assertThat(mail.subject()).isEqualTo("[SCR Baby K] Agency progress statement overdue: Thames Valley Police");
    for (String part : new String[] {mail.text(), mail.html()}) {
      assertThat(part).contains("Dear Lena Lead,", "Thames Valley Police", "SCR Baby K", "BSCB-2015-01",
          "was due by", "31 March 2027", "Buckinghamshire Safeguarding Children Board", "https://tracker.test/camunda/app/tasklist/default/#/?task=1");
    }
  }

  @Test
  void aHostileAgencyNameIsTextInTheHtmlPart() {
    MailTemplates.RenderedMail mail = templates.render("statement-late", model("<script>alert(1)</script> =HYPERLINK(\"x\")"));

    assertThat(mail.html()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    assertThat(mail.text()).contains("<script>alert(1)</script> =HYPERLINK(\"x\")");
  }

  private static Map<String, Object> model(String agency) {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", "Lena Lead");
    model.put("reviewTitle", "SCR Baby K");
    model.put("reviewRef", "BSCB-2015-01");
    model.put("board", "Buckinghamshire Safeguarding Children Board");
    model.put("agency", agency);
    model.put("deadline", "31 March 2027");
    model.put("taskLink", "https://tracker.test/camunda/app/tasklist/default/#/?task=1");
    return model;
  }
}
