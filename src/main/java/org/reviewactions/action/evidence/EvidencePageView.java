package org.reviewactions.action.evidence;

import java.util.List;

/**
 * What the evidence page shows of an action, read in one transaction: enough to tell two actions with the same
 * words apart (the review, the recommendation, the agency and the due date), and its files with their details.
 */
record EvidencePageView(Long actionId, String review, String recommendationNumber, String action, String agency,
    String dueDate, String status, boolean complete, List<Row> waiting, List<Row> submitted, String maxFileSize) {

  /** A file as listed: its details already in words. */
  record Row(Long id, String fileName, String size, String uploadedAt, String uploadedBy) {}
}
