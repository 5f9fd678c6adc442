package org.reviewactions.action.evidence;

import java.io.IOException;
import java.util.Map;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionStories;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Evidence files: the action's owner uploads them before submitting evidence; whoever may read the action's story
 * (its owner, its agency's people, its monitoring sub-group, the board, plan managers: {@link ActionStories#mayRead}),
 * the uploader and the groups that oversee actions download them. To anyone else a file is not found (404), as the
 * action page answers them, so its id confirms nothing. Downloads are always attachments, never rendered inline,
 * so an uploaded page cannot run in the application's origin.
 */
@RestController
class EvidenceFileController {

  private final EvidenceService evidence;
  private final ActionService actions;
  private final CurrentUser currentUser;
  private final ActionStories stories;

  EvidenceFileController(EvidenceService evidence, ActionService actions, CurrentUser currentUser, ActionStories stories) {
    this.evidence = evidence;
    this.actions = actions;
    this.currentUser = currentUser;
    this.stories = stories;
  }

  @PostMapping(path = "/api/actions/{actionId}/evidence-files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> upload(@PathVariable Long actionId, @RequestParam MultipartFile file) throws IOException {
    String owner = requireOwner(actionId);
    EvidenceFile saved = evidence.upload(actionId, file.getOriginalFilename(), file.getContentType(), file.getBytes(), owner);
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", saved.getId(), "fileName", saved.getFileName(),
        "sizeBytes", saved.getSizeBytes()));
  }

  /** Removes a file not yet submitted with evidence: 204, or 404 (not this action's), 409 (already submitted). */
  @DeleteMapping("/api/actions/{actionId}/evidence-files/{fileId}")
  ResponseEntity<Void> remove(@PathVariable Long actionId, @PathVariable Long fileId) {
    requireOwner(actionId);
    evidence.remove(actionId, fileId);
    return ResponseEntity.noContent().build();
  }

  /** The API answers refusals as problems like every other {@code /api/**} address. */
  @ExceptionHandler(EvidenceRefused.class)
  ProblemDetail refused(EvidenceRefused e) {
    return ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
  }

  /** Machine clients use the API address with HTTP Basic; people follow the page address with their session. */
  @GetMapping({"/api/evidence-files/{fileId}", "/evidence-files/{fileId}"})
  ResponseEntity<byte[]> download(@PathVariable Long fileId) {
    EvidenceFile file = evidence.file(fileId);
    String user = currentUser.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first."));
    Action action = actions.get(file.getActionId());
    if (!user.equals(file.getUploadedBy()) && !currentUser.oversees() && !stories.mayRead(action)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no evidence file " + fileId + " that you may read.");
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.setContentDisposition(ContentDisposition.attachment().filename(file.getFileName(),
        java.nio.charset.StandardCharsets.UTF_8).build());
    headers.set("X-Content-Type-Options", "nosniff");
    return new ResponseEntity<>(file.getContent(), headers, HttpStatus.OK);
  }

  /** Only the action's owner adds evidence files to it or removes them. */
  String requireOwner(Long actionId) {
    String user = currentUser.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first."));
    if (!user.equals(actions.get(actionId).getOwnerUserId())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the action's owner can add or remove its evidence files. This action is not yours.");
    }
    return user;
  }
}
