package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** What a person may fill in on a Camunda Form, read the way the completion guard reads it. */
class FormFieldsTest {

  private static FormFields deployed(String name) throws IOException {
    try (InputStream form = new ClassPathResource("processes/" + name + ".form").getInputStream()) {
      return FormFields.parse(form);
    }
  }

  @Test
  void deliverActionOffersWhatTheOwnerFillsInAndNotTheContextItShows() throws IOException {
    FormFields deliver = deployed("deliver-action");

    assertThat(deliver.formId()).isEqualTo("deliver-action");
    assertThat(deliver.fields().keySet()).containsExactlyInAnyOrder("submission", "progressAsAt", "progressText",
        "evidenceSummary", "evidenceReferences", "extensionDate", "extensionReason");
    assertThat(deliver.has("ctxHistory")).isFalse();
    assertThat(deliver.options("submission")).contains(Set.of("progress", "evidence", "extension"));
    assertThat(deliver.options("progressText")).isEmpty();
  }

  @Test
  void theNomineeIsChosenFromTheChoicesTheTaskOffersNotFromAnyText() throws IOException {
    FormFields nominate = deployed("nominate-owner");

    assertThat(nominate.valuesKey("nomineeId")).contains("nomineeChoices");
    assertThat(nominate.has("nomineeChoices")).as("the offer is the task's, not the person's to send").isFalse();
    FormFields offered = nominate.withOfferedChoices(variable -> OfferedChoices.values(
        "[{\"label\":\"Olive <b>Owner</b>\",\"value\":\"owner1\"},{\"label\":\"Lena\",\"value\":\"lead1\"}]"));
    assertThat(offered.options("nomineeId")).contains(Set.of("owner1", "lead1"));
    assertThat(nominate.withOfferedChoices(variable -> OfferedChoices.values(null)).options("nomineeId")).contains(Set.of());
    assertThat(OfferedChoices.values("not json")).isEmpty();
    assertThat(OfferedChoices.values("{\"value\":\"owner1\"}")).as("a list, or nothing").isEmpty();
  }

  @Test
  void theNominateFormTakesAListedNomineeOrAnInviteeAndNothingElse() throws IOException {
    FormFields nominate = deployed("nominate-owner");

    assertThat(nominate.fields().keySet()).containsExactlyInAnyOrder("nomineeSource", "nomineeId", "inviteeFirstName",
        "inviteeLastName", "inviteeEmail", "inviteeUserId");
    assertThat(nominate.options("nomineeSource")).contains(Set.of("listed", "invite"));
    assertThat(nominate.pattern("inviteeUserId").map(java.util.regex.Pattern::pattern))
        .contains(org.reviewactions.identity.InvitationService.USER_ID.pattern());
    assertThat(nominate.options("inviteeEmail")).as("free text, checked by the invitation").isEmpty();

    // Tasklist shows the invitee's fields only once "Someone not listed: invite them" is chosen, and the list only before.
    try (InputStream in = new ClassPathResource("processes/nominate-owner.form").getInputStream()) {
      var hides = new java.util.HashMap<String, String>();
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("components").forEach(c ->
          hides.put(c.path("key").asText(""), c.path("conditional").path("hide").asText("")));
      for (String invitee : new String[] {"inviteeFirstName", "inviteeLastName", "inviteeEmail", "inviteeUserId"}) {
        assertThat(hides.get(invitee)).as(invitee).isEqualTo("=nomineeSource != \"invite\"");
      }
      assertThat(hides.get("nomineeId")).isEqualTo("=nomineeSource = \"invite\"");
    }
  }

  /** Tasklist's date picker read 31/03/2027 the American way; every date is typed text instead. */
  @Test
  void everyDateAPersonTypesIsTextInTheDayMonthYearShape() throws IOException {
    java.util.Map<String, java.util.List<String>> dates = java.util.Map.of(
        "deliver-action", java.util.List.of("progressAsAt", "extensionDate"),
        "decide-lapsed-action", java.util.List.of("revisedDueDate"),
        "board-challenge", java.util.List.of("boardDueDate", "nextBoardReview"),
        "confirm-action-dates", java.util.List.of("confirmedStartDate", "confirmedDueDate"));
    for (var form : dates.entrySet()) {
      FormFields fields = deployed(form.getKey());
      for (String date : form.getValue()) {
        assertThat(fields.pattern(date).map(java.util.regex.Pattern::pattern)).as(form.getKey() + " " + date)
            .contains(org.reviewactions.shared.FormDates.PATTERN);
      }
    }
    for (String form : new String[] {"deliver-action", "verify-evidence", "decide-extension", "decide-lapsed-action",
        "board-challenge", "nominate-owner", "confirm-action-dates", "confirm-recommendation", "start-action",
        "start-recommendation", "start-notification", "write-agency-statement", "review-agency-statement",
        "respond-to-challenge", "review-challenge-response", "consider-escalated-challenge"}) {
      try (InputStream in = new ClassPathResource("processes/" + form + ".form").getInputStream()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(form).doesNotContain("\"datetime\"");
      }
    }
  }

  @Test
  void theQuarterlyIndicatorsFormTakesNoFieldSoFiguresGoOnlyThroughTheirCheckedPage() throws IOException {
    assertThat(deployed("submit-quarterly-indicators").fields()).isEmpty();
  }

  @Test
  void noFormLetsAPersonSetTheActionsIdentityOrRouting() throws IOException {
    for (String form : new String[] {"deliver-action", "verify-evidence", "decide-extension", "decide-lapsed-action",
        "board-challenge", "nominate-owner", "confirm-action-dates", "confirm-recommendation", "write-agency-statement",
        "review-agency-statement", "respond-to-challenge", "review-challenge-response", "consider-escalated-challenge"}) {
      assertThat(deployed(form).fields().keySet()).as(form)
          .doesNotContain("statementId", "statementApproved", "deadline", "ctxAgency", "ctxReview", "actionId", "ownerId", "dueDate", "followUpDate", "monitoringGroup", "boardGroup",
              "agencyLeadsGroup", "planManagersGroup", "recommendationId", "agency", "reviewRef", "defaultChairGroup",
              "defaultBoardGroup", "challengeId", "challengeAccepted", "respondingGroups", "responseDue", "ctxConcern",
              "ctxActions", "ctxRaisedBy", "ctxResponseDue");
    }
  }

  @Test
  void theStatementFormsTakeOnlyTheStatementAndTheChairsDecision() throws IOException {
    assertThat(deployed("write-agency-statement").fields().keySet()).containsExactly("statement");
    FormFields review = deployed("review-agency-statement");
    assertThat(review.fields().keySet()).containsExactlyInAnyOrder("statementDecision", "returnComment");
    assertThat(review.options("statementDecision")).contains(Set.of("approve", "return"));
  }

  @Test
  void theChallengeFormsTakeOnlyTheResponseTheChairsDecisionAndTheBoardsOutcome() throws IOException {
    assertThat(deployed("respond-to-challenge").fields().keySet()).containsExactly("challengeResponse");
    FormFields review = deployed("review-challenge-response");
    assertThat(review.fields().keySet()).containsExactlyInAnyOrder("challengeDecision", "escalationReason");
    assertThat(review.options("challengeDecision")).contains(Set.of("accept", "escalate"));
    assertThat(deployed("consider-escalated-challenge").fields().keySet()).containsExactly("boardOutcome");
  }

  @Test
  void nestedFieldsCountAndDisabledOrReadOnlyOnesDoNot() throws IOException {
    String json = """
        {"id": "sample", "components": [
          {"type": "group", "components": [
            {"type": "select", "key": "colour", "values": [{"label": "Red", "value": "red"}, {"label": "None", "value": ""}]},
            {"type": "textfield", "key": "shown", "disabled": true},
            {"type": "textfield", "key": "fixed", "readonly": true}
          ]},
          {"type": "text", "text": "no key"},
          {"type": "number", "key": "count"}
        ]}""";

    FormFields sample = FormFields.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    assertThat(sample.fields().keySet()).containsExactlyInAnyOrder("colour", "count");
    assertThat(sample.options("colour")).contains(Set.of("red", ""));
  }
}
