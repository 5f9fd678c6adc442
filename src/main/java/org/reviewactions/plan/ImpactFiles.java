package org.reviewactions.plan;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.action.ActionService;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.review.ImpactCheck;
import org.reviewactions.review.Recommendation;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.UploadedFileCheck;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/**
 * Files of an impact assessment. Only whoever may do the open "Assess impact" task (its assignee, or a member of one
 * of its candidate groups: the monitoring sub-group, and the board once it is overdue twice) uploads them, for the
 * check that is due; whoever may read the recommendation's report (the groups that oversee, the agencies with an
 * action under it) reads them. To anyone else the recommendation's files do not exist (404). Files are checked as
 * evidence files are ({@link UploadedFileCheck}, limit rat.evidence.max-file-size) before anything is written.
 */
@Service
class ImpactFiles {

  private final RecommendationRepository recommendations;
  private final RecommendationService service;
  private final ImpactCheckFileRepository files;
  private final ActionService actions;
  private final RoleDirectory roles;
  private final CurrentUser currentUser;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Clock clock;
  private final long maxBytes;

  ImpactFiles(RecommendationRepository recommendations, RecommendationService service, ImpactCheckFileRepository files,
      ActionService actions, RoleDirectory roles, CurrentUser currentUser, TaskService tasks, IdentityService identity,
      Clock clock, @Value("${rat.evidence.max-file-size:20MB}") DataSize maxFileSize) {
    this.recommendations = recommendations;
    this.service = service;
    this.files = files;
    this.actions = actions;
    this.roles = roles;
    this.currentUser = currentUser;
    this.tasks = tasks;
    this.identity = identity;
    this.clock = clock;
    this.maxBytes = maxFileSize.toBytes();
  }

  String maxFileSize() {
    return UploadedFileCheck.size(maxBytes);
  }

  /** The recommendation if the signed-in user may read its files or upload one; otherwise 404, as for a missing one. */
  @Transactional(readOnly = true)
  Recommendation readable(Long recommendationId) {
    Recommendation recommendation = recommendations.findById(recommendationId).orElseThrow(() -> notFound(recommendationId));
    if (!mayRead(recommendation) && openTaskFor(recommendation) == null) {
      throw notFound(recommendationId);
    }
    // The page shows the review's title after this transaction has ended.
    org.hibernate.Hibernate.initialize(recommendation.getReview());
    return recommendation;
  }

  /** The open "Assess impact" task of the recommendation that the signed-in user may do, or null. */
  Task openTaskFor(Recommendation recommendation) {
    String user = currentUser.id().orElse(null);
    if (user == null || recommendation.getProcessInstanceId() == null) {
      return null;
    }
    Task task = tasks.createTaskQuery().processInstanceId(recommendation.getProcessInstanceId())
        .taskDefinitionKey(RecommendationProcess.Element.ASSESS_IMPACT).active().singleResult();
    if (task == null) {
      return null;
    }
    if (user.equals(task.getAssignee())) {
      return task;
    }
    List<String> mine = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> user.equals(link.getUserId()) || link.getGroupId() != null && mine.contains(link.getGroupId()));
    return candidate ? task : null;
  }

  /** Uploads a file for the due check: 403 unless the user may do the open task; a refused file saves nothing. */
  @Transactional
  ImpactFileSummary upload(Long recommendationId, String fileName, String contentType, byte[] content) {
    Recommendation recommendation = readable(recommendationId);
    if (openTaskFor(recommendation) == null) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the monitoring sub-group (or the board, once it is "
          + "overdue) adds files to an impact assessment, while its Assess impact task is open.");
    }
    ImpactCheck due = service.dueImpactCheck(recommendationId).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.CONFLICT, "Recommendation " + recommendation.getNumber() + " has no impact check due."));
    String name = UploadedFileCheck.check(fileName, content, maxBytes);
    ImpactCheckFile saved = files.save(new ImpactCheckFile(due.getId(), name, contentType, content,
        currentUser.id().orElseThrow(), clock.instant()));
    return new ImpactFileSummary(saved.getId(), due.getId(), saved.getFileName(), saved.getSizeBytes(),
        saved.getUploadedBy(), saved.getUploadedAt());
  }

  /** Every file of the recommendation's checks. */
  @Transactional(readOnly = true)
  List<ImpactFileSummary> filesOf(Long recommendationId) {
    List<Long> checks = service.impactChecks(recommendationId).stream().map(ImpactCheck::getId).toList();
    return checks.isEmpty() ? List.of() : files.summariesOf(checks);
  }

  /** The file with its content, if the user may read its recommendation; 404 otherwise. */
  @Transactional(readOnly = true)
  ImpactCheckFile download(Long fileId) {
    ImpactCheckFile file = files.findById(fileId).orElseThrow(() -> fileNotFound(fileId));
    Recommendation recommendation = recommendations.findById(files.recommendationOf(file.getImpactCheckId()))
        .orElseThrow(() -> fileNotFound(fileId));
    String user = currentUser.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first."));
    if (!user.equals(file.getUploadedBy()) && !mayRead(recommendation)) {
      throw fileNotFound(fileId);
    }
    return file;
  }

  String uploaderName(String userId) {
    return roles.displayName(userId);
  }

  /** As the recommendation's report: the groups that oversee, and the agencies with an action under it. */
  private boolean mayRead(Recommendation recommendation) {
    if (currentUser.oversees()) {
      return true;
    }
    String user = currentUser.id().orElse(null);
    return user != null && actions.forRecommendation(recommendation.getId()).stream()
        .map(a -> a.getAgency()).distinct().anyMatch(agency -> roles.belongsTo(user, agency));
  }

  private static ResponseStatusException notFound(Long recommendationId) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no recommendation " + recommendationId
        + " whose impact files you may see.");
  }

  private static ResponseStatusException fileNotFound(Long fileId) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no impact assessment file " + fileId + " that you may read.");
  }
}
