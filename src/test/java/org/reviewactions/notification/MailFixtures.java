package org.reviewactions.notification;

import java.util.HashMap;
import java.util.Map;

/** Realistic model values, taken from the shape of a real SCR action plan. */
final class MailFixtures {

  static final String TASK_LINK = "http://localhost:8080/camunda/app/tasklist/default/#/?task=7f3c-42";

  private MailFixtures() {}

  static Map<String, Object> assignmentModel() {
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", "Jane Okafor");
    model.put("reviewTitle", "SCR Baby A");
    model.put("reviewRef", "KLSCB-2006-01");
    model.put("board", "Kingston LSCB");
    model.put("recommendationNumber", "3.3.9 ii");
    model.put("recommendationText", "The PCT should ensure that health visitors record every contact with the family.");
    model.put("intendedOutcome", "Health records show the whole picture of a child's contacts.");
    model.put("actionDescription", "Audit health visitor records for completeness and report to the LSCB.");
    model.put("actionShort", "Audit health visitor records");
    model.put("agency", "Kingston Primary Care Trust");
    model.put("timescale", "March – Sept 2006");
    model.put("dueDate", "Friday 12 March 2027");
    model.put("taskLink", TASK_LINK);
    return model;
  }

  static Map<String, Object> rejectionModel() {
    Map<String, Object> model = assignmentModel();
    model.put("reason", "The audit covers one team only; please include all three localities.");
    model.put("verifierName", "Sam Patel");
    return model;
  }
}
