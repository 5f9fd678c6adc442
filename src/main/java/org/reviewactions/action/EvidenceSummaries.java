package org.reviewactions.action;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the action's e-mails and task forms show of its evidence. The {@code evidence} sub-package answers
 * it, so the action core reads evidence without depending on the package that depends on it.
 */
public interface EvidenceSummaries {

  /** Who decided on one piece of evidence, when, and why (the reason is null when none was given). */
  record Verdict(String verifiedBy, Instant verifiedAt, String reason) {}

  /** An evidence file as the action's page links it (the file itself is served by the evidence file address). */
  record FileLink(Long id, String fileName, long sizeBytes, String uploadedBy, Instant uploadedAt) {}

  /**
   * One submission of evidence with its files and what the verifier decided: {@code decision} is
   * {@code ACCEPTED}, {@code REJECTED} or null while it waits.
   */
  record Submission(Long id, String summary, List<String> references, String submittedBy, Instant submittedAt,
      String decision, String reason, String verifiedBy, Instant verifiedAt, List<FileLink> files) {}

  /** Every submission of the action's evidence, oldest first, for the action's page. */
  List<Submission> submissions(Long actionId);

  /** The verdict on the given evidence; it must exist. */
  Verdict verdict(Long evidenceId);

  /** The verdict on the action's latest evidence, if it has any. */
  Optional<Verdict> latestVerdict(Long actionId);

  /** The latest evidence in words, for the task forms. */
  String describeLatest(Long actionId);

  /** The latest evidence's references and files as a Markdown list of links. */
  String latestLinks(Long actionId, String publicUrl);

  /** The files waiting for the owner's next submission as a Markdown list of links, for the Deliver action form. */
  String waitingFilesMarkdown(Long actionId);

  /** Why the last evidence was rejected, if it was. */
  Optional<String> lastRejection(Long actionId);
}
