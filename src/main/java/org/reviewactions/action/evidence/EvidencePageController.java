package org.reviewactions.action.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.reviewactions.action.ActionService;
import org.reviewactions.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The owner's evidence page, reached by a link on the Deliver action form (Tasklist forms cannot upload): attach
 * files to the next evidence submission, remove one attached by mistake, and go back to the same task. Every
 * refusal is the page again (or a short page) with a 4xx status and a GOV.UK error summary naming the problem.
 */
@Controller
class EvidencePageController {

  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
  /** Camunda's task ids (UUIDs or numbers); anything else is not looked up at all. */
  private static final Pattern TASK_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final EvidenceService evidence;
  private final ActionService actions;
  private final EvidenceFileController files;
  private final TaskService tasks;

  EvidencePageController(EvidenceService evidence, ActionService actions, EvidenceFileController files, TaskService tasks) {
    this.evidence = evidence;
    this.actions = actions;
    this.files = files;
    this.tasks = tasks;
  }

  @GetMapping("/actions/{actionId}/evidence-files")
  String page(@PathVariable Long actionId, @RequestParam(required = false) String task, Model model) {
    String owner = files.requireOwner(actionId);
    return show(actionId, owner, task, model, null, null);
  }

  @PostMapping("/actions/{actionId}/evidence-files")
  String upload(@PathVariable Long actionId, @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String task, Model model, HttpServletResponse response) throws IOException {
    String owner = files.requireOwner(actionId);
    if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(actionId, owner, task, model, null, "Choose a file to upload.");
    }
    try {
      EvidenceFile saved = evidence.upload(actionId, file.getOriginalFilename(), file.getContentType(), file.getBytes(), owner);
      return show(actionId, owner, task, model, "Uploaded " + saved.getFileName() + ". It will go with your next evidence submission.", null);
    } catch (EvidenceRefused e) {
      response.setStatus(e.status().value());
      return show(actionId, owner, task, model, null, e.getMessage());
    }
  }

  /** Asks before removing, as GOV.UK services do: removing cannot be undone. */
  @GetMapping("/actions/{actionId}/evidence-files/{fileId}/remove")
  String confirmRemove(@PathVariable Long actionId, @PathVariable Long fileId, @RequestParam(required = false) String task,
      Model model, HttpServletResponse response) {
    String owner = files.requireOwner(actionId);
    EvidenceFileSummary file = evidence.summary(actionId, fileId);
    if (file.submitted()) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return show(actionId, owner, task, model, null, "The file '" + file.fileName()
          + "' has been submitted for verification with your evidence, so it cannot be removed.");
    }
    model.addAttribute("page", evidence.pageView(actionId));
    model.addAttribute("file", file);
    model.addAttribute("task", returnableTask(actionId, owner, task));
    return "evidence/remove";
  }

  @PostMapping("/actions/{actionId}/evidence-files/{fileId}/remove")
  String remove(@PathVariable Long actionId, @PathVariable Long fileId, @RequestParam(required = false) String task,
      Model model, HttpServletResponse response) {
    String owner = files.requireOwner(actionId);
    try {
      EvidenceFileSummary removed = evidence.remove(actionId, fileId);
      return show(actionId, owner, task, model, "Removed " + removed.fileName() + ".", null);
    } catch (EvidenceRefused e) {
      response.setStatus(e.status().value());
      return show(actionId, owner, task, model, null, e.getMessage());
    }
  }

  /** Someone else's action, or one that does not exist: a short page saying so, with the status. */
  @ExceptionHandler({ResponseStatusException.class, NotFoundException.class, EvidenceRefused.class})
  String refused(RuntimeException e, Model model, HttpServletResponse response) {
    HttpStatus status = e instanceof ResponseStatusException r ? HttpStatus.valueOf(r.getStatusCode().value())
        : e instanceof EvidenceRefused r ? r.status() : HttpStatus.NOT_FOUND;
    response.setStatus(status.value());
    model.addAttribute("message", e instanceof ResponseStatusException r && r.getReason() != null ? r.getReason() : e.getMessage());
    return "evidence/refused";
  }

  private String show(Long actionId, String owner, String task, Model model, String message, String error) {
    model.addAttribute("page", evidence.pageView(actionId));
    String returnable = returnableTask(actionId, owner, task);
    model.addAttribute("task", returnable);
    model.addAttribute("returnUrl", returnable == null ? null : TASKLIST_TASK + returnable);
    model.addAttribute("message", message);
    model.addAttribute("error", error);
    return "evidence/upload";
  }

  /**
   * The task to link back to, only when it is an open task of this action assigned to this person (the engine's
   * own authorizations apply to the query too); otherwise none, and the page shows no link. The link is always
   * into this site's Tasklist: nothing from the request becomes an address but a checked task id.
   */
  private String returnableTask(Long actionId, String owner, String task) {
    if (task == null || !TASK_ID.matcher(task).matches()) {
      return null;
    }
    String processInstanceId = actions.get(actionId).getProcessInstanceId();
    if (processInstanceId == null) {
      return null;
    }
    long found = tasks.createTaskQuery().taskId(task).processInstanceId(processInstanceId).taskAssignee(owner).active().count();
    return found == 1 ? task : null;
  }
}
