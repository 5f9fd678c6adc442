package org.reviewactions.action.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.EvidenceSummaries;
import org.reviewactions.action.HistoryKind;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.MailDates;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence of completion: what the owner submits and what the monitoring sub-group decides. An action
 * is Complete only through {@link #decide} accepting evidence, decided by someone other than its owner.
 */
@Service
public class EvidenceService implements EvidenceSummaries {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

  private final EvidenceRepository evidence;
  private final EvidenceFileRepository files;
  private final ActionService actions;
  private final RoleDirectory roles;
  private final Clock clock;
  private final EvidenceProperties properties;

  EvidenceService(EvidenceRepository evidence, EvidenceFileRepository files, ActionService actions,
      RoleDirectory roles, Clock clock, EvidenceProperties properties) {
    this.evidence = evidence;
    this.files = files;
    this.actions = actions;
    this.roles = roles;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Stores a file for the action's next evidence submission after {@link EvidenceFileCheck} accepts its name,
   * size and content. The content type the browser sent is kept for information only; nothing believes it.
   */
  @Transactional
  public EvidenceFile upload(Long actionId, String fileName, String contentType, byte[] content, String uploadedBy) {
    Action action = actions.get(actionId);
    if (action.getStatus() == ActionStatus.COMPLETE) {
      throw new EvidenceRefused(HttpStatus.CONFLICT, "The action is already complete; no more evidence can be added.");
    }
    String name = EvidenceFileCheck.check(fileName, content, properties.maxFileSize().toBytes());
    return files.save(new EvidenceFile(actionId, name, contentType, content, uploadedBy, clock.instant()));
  }

  /**
   * Removes a file the owner uploaded by mistake, while it still waits for the next submission. Once submitted it
   * is part of the evidence record the sub-group verifies, and stays.
   */
  @Transactional
  public EvidenceFileSummary remove(Long actionId, Long fileId) {
    actions.get(actionId); // an unknown action is refused as before, whatever the file
    EvidenceFileSummary file = summary(actionId, fileId);
    if (file.submitted() || files.deleteWaiting(fileId, actionId) == 0) {
      throw new EvidenceRefused(HttpStatus.CONFLICT, "The file '" + file.fileName() + "' has been submitted for verification "
          + "with your evidence, so it cannot be removed. If it is wrong, say so in your next submission.");
    }
    return file;
  }

  /** One of the action's files, without its content; a file of another action is not found here. */
  @Transactional(readOnly = true)
  public EvidenceFileSummary summary(Long actionId, Long fileId) {
    return files.summariesOf(actionId).stream().filter(f -> f.id().equals(fileId)).findFirst()
        .orElseThrow(() -> new EvidenceRefused(HttpStatus.NOT_FOUND, "This action has no evidence file " + fileId + "."));
  }

  /** Every file of the action, oldest first, without content. */
  @Transactional(readOnly = true)
  public List<EvidenceFileSummary> filesOf(Long actionId) {
    return files.summariesOf(actionId);
  }

  /** The evidence page's picture of the action and its files. */
  @Transactional(readOnly = true)
  EvidencePageView pageView(Long actionId) {
    Action action = actions.get(actionId);
    Recommendation recommendation = actions.recommendationOf(action);
    List<EvidenceFileSummary> all = files.summariesOf(actionId);
    Function<EvidenceFileSummary, EvidencePageView.Row> row = f -> new EvidencePageView.Row(f.id(), f.fileName(),
        EvidenceFileCheck.size(f.sizeBytes()), when(f.uploadedAt()), roles.displayName(f.uploadedBy()));
    return new EvidencePageView(actionId, recommendation.getReview().getTitle() + " (" + recommendation.getReview().getBoard() + ")",
        recommendation.getNumber(), action.getDescription(), action.getAgency(),
        action.getDueDate() == null ? "No due date (ongoing)" : MailDates.longDate(action.getDueDate()), action.getStatus().label(),
        action.getStatus() == ActionStatus.COMPLETE,
        all.stream().filter(f -> !f.submitted()).map(row).toList(), all.stream().filter(EvidenceFileSummary::submitted).map(row).toList(),
        EvidenceFileCheck.size(properties.maxFileSize().toBytes()));
  }

  /** The files waiting for the owner's next submission as a Markdown list, for the Deliver action form. */
  @Override
  @Transactional(readOnly = true)
  public String waitingFilesMarkdown(Long actionId) {
    List<EvidenceFileSummary> waiting = files.summariesOf(actionId).stream().filter(f -> !f.submitted()).toList();
    return waiting.isEmpty() ? "No files uploaded yet." : EvidenceLinks.fileList(waiting, "", this::describeUpload);
  }

  /** "12 KB, uploaded 3 March 2027 at 14:05 by Olive Owner". */
  String describeUpload(EvidenceFileSummary file) {
    return EvidenceFileCheck.size(file.sizeBytes()) + ", uploaded " + when(file.uploadedAt()) + " by "
        + roles.displayName(file.uploadedBy());
  }

  String when(Instant instant) {
    ZonedDateTime at = instant.atZone(clock.getZone());
    return MailDates.longDate(at.toLocalDate()) + " at " + TIME.format(at);
  }

  /** The owner's evidence: a summary and at least one reference or uploaded file. */
  @Transactional
  public Evidence submit(Long actionId, String summary, String references, String submittedBy) {
    if (summary == null || summary.isBlank()) {
      throw new BusinessRuleException("Evidence needs a summary: say what was done and how it shows the intended outcome.");
    }
    List<EvidenceFile> waiting = files.findByActionIdAndEvidenceIdIsNull(actionId);
    Evidence submitted = new Evidence(actionId, summary.strip(), references == null ? null : references.strip(),
        submittedBy, clock.instant());
    if (submitted.references().isEmpty() && waiting.isEmpty()) {
      throw new BusinessRuleException("Evidence needs at least one reference (a document, minute or link) or an uploaded file.");
    }
    evidence.save(submitted);
    waiting.forEach(f -> f.setEvidenceId(submitted.getId()));
    actions.setStatus(actionId, ActionStatus.EVIDENCE_SUBMITTED);
    actions.addHistory(actionId, submittedBy, HistoryKind.EVIDENCE_SUBMITTED, "Evidence submitted: " + submitted.getSummary()
        + referencesSuffix(submitted, waiting));
    return submitted;
  }

  /**
   * The monitoring sub-group's decision on the latest evidence. The verifier may be neither the
   * action's owner nor the person who submitted the evidence.
   */
  @Transactional
  public Evidence decide(Long actionId, String decision, String reason, String verifierId) {
    if (verifierId == null || verifierId.isBlank()) {
      throw new BusinessRuleException("Evidence can only be verified by a signed-in user.");
    }
    Action action = actions.get(actionId);
    Evidence latest = evidence.findFirstByActionIdOrderByIdDesc(actionId)
        .filter(e -> e.getDecision() == null)
        .orElseThrow(() -> new BusinessRuleException("There is no evidence waiting for verification on this action."));
    if (verifierId.equals(action.getOwnerUserId()) || verifierId.equals(latest.getSubmittedBy())) {
      throw new BusinessRuleException("You own this action or submitted its evidence, so you cannot verify it. "
          + "Another member of the monitoring sub-group must verify it.");
    }
    EvidenceDecision verdict = parseDecision(decision);
    if (verdict == EvidenceDecision.REJECTED && (reason == null || reason.isBlank())) {
      throw new BusinessRuleException("Give the reason for rejecting the evidence: the owner needs it to put things right.");
    }
    latest.decide(verdict, reason == null || reason.isBlank() ? null : reason.strip(), verifierId, clock.instant());
    if (verdict == EvidenceDecision.REJECTED) {
      actions.setStatus(actionId, ActionStatus.EVIDENCE_REJECTED);
      actions.addHistory(actionId, verifierId, HistoryKind.EVIDENCE_REJECTED, "Evidence rejected: " + latest.getReason());
    } else {
      actions.addHistory(actionId, verifierId, HistoryKind.EVIDENCE_ACCEPTED, "Evidence accepted"
          + (latest.getReason() == null ? "." : ": " + latest.getReason()));
    }
    return latest;
  }

  @Transactional(readOnly = true)
  public Optional<Evidence> latest(Long actionId) {
    return evidence.findFirstByActionIdOrderByIdDesc(actionId);
  }

  @Transactional(readOnly = true)
  public Evidence get(Long evidenceId) {
    return evidence.findById(evidenceId).orElseThrow(() -> new IllegalStateException("No evidence " + evidenceId));
  }

  @Override
  @Transactional(readOnly = true)
  public Verdict verdict(Long evidenceId) {
    return verdictOf(get(evidenceId));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Verdict> latestVerdict(Long actionId) {
    return latest(actionId).map(EvidenceService::verdictOf);
  }

  private static Verdict verdictOf(Evidence e) {
    return new Verdict(e.getVerifiedBy(), e.getVerifiedAt(), e.getReason());
  }

  @Override
  @Transactional(readOnly = true)
  public List<Submission> submissions(Long actionId) {
    List<EvidenceFileSummary> all = files.summariesOf(actionId);
    return forAction(actionId).stream().map(e -> new Submission(e.getId(), e.getSummary(), e.references(), e.getSubmittedBy(),
        e.getSubmittedAt(), e.getDecision() == null ? null : e.getDecision().name(), e.getReason(), e.getVerifiedBy(),
        e.getVerifiedAt(), all.stream().filter(f -> e.getId().equals(f.evidenceId()))
            .map(f -> new FileLink(f.id(), f.fileName(), f.sizeBytes(), f.uploadedBy(), f.uploadedAt())).toList())).toList();
  }

  @Transactional(readOnly = true)
  public List<Evidence> forAction(Long actionId) {
    return evidence.findByActionIdOrderBySubmittedAtAscIdAsc(actionId);
  }

  @Transactional(readOnly = true)
  public EvidenceFile file(Long fileId) {
    return files.findById(fileId).orElseThrow(() -> new NotFoundException("There is no evidence file " + fileId + "."));
  }

  /** Files uploaded for the action's next evidence submission. */
  @Transactional(readOnly = true)
  public List<EvidenceFile> waitingFiles(Long actionId) {
    return files.findByActionIdAndEvidenceIdIsNull(actionId);
  }

  @Transactional(readOnly = true)
  public List<EvidenceFile> files(Long evidenceId) {
    return files.findByEvidenceId(evidenceId);
  }

  /** The latest evidence as plain text for the verifier's form. */
  @Override
  @Transactional(readOnly = true)
  public String describeLatest(Long actionId) {
    return latest(actionId).map(e -> {
      StringBuilder text = new StringBuilder();
      text.append("Submitted by ").append(roles.displayName(e.getSubmittedBy())).append(" on ")
          .append(STAMP.format(e.getSubmittedAt().atZone(clock.getZone()))).append("\n\n")
          .append(e.getSummary()).append("\n");
      if (!e.references().isEmpty()) {
        text.append("\nReferences:\n");
        e.references().forEach(r -> text.append("- ").append(r).append("\n"));
      }
      List<EvidenceFile> attached = files.findByEvidenceId(e.getId());
      if (!attached.isEmpty()) {
        text.append("\nFiles:\n");
        attached.forEach(f -> text.append("- ").append(f.getFileName()).append(" (").append(f.getSizeBytes() / 1024 + 1)
            .append(" KB) /evidence-files/").append(f.getId()).append("\n"));
      }
      if (e.getDecision() != null) {
        text.append("\nDecision: ").append(e.getDecision() == EvidenceDecision.ACCEPTED ? "accepted" : "rejected")
            .append(" by ").append(roles.displayName(e.getVerifiedBy()))
            .append(e.getReason() == null ? "" : ": " + e.getReason());
      }
      return text.toString().strip();
    }).orElse("No evidence submitted yet.");
  }

  /** The latest evidence's references and files as a Markdown list; see {@link EvidenceLinks}. */
  @Override
  @Transactional(readOnly = true)
  public String latestLinks(Long actionId, String publicUrl) {
    return latest(actionId).map(e -> EvidenceLinks.markdown(e.references(), files.summariesOf(actionId).stream()
            .filter(f -> e.getId().equals(f.evidenceId())).toList(), publicUrl, this::describeUpload))
        .orElse("No evidence submitted yet.");
  }

  /** The reason the latest evidence was rejected, if it was. */
  @Override
  @Transactional(readOnly = true)
  public Optional<String> lastRejection(Long actionId) {
    return evidence.findByActionIdOrderBySubmittedAtAscIdAsc(actionId).stream()
        .filter(e -> e.getDecision() == EvidenceDecision.REJECTED)
        .reduce((first, second) -> second)
        .map(e -> STAMP.format(e.getVerifiedAt().atZone(clock.getZone())) + " · " + roles.displayName(e.getVerifiedBy())
            + ": " + e.getReason());
  }

  private static EvidenceDecision parseDecision(String decision) {
    if (ActionProcess.Value.ACCEPT.equals(decision)) {
      return EvidenceDecision.ACCEPTED;
    }
    if (ActionProcess.Value.REJECT.equals(decision)) {
      return EvidenceDecision.REJECTED;
    }
    throw new BusinessRuleException("Choose whether to accept or reject the evidence.");
  }

  private static String referencesSuffix(Evidence submitted, List<EvidenceFile> attached) {
    StringBuilder s = new StringBuilder();
    if (!submitted.references().isEmpty()) {
      s.append(" References: ").append(String.join("; ", submitted.references())).append(".");
    }
    if (!attached.isEmpty()) {
      s.append(" Files: ").append(String.join("; ", attached.stream().map(EvidenceFile::getFileName).toList())).append(".");
    }
    return s.toString();
  }
}
