package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The e-mails of agency progress statements (statement module): late, waiting; hostile text kept as text. */
class StatementMailTemplatesTest {

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

  @Test
  void aReturnedStatementsMailCarriesTheChairsCommentAsText() {
    Map<String, Object> model = model("Thames Valley Police");
    model.put("step", "returned");
    model.put("returnComment", "Add the figures <b>now</b>");
    MailTemplates.RenderedMail mail = templates.render("statement-waiting", model);

    assertThat(mail.subject()).isEqualTo("[SCR Baby K] Agency progress statement returned: Thames Valley Police");
    assertThat(mail.text()).contains("with this comment:", "Add the figures <b>now</b>", "Please write it again by 31 March 2027");
    assertThat(mail.html()).contains("Add the figures &lt;b&gt;now&lt;/b&gt;").doesNotContain("<b>now");
  }

  @Test
  void theLeadsAreAskedToWriteAndTheChairsToApprove() {
    Map<String, Object> model = model("Thames Valley Police");
    model.put("step", "write");
    assertThat(templates.render("statement-waiting", model).subject())
        .isEqualTo("[SCR Baby K] Agency progress statement to write: Thames Valley Police");
    assertThat(templates.render("statement-waiting", model).text()).contains("to write your agency's statement by 31 March 2027");
    model.put("step", "review");
    assertThat(templates.render("statement-waiting", model).subject())
        .isEqualTo("[SCR Baby K] Agency progress statement to approve: Thames Valley Police");
    assertThat(templates.render("statement-waiting", model).text()).contains("waits for a chair of the monitoring sub-group");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"statement-late", "statement-waiting"})
  void theHtmlPartsWriteNoUnescapedData(String kind) throws java.io.IOException {
    assertThat(source(kind + ".html")).contains("th:text").doesNotContain("th:utext", "[(", "[[", "th:inline", "<style");
    assertThat(source(kind + ".txt")).doesNotContain("[[");
    assertThat(source(kind + "-subject.txt")).contains("th:utext").doesNotContain("[[");
  }

  private String source(String template) throws java.io.IOException {
    try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(MailTemplates.PREFIX + template)) {
      assertThat(in).as(template).isNotNull();
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
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
