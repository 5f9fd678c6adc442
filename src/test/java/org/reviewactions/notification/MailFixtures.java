package org.reviewactions.notification;

import java.util.Map;
import org.reviewactions.action.ActionMailModels;

/** Template models for the mail tests, from the production code that builds them. */
final class MailFixtures {

  static final String TASK_LINK = "http://localhost:8080/camunda/app/tasklist/default/#/?task=7f3c-42";

  private MailFixtures() {}

  /** The model production builds for an action's e-mails ({@link ActionMailModels}). */
  static Map<String, Object> assignmentModel() {
    return ActionMailModels.kingstonAudit(TASK_LINK);
  }

  /** Production adds the verdict's reason and verifier for a rejection (ActionMail, EVIDENCE_REJECTED). */
  static Map<String, Object> rejectionModel() {
    Map<String, Object> model = assignmentModel();
    model.put("reason", "The audit covers one team only; please include all three localities.");
    model.put("verifierName", "Sam Patel");
    return model;
  }
}
