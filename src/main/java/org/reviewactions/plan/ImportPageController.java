package org.reviewactions.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Base64;
import java.util.Optional;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The plan manager's upload page: choose a file, see the preview with every derived date, then import.
 * The previewed file travels back with the confirmation, so what is imported is exactly what was seen.
 */
@Controller
@RequestMapping("/plans/import")
class ImportPageController {

  private final PlanImportService importer;
  private final CurrentUser currentUser;

  ImportPageController(PlanImportService importer, CurrentUser currentUser) {
    this.importer = importer;
    this.currentUser = currentUser;
  }

  @GetMapping
  String form() {
    user();
    return "plans/import";
  }

  @PostMapping(params = "!confirm")
  String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String reviewRef,
      @RequestParam(required = false) String title, @RequestParam(required = false) String board,
      @RequestParam(required = false) String published, Model model, HttpServletResponse response) {
    String user = user();
    String fileName = file == null ? null : file.getOriginalFilename();
    ImportCommand command = new ImportCommand(reviewRef, title, board, published, fileName, null, true, user);
    Optional<ImportResult> tooLarge = ImportUploads.tooLarge(file, reviewRef, importer.limits());
    if (tooLarge.isPresent()) {
      return show(command, tooLarge.get(), model, response);
    }
    ImportCommand read = new ImportCommand(reviewRef, title, board, published, fileName, ImportUploads.bytes(file), true,
        user);
    return show(read, importer.importPlan(read), model, response);
  }

  @PostMapping(params = "confirm")
  String confirm(@RequestParam String fileName, @RequestParam String fileContent, @RequestParam String reviewRef,
      @RequestParam String title, @RequestParam String board, @RequestParam String published, Model model,
      HttpServletResponse response) {
    byte[] content;
    try {
      content = Base64.getDecoder().decode(fileContent);
    } catch (IllegalArgumentException e) {
      content = null;
    }
    ImportCommand command = new ImportCommand(reviewRef, title, board, published, fileName, content, false, user());
    return show(command, importer.importPlan(command), model, response);
  }

  private String show(ImportCommand command, ImportResult result, Model model, HttpServletResponse response) {
    // The page shows every outcome, but a refusal still answers with its 4xx, as the API does.
    response.setStatus(ActionPlanController.status(result.outcome()).value());
    model.addAttribute("result", result);
    model.addAttribute("reviewRef", command.reviewRef());
    model.addAttribute("title", command.title());
    model.addAttribute("board", command.board());
    model.addAttribute("published", command.published());
    model.addAttribute("fileName", command.fileName());
    if (result.outcome() == ImportResult.Outcome.PREVIEW) {
      model.addAttribute("fileContent", Base64.getEncoder().encodeToString(command.content()));
    }
    return "plans/import";
  }

  private String user() {
    return currentUser.requirePlanManager();
  }
}
