package org.reviewactions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  @Test
  void assignmentRendersSubjectTextAndHtmlFromTheModel() {
    MailTemplates.RenderedMail mail = templates.render("assignment", MailFixtures.assignmentModel());

    assertThat(mail.subject()).isEqualTo("[SCR Baby A] Action assigned to you: Audit health visitor records for completeness and report to…");
    for (String part : new String[] {mail.text(), visibleText(mail.html())}) {
      assertThat(part)
          .contains("Dear Jane Okafor,")
          .contains("SCR Baby A")
          .contains("KLSCB-2006-01")
          .contains("Kingston LSCB")
          .contains("Audit health visitor records for completeness and report to the LSCB.")
          .contains("recommendation 3.3.9 ii")
          .contains("health visitors record every contact with the family")
          .contains("Health records show the whole picture")
          .contains("Kingston Primary Care Trust")
          .contains("Friday 12 March 2027")
          .contains("March – Sept 2006")
          .contains("so that children are safer")
          .contains("Open the task in Tasklist");
    }
    assertThat(mail.text()).contains(MailFixtures.TASK_LINK);
    assertThat(mail.html()).contains("href=\"" + MailFixtures.TASK_LINK + "\"");
  }

  @Test
  void evidenceRejectedRendersReasonVerifierAndNextStep() {
    MailTemplates.RenderedMail mail = templates.render("evidence-rejected", MailFixtures.rejectionModel());

    assertThat(mail.subject()).isEqualTo("[SCR Baby A] Evidence returned: Audit health visitor records for completeness and report to…");
    for (String part : new String[] {mail.text(), visibleText(mail.html())}) {
      assertThat(part)
          .contains("Dear Jane Okafor,")
          .contains("Sam Patel has looked at the evidence")
          .contains("please include all three localities")
          .contains("submit the evidence again")
          .contains("Audit health visitor records for completeness")
          .contains("recommendation 3.3.9 ii")
          .contains("Friday 12 March 2027")
          .contains("so that children are safer")
          .contains("Open the task in Tasklist");
    }
    assertThat(mail.html()).contains("href=\"" + MailFixtures.TASK_LINK + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assignment", "evidence-rejected"})
  void htmlHasExactlyOneLinkAndNoExternalResources(String kind) {
    String html = templates.render(kind, MailFixtures.rejectionModel()).html();

    assertThat(html.split("<a ", -1)).hasSize(2);
    assertThat(html).doesNotContain("<img", "<script", "<link", "src=", "url(", "th:text", "xmlns:th");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assignment", "evidence-rejected"})
  void hostileTextIsEscapedInHtmlAndNeverEvaluated(String kind) {
    Map<String, Object> model = MailFixtures.rejectionModel();
    model.put("recommendationText", "<script>alert('x')</script> ${7*7}");
    model.put("actionDescription", "<img src=x onerror=alert(1)> [[${7*7}]] __${7*7}__");
    model.put("reason", "<b>bold</b> & *{7*7} [(${T(java.lang.Runtime).getRuntime()})]");
    model.put("actionShort", "${7*7} <script>");

    MailTemplates.RenderedMail mail = templates.render(kind, model);

    assertThat(mail.html())
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; ${7*7}")
        .contains("&lt;img src=x onerror=alert(1)&gt; [[${7*7}]] __${7*7}__")
        .doesNotContain("<script", "<img", "<b>", "49", "java.lang.Runtime@", "Process");
    // Plain text is not HTML: it shows the text as written, still never evaluated.
    assertThat(mail.text())
        .contains("<script>alert('x')</script> ${7*7}")
        .contains("<img src=x onerror=alert(1)> [[${7*7}]] __${7*7}__")
        .doesNotContain("49", "&lt;");
    assertThat(mail.subject()).endsWith("${7*7} <script>");
    if (kind.equals("evidence-rejected")) {
      assertThat(mail.html()).contains("&lt;b&gt;bold&lt;/b&gt; &amp; *{7*7} [(${T(java.lang.Runtime).getRuntime()})]");
      assertThat(mail.text()).contains("<b>bold</b> & *{7*7} [(${T(java.lang.Runtime).getRuntime()})]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"assignment", "evidence-rejected"})
  void rendersWithOnlyTheRecipientKnown(String kind) {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", null);
    model.put("reviewTitle", "  ");
    model.put("taskLink", null);

    MailTemplates.RenderedMail mail = templates.render(kind, model);

    assertThat(mail.subject()).startsWith("[Case review] ");
    assertThat(mail.text()).startsWith("Dear colleague,").contains("no date set yet").doesNotContain("null");
    assertThat(mail.html()).contains("Dear colleague,").contains("Sign in to Tasklist").doesNotContain("null", "<a ");
  }

  @Test
  void emptyModelStillRenders() {
    MailTemplates.RenderedMail mail = templates.render("assignment", Map.of());

    assertThat(mail.subject()).isEqualTo("[Case review] Action assigned to you: a new action");
    assertThat(mail.html()).contains("The action is described in the task.");
  }

  @Test
  void subjectIsOneLineEvenWhenTheModelHasLineBreaks() {
    Map<String, Object> model = MailFixtures.assignmentModel();
    model.put("reviewTitle", "SCR\r\nBcc: victim@example.org\nBaby A");
    model.put("actionShort", "Audit\u2028records\u0085now\t\tplease\r\n");

    String subject = templates.render("assignment", model).subject();

    assertThat(subject)
        .isEqualTo("[SCR Bcc: victim@example.org Baby A] Action assigned to you: Audit records now please")
        .doesNotContain("\r", "\n", "\t", "\u2028", "\u0085");
  }

  @Test
  void overlongSubjectIsCut() {
    Map<String, Object> model = MailFixtures.assignmentModel();
    model.put("actionShort", "x".repeat(500));

    String subject = templates.render("assignment", model).subject();

    assertThat(subject).hasSize(MailTemplates.MAX_SUBJECT_LENGTH).endsWith("…");
  }

  @Test
  void linkThatIsNotHttpIsDropped() {
    Map<String, Object> model = MailFixtures.assignmentModel();
    model.put("taskLink", "javascript:alert(1)");

    MailTemplates.RenderedMail mail = templates.render("assignment", model);

    assertThat(mail.html()).doesNotContain("javascript:", "<a ").contains("Sign in to Tasklist");
    assertThat(mail.text()).doesNotContain("javascript:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"assignment.html", "evidence-rejected.html"})
  void htmlTemplatesNeverWriteUnescapedData(String template) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MailTemplates.PREFIX + template)) {
      assertThat(in).as(template).isNotNull();
      String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(source).contains("th:text").doesNotContain("th:utext", "[(", "th:inline");
    }
  }

  @Test
  void unknownOrUnsafeKindIsRefusedByName() {
    assertThatThrownBy(() -> templates.render("no-such-kind", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("templates/mail/no-such-kind.html");
    assertThatThrownBy(() -> templates.render("../application", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'../application'");
  }

  /** The HTML as a reader sees it: tags gone, entities for quotes decoded, whitespace collapsed. */
  static String visibleText(String html) {
    return html.replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
        .replaceAll("\\s+", " ");
  }
}
