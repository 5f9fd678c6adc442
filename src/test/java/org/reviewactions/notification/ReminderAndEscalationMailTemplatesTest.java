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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The e-mails that keep an action moving: reminders, progress requests, lapses, escalations, extensions and completion. */
class ReminderAndEscalationMailTemplatesTest {

  /** Every kind of e-mail that keeps an action moving. */
  static final List<String> KINDS = List.of("assignment", "reminder", "progress-request", "overdue", "escalation-chair",
      "escalation-board", "extension-decided", "evidence-rejected", "action-complete");

  /** Every model key these templates may read. */
  static final List<String> KEYS = List.of("recipientName", "reviewTitle", "reviewRef", "board", "recommendationNumber",
      "recommendationText", "intendedOutcome", "actionDescription", "actionShort", "agency", "timescale", "dueDate",
      "taskLink", "ownerName", "revised", "daysBeforeDue", "lastProgressDate", "daysOverdue", "weekly", "noOwner",
      "decisionDeadline", "reason", "approved", "requestedDate", "newDueDate", "decisionReason",
      "deciderName", "verifierName", "completedDate");

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String EL = "${7*7}";

  private final MailTemplates templates = new MailTemplates();

  /** A realistic model for {@code kind}: the assignment fixture plus that kind's own values. */
  static Map<String, Object> model(String kind) {
    Map<String, Object> model = MailFixtures.assignmentModel();
    model.put("ownerName", "Jane Okafor");
    switch (kind) {
      case "reminder" -> model.put("daysBeforeDue", "28");
      case "progress-request" -> model.put("lastProgressDate", "Monday 4 January 2027");
      case "overdue" -> model.put("daysOverdue", "3");
      case "escalation-chair" -> {
        model.put("recipientName", "Priya Shah");
        model.put("daysOverdue", "3");
        model.put("decisionDeadline", "Friday 2 April 2027");
      }
      case "escalation-board" -> {
        model.put("recipientName", "Margaret Hill");
        model.put("daysOverdue", "17");
        model.put("reason", "No decision was made within 10 working days");
      }
      case "extension-decided" -> {
        model.put("approved", "true");
        model.put("requestedDate", "Friday 30 April 2027");
        model.put("newDueDate", "Friday 23 April 2027");
        model.put("dueDate", "Friday 23 April 2027"); // the action's due date once the extension is recorded
        model.put("decisionReason", "The audit tool is delayed; three weeks is enough.");
        model.put("deciderName", "Sam Patel");
      }
      case "evidence-rejected" -> {
        model.put("reason", "The audit covers one team only.");
        model.put("verifierName", "Sam Patel");
      }
      case "action-complete" -> {
        model.put("verifierName", "Sam Patel");
        model.put("completedDate", "Tuesday 9 March 2027");
      }
      default -> { }
    }
    return model;
  }

  /** Text and HTML as a reader sees them, whitespace collapsed (the text part wraps its lines). */
  private List<String> parts(MailTemplates.RenderedMail mail) {
    return List.of(mail.text().replaceAll("\\s+", " "), visibleText(mail.html()));
  }

  private MailTemplates.RenderedMail render(String kind, Map<String, Object> model) {
    return templates.render(kind, model);
  }

  // ---------------------------------------------------------------- subjects

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      reminder          | [SCR Baby A] Due in 28 days: Audit health visitor records for completeness and report to…
      progress-request  | [SCR Baby A] Progress update requested: Audit health visitor records for completeness and report to…
      overdue           | [SCR Baby A] Overdue: Audit health visitor records for completeness and report to…
      escalation-chair  | [SCR Baby A] Lapsed action for your decision: Audit health visitor records for completeness and report to…
      escalation-board  | [SCR Baby A] Escalated to the board: Audit health visitor records for completeness and report to…
      extension-decided | [SCR Baby A] More time agreed: Audit health visitor records for completeness and report to…
      action-complete   | [SCR Baby A] Action complete: Audit health visitor records for completeness and report to…
      assignment        | [SCR Baby A] Action assigned to you: Audit health visitor records for completeness and report to…
      """)
  void subjectNamesTheReviewAndTheActionOnOneLine(String kind, String expected) {
    assertThat(render(kind, model(kind)).subject()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      28   | [SCR Baby A] Due in 28 days: Audit health visitor records for completeness and report to…
      7    | [SCR Baby A] Due in 7 days: Audit health visitor records for completeness and report to…
      1    | [SCR Baby A] Due tomorrow: Audit health visitor records for completeness and report to…
      NULL | [SCR Baby A] Due soon: Audit health visitor records for completeness and report to…
      """)
  void reminderSubjectSaysWhenItIsDue(String daysBeforeDue, String expected) {
    Map<String, Object> model = model("reminder");
    model.put("daysBeforeDue", daysBeforeDue);

    assertThat(render("reminder", model).subject()).isEqualTo(expected);
  }

  @Test
  void extensionSubjectSaysAgreedOrRefused() {
    Map<String, Object> model = model("extension-decided");
    model.put("approved", "false");
    assertThat(render("extension-decided", model).subject())
        .isEqualTo("[SCR Baby A] More time refused: Audit health visitor records for completeness and report to…");

    model.put("approved", Boolean.TRUE); // a Boolean reads as well as the String "true"
    assertThat(render("extension-decided", model).subject())
        .isEqualTo("[SCR Baby A] More time agreed: Audit health visitor records for completeness and report to…");
  }

  @Test
  void reSentAssignmentSubjectSaysTheTimescaleWasRevised() {
    Map<String, Object> model = model("assignment");
    model.put("revised", "true");
    assertThat(render("assignment", model).subject())
        .isEqualTo("[SCR Baby A] Timescale revised, action yours: Audit health visitor records for completeness and report to…");
  }

  // ---------------------------------------------------------------- due date and link, every kind

  @ParameterizedTest
  @MethodSource("kinds")
  void textAndHtmlCarryTheDueDateAndTheLink(String kind) {
    Map<String, Object> model = model(kind);
    MailTemplates.RenderedMail mail = render(kind, model);

    for (String part : parts(mail)) {
      assertThat(part).as(kind)
          .contains((String) model.get("dueDate"))
          .contains("SCR Baby A")
          .contains("Audit health visitor records for completeness and report to the LSCB.")
          .contains("so that children are safer")
          .doesNotContain("null");
    }
    assertThat(mail.text()).as(kind).contains(MailFixtures.TASK_LINK);
    assertThat(mail.html()).as(kind).contains("href=\"" + MailFixtures.TASK_LINK + "\"");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void htmlHasExactlyOneLinkAndNoExternalResources(String kind) {
    String html = render(kind, model(kind)).html();

    assertThat(html.split("<a ", -1)).as(kind).hasSize(2);
    assertThat(html).as(kind).doesNotContain("<img", "<script", "<link", "src=", "url(", "th:text", "th:if", "th:block", "th:with",
        "xmlns:th", "[(", "[[");
  }

  // ---------------------------------------------------------------- each kind's own content

  @Test
  void reminderSaysWhatIsDueWhenAndWhatToDo() {
    MailTemplates.RenderedMail mail = render("reminder", model("reminder"));

    for (String part : parts(mail)) {
      assertThat(part)
          .contains("Dear Jane Okafor,")
          .contains("your action from SCR Baby A (KLSCB-2006-01) is due in 28 days, on Friday 12 March 2027.")
          .contains("record progress")
          .contains("submit evidence")
          .contains("ask for more time")
          .contains("the action turns Red and goes to the chair of the monitoring sub-group")
          .contains("recommendation 3.3.9 ii")
          .contains("March – Sept 2006");
    }
  }

  @Test
  void reminderTheDayBeforeSaysTomorrow() {
    Map<String, Object> model = model("reminder");
    model.put("daysBeforeDue", "1");

    for (String part : parts(render("reminder", model))) {
      assertThat(part).contains("is due tomorrow, on Friday 12 March 2027.").doesNotContain("1 days", "in 1 day");
    }
  }

  @Test
  void progressRequestAsksForAProgressAsAtEntry() {
    MailTemplates.RenderedMail mail = render("progress-request", model("progress-request"));

    for (String part : parts(mail)) {
      assertThat(part)
          .contains("progress update on your action from SCR Baby A")
          .contains("The last progress entry was recorded on Monday 4 January 2027.")
          .contains("add a “progress as at” entry")
          .contains("Friday 12 March 2027");
    }

    Map<String, Object> none = model("progress-request");
    none.put("lastProgressDate", null);
    none.put("dueDate", null);
    none.put("timescale", "Ongoing, monitored quarterly by LSCB");
    for (String part : parts(render("progress-request", none))) {
      assertThat(part)
          .contains("No progress has been recorded for it yet.")
          .contains("no fixed date")
          .contains("“Ongoing, monitored quarterly by LSCB”")
          .doesNotContain("last progress entry");
    }
  }

  @Test
  void overdueSaysTheDatePassedTheActionIsRedAndWhatToDoNow() {
    MailTemplates.RenderedMail mail = render("overdue", model("overdue"));

    for (String part : parts(mail)) {
      assertThat(part)
          .contains("Your action from SCR Baby A (KLSCB-2006-01) is overdue.")
          .contains("The due date, Friday 12 March 2027, passed 3 days ago without verified evidence")
          .contains("The action is now Red")
          .contains("the chair of the monitoring sub-group has been asked to decide")
          .contains("submit the evidence")
          .contains("ask for more time")
          .doesNotContain("weekly", "every week", "nominate");
    }
  }

  @Test
  void overdueOneDaySaysOneDay() {
    Map<String, Object> model = model("overdue");
    model.put("daysOverdue", "1");

    for (String part : parts(render("overdue", model))) {
      assertThat(part).contains("passed 1 day ago").doesNotContain("1 days");
    }
  }

  @Test
  void weeklyOverdueReminderOpensAsAWeeklyReminder() {
    Map<String, Object> model = model("overdue");
    model.put("weekly", "true");
    model.put("daysOverdue", "10");

    MailTemplates.RenderedMail mail = render("overdue", model);

    assertThat(mail.subject()).isEqualTo("[SCR Baby A] Overdue: Audit health visitor records for completeness and report to…");
    assertThat(mail.text()).startsWith("Dear Jane Okafor,\n\nThis is your weekly reminder that your action from SCR Baby A");
    for (String part : parts(mail)) {
      assertThat(part)
          .contains("This is your weekly reminder that your action from SCR Baby A (KLSCB-2006-01) is still overdue.")
          .contains("passed 10 days ago")
          .contains("every week while the action is overdue")
          .doesNotContain("Your action from SCR Baby A (KLSCB-2006-01) is overdue.");
    }
  }

  @Test
  void overdueWithoutOwnerAsksTheAgencyLeadToNominateOne() {
    Map<String, Object> model = model("overdue");
    model.put("noOwner", "true");
    model.put("recipientName", "Dr Ade Bello");
    model.put("ownerName", null);

    for (String part : parts(render("overdue", model))) {
      assertThat(part)
          .contains("Dear Dr Ade Bello,")
          .contains("An action for Kingston Primary Care Trust from SCR Baby A (KLSCB-2006-01) is overdue")
          .contains("nobody has been nominated as its owner yet")
          .contains("as the agency lead")
          .contains("nominate the person in your agency who will own this action")
          .contains("Friday 12 March 2027")
          .doesNotContain("Your action", "weekly");
    }

    model.put("weekly", Boolean.TRUE); // flags may arrive as Booleans too
    for (String part : parts(render("overdue", model))) {
      assertThat(part).contains("weekly reminder that an action for Kingston Primary Care Trust")
          .contains("still has no owner")
          .contains("nominate the person in your agency");
    }
  }

  @Test
  void escalationToChairExplainsTheThreeChoicesAndTheDeadline() {
    MailTemplates.RenderedMail mail = render("escalation-chair", model("escalation-chair"));

    for (String part : parts(mail)) {
      assertThat(part)
          .contains("Dear Priya Shah,")
          .contains("needs your decision as chair of the monitoring sub-group")
          .contains("The due date, Friday 12 March 2027, passed 3 days ago without verified evidence")
          .contains("Owner: Jane Okafor")
          .contains("“Decide on lapsed action”")
          .contains("Agree a revised timescale")
          .contains("the old date stays in the history")
          .contains("Reassign the action to another owner")
          .contains("Escalate the action to the board")
          .contains("If there is no decision by Friday 2 April 2027, the action goes to the board automatically.");
    }

    Map<String, Object> noOwner = model("escalation-chair");
    noOwner.put("ownerName", null);
    for (String part : parts(render("escalation-chair", noOwner))) {
      assertThat(part).contains("Owner: nobody has been nominated yet");
    }
  }

  @Test
  void escalationToBoardGivesTheReasonAndTheBoardsChoices() {
    MailTemplates.RenderedMail mail = render("escalation-board", model("escalation-board"));

    for (String part : parts(mail)) {
      assertThat(part)
          .contains("Dear Margaret Hill,")
          .contains("has been escalated to the board (Kingston LSCB)")
          .contains("No decision was made within 10 working days")
          .contains("passed 17 days ago")
          .contains("Owner: Jane Okafor")
          .contains("“Board challenge”")
          .contains("Require action by a new date")
          .contains("Close the action without completion")
          .contains("never as Complete")
          .contains("Keep it escalated, with a date for the board to review it again");
    }

    Map<String, Object> chairEscalated = model("escalation-board");
    chairEscalated.put("reason", "The sub-group chair escalated it");
    for (String part : parts(render("escalation-board", chairEscalated))) {
      assertThat(part).contains("The sub-group chair escalated it").doesNotContain("10 working days");
    }
  }

  @Test
  void extensionAgreedGivesTheNewDateTheReasonAndWhoDecided() {
    MailTemplates.RenderedMail mail = render("extension-decided", model("extension-decided"));

    for (String part : parts(mail)) {
      assertThat(part)
          .contains("Sam Patel has agreed your request for more time for your action from SCR Baby A")
          .contains("The action is now due on Friday 23 April 2027.")
          .contains("You asked for Friday 30 April 2027.")
          .contains("Reminders now follow the new date.")
          .contains("The audit tool is delayed; three weeks is enough.")
          .doesNotContain("refused", "still due on");
    }

    // Even if the model still carries the old due date, the agreed e-mail states the new one.
    Map<String, Object> oldDate = model("extension-decided");
    oldDate.put("dueDate", "Friday 12 March 2027");
    for (String part : parts(render("extension-decided", oldDate))) {
      assertThat(part).contains("now due on Friday 23 April 2027").doesNotContain("Friday 12 March 2027");
    }
  }

  @Test
  void extensionRefusedKeepsTheDueDateAndGivesTheReason() {
    Map<String, Object> model = model("extension-decided");
    model.put("approved", "false");
    model.put("dueDate", "Friday 12 March 2027");
    model.put("newDueDate", null);
    model.put("decisionReason", "The audit was agreed for March; the PCT has the staff.");

    for (String part : parts(render("extension-decided", model))) {
      assertThat(part)
          .contains("Sam Patel has refused your request for more time")
          .contains("The action is still due on Friday 12 March 2027.")
          .contains("You asked for Friday 30 April 2027.")
          .contains("The audit was agreed for March; the PCT has the staff.")
          .doesNotContain("agreed your request", "new date", "Friday 23 April 2027");
    }
  }

  @Test
  void actionCompleteThanksTheOwnerAndSaysItClosedOnVerifiedEvidence() {
    MailTemplates.RenderedMail mail = render("action-complete", model("action-complete"));

    for (String part : parts(mail)) {
      assertThat(part)
          .contains("Thank you for your work on this action from SCR Baby A (KLSCB-2006-01).")
          .contains("Sam Patel has verified the evidence you submitted")
          .contains("closed as Complete on verified evidence, on Tuesday 9 March 2027.")
          .contains("Completed: Tuesday 9 March 2027")
          .doesNotContain("ask for more time", "Red");
    }
  }

  @Test
  void revisedAssignmentOpensWithTheNewDueDate() {
    Map<String, Object> model = model("assignment");
    model.put("revised", "true");
    model.put("dueDate", "Friday 21 May 2027");

    MailTemplates.RenderedMail revised = render("assignment", model);

    assertThat(revised.text()).startsWith("Dear Jane Okafor,\n\nThe timescale for your action from SCR Baby A");
    for (String part : parts(revised)) {
      assertThat(part)
          .contains("The timescale for your action from SCR Baby A (KLSCB-2006-01), a review commissioned by Kingston LSCB, "
              + "has been revised: the due date is now Friday 21 May 2027.")
          .doesNotContain("You are now responsible");
    }

    model.put("revised", "false");
    for (String part : parts(render("assignment", model))) {
      assertThat(part).contains("You are now responsible for an action from SCR Baby A").doesNotContain("revised");
    }
  }

  // ---------------------------------------------------------------- hostile text

  @ParameterizedTest
  @MethodSource("kinds")
  void hostileTextIsEscapedInHtmlAndNeverEvaluated(String kind) {
    Map<String, Object> model = model(kind);
    model.put("actionDescription", SCRIPT + " " + IMG + " " + EL);
    model.put("decisionReason", "reason " + SCRIPT + " " + EL);
    model.put("reason", "note " + IMG + " " + EL);
    model.put("actionShort", EL + " <script>");

    MailTemplates.RenderedMail mail = render(kind, model);

    assertThat(mail.html()).as(kind)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; ${7*7}")
        .doesNotContain("<script", "<img", "49");
    assertThat(mail.text()).as(kind)
        .contains(SCRIPT + " " + IMG + " " + EL)
        .doesNotContain("49", "&lt;");
    assertThat(mail.subject()).as(kind).endsWith(EL + " <script>").doesNotContain("49");
    if (kind.equals("extension-decided")) {
      assertThat(mail.html()).contains("reason &lt;script&gt;alert(1)&lt;/script&gt; ${7*7}");
      assertThat(mail.text()).contains("reason " + SCRIPT + " " + EL);
    }
    if (kind.equals("escalation-board") || kind.equals("evidence-rejected")) {
      assertThat(mail.html()).contains("note &lt;img src=x onerror=alert(1)&gt; ${7*7}");
      assertThat(mail.text()).contains("note " + IMG + " " + EL);
    }
  }

  /** Every value a template shows, not just the free-text ones, goes through escaping. */
  @ParameterizedTest
  @MethodSource("kinds")
  void everyValueIsEscapedInHtml(String kind) {
    Map<String, Object> model = new HashMap<>();
    for (String key : KEYS) {
      model.put(key, "<b id='" + key + "'>" + EL + "</b>");
    }
    model.put("taskLink", MailFixtures.TASK_LINK);
    model.put("approved", "true");

    MailTemplates.RenderedMail mail = render(kind, model);

    assertThat(mail.html()).as(kind)
        .contains("&lt;b id=&#39;actionDescription&#39;&gt;${7*7}&lt;/b&gt;")
        .doesNotContain("<b ", "49");
    assertThat(mail.text()).as(kind).contains("<b id='actionDescription'>${7*7}</b>").doesNotContain("49");
  }

  // ---------------------------------------------------------------- nothing known

  @ParameterizedTest
  @MethodSource("kinds")
  void rendersWithEveryOptionalValueNull(String kind) {
    assertRendersWithNothingKnown(kind, Map.of());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      overdue           | weekly        | true
      overdue           | noOwner       | true
      reminder          | daysBeforeDue | 1
      extension-decided | approved      | true
      extension-decided | approved      | false
      assignment        | revised       | true
      """)
  void rendersWithOnlyTheVariantFlagKnown(String kind, String flag, String value) {
    assertRendersWithNothingKnown(kind, Map.of(flag, value));
  }

  private void assertRendersWithNothingKnown(String kind, Map<String, String> known) {
    Map<String, Object> model = new HashMap<>();
    for (String key : KEYS) {
      model.put(key, null);
    }
    model.put("reviewTitle", "  ");
    model.putAll(known);

    MailTemplates.RenderedMail mail = render(kind, model);

    assertThat(mail.subject()).as(kind).startsWith("[Case review] ").doesNotContain("null");
    assertThat(mail.text()).as(kind)
        .startsWith("Dear colleague,")
        .contains("Sign in to Tasklist")
        .doesNotContain("null", "${", " .", " ,", "()", "“”");
    assertThat(mail.html()).as(kind).doesNotContain("null", "<a ");
    assertThat(visibleText(mail.html())).as(kind)
        .contains("Dear colleague,")
        .contains("Sign in to Tasklist")
        .doesNotContain(" .", " ,", "()", "“”");
  }

  // ---------------------------------------------------------------- template sources

  @ParameterizedTest
  @MethodSource("kinds")
  void htmlTemplatesNeverWriteUnescapedData(String kind) throws IOException {
    String html = source(kind + ".html");
    assertThat(html).as(kind).contains("th:text").doesNotContain("th:utext", "[(", "[[", "th:inline", "<style", "<link");
    assertThat(source(kind + ".txt")).as(kind).doesNotContain("[[");
    assertThat(source(kind + "-subject.txt")).as(kind).contains("th:utext").doesNotContain("[[");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reminder", "progress-request", "overdue", "escalation-chair", "escalation-board",
      "extension-decided", "action-complete"})
  void newTemplatesKeepTheHouseHeaderAndFooter(String kind) throws IOException {
    String html = source(kind + ".html");
    assertThat(html)
        .contains("<html xmlns:th=\"http://www.thymeleaf.org\" lang=\"en-GB\">")
        .contains("<body style=\"margin:0;padding:0;background-color:#f3f2f1;\">")
        .contains("max-width:640px;margin:0 auto;padding:24px;background-color:#ffffff;font-family:Arial,Helvetica,sans-serif;")
        .contains("Sent by the Review Action Tracker");
    assertThat(source(kind + ".txt")).contains("Sent by the Review Action Tracker");
  }

  private String source(String template) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(MailTemplates.PREFIX + template)) {
      assertThat(in).as(template).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> kinds() {
    return KINDS;
  }
}
