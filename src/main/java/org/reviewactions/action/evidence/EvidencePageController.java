package org.reviewactions.action.evidence;

import java.io.IOException;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.shared.BusinessRuleException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The owner's page for attaching files to their next evidence submission (Tasklist forms cannot upload). */
@Controller
class EvidencePageController {

  private final EvidenceService evidence;
  private final ActionService actions;
  private final EvidenceFileController files;

  EvidencePageController(EvidenceService evidence, ActionService actions, EvidenceFileController files) {
    this.evidence = evidence;
    this.actions = actions;
    this.files = files;
  }

  @GetMapping("/actions/{actionId}/evidence-files")
  String page(@PathVariable Long actionId, Model model) {
    files.requireOwner(actionId);
    return show(actionId, model, null, null);
  }

  @PostMapping("/actions/{actionId}/evidence-files")
  String upload(@PathVariable Long actionId, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
    String owner = files.requireOwner(actionId);
    if (file == null || file.isEmpty()) {
      return show(actionId, model, null, "Choose a file to upload.");
    }
    try {
      EvidenceFile saved = evidence.upload(actionId, file.getOriginalFilename(), file.getContentType(), file.getBytes(), owner);
      return show(actionId, model, "Uploaded " + saved.getFileName() + ". It will go with your next evidence submission.", null);
    } catch (BusinessRuleException e) {
      return show(actionId, model, null, e.getMessage());
    }
  }

  private String show(Long actionId, Model model, String message, String error) {
    Action action = actions.get(actionId);
    model.addAttribute("actionId", actionId);
    model.addAttribute("description", action.getDescription());
    model.addAttribute("waiting", evidence.waitingFiles(actionId));
    model.addAttribute("message", message);
    model.addAttribute("error", error);
    return "evidence/upload";
  }
}
