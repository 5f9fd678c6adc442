package org.reviewactions.action.evidence;

import java.time.Instant;

/** An evidence file as listed: everything but its content. Submitted once {@code evidenceId} is set. */
public record EvidenceFileSummary(Long id, Long actionId, Long evidenceId, String fileName, long sizeBytes, String uploadedBy,
    Instant uploadedAt) {

  public boolean submitted() {
    return evidenceId != null;
  }
}
