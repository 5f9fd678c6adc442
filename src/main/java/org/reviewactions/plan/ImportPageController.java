package org.reviewactions.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The plan manager's upload page: choose a file, see the preview with every derived date, map headings
 * the tracker did not recognise, say which existing agency or role each name of the plan is, acknowledge actions no
 * one would be asked about, then import. The previewed file stays on the server under a token
 * ({@link PreviewStore}), so what is imported is exactly what was seen and only its uploader can import it.
 */
@Controller
@RequestMapping("/plans/import")
class ImportPageController {

  private final PlanImportService importer;
  private final CurrentUser currentUser;
  private final PreviewStore previews;

  ImportPageController(PlanImportService importer, CurrentUser currentUser, PreviewStore previews) {
    this.importer = importer;
    this.currentUser = currentUser;
    this.previews = previews;
  }

  @GetMapping
  String form(Model model) {
    user();
    return page(null, null, model);
  }

  @PostMapping(params = {"!confirm", "!token"})
  String preview(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String reviewRef,
      @RequestParam(required = false) String title, @RequestParam(required = false) String board,
      @RequestParam(required = false) String published, Model model, HttpServletResponse response) {
    String user = user();
    String fileName = file == null ? null : file.getOriginalFilename();
    ImportCommand command = new ImportCommand(reviewRef, title, board, published, fileName, null, true, user);
    Optional<ImportResult> tooLarge = ImportUploads.tooLarge(file, reviewRef, importer.limits());
    if (tooLarge.isPresent()) {
      return show(command, tooLarge.get(), null, model, response);
    }
    ImportCommand read = new ImportCommand(reviewRef, title, board, published, fileName, ImportUploads.bytes(file), true,
        user, ColumnMapping.none(), ResponsibleChoice.AS_WRITTEN, NameChoices.none());
    ImportResult result = importer.importPlan(read);
    return show(read, result, keepable(read, result) ? previews.keep(read) : null, model, response);
  }

  /** The held plan read again with the plan manager's choice of field for each heading. */
  @PostMapping(params = {"!confirm", "token"})
  String remap(@RequestParam String token, @RequestParam(required = false) List<String> mapping,
      @RequestParam(required = false) String responsible, Model model, HttpServletResponse response) {
    String user = user();
    ColumnMapping.Parsed parsed = ColumnMapping.parse(mapping);
    // The choice is held with the plan, so the confirmed import is read exactly as previewed.
    return reread(user, token, held -> ImportUploads.badMapping(parsed, held.reviewRef())
            .or(() -> ImportUploads.badChoice(responsible, held.reviewRef())),
        held -> held.withReading(parsed.mapping(), ResponsibleChoice.parse(responsible).orElseThrow()), model, response);
  }

  /** The held plan read again with the plan manager's choice of existing agency or role for each name. */
  @PostMapping(params = {"!confirm", "token", "names"})
  String names(@RequestParam String token, @RequestParam(required = false) List<String> agency,
      @RequestParam(required = false) List<String> role, Model model, HttpServletResponse response) {
    String user = user();
    NameChoices.Parsed parsed = NameChoices.parse(agency, role, null);
    return reread(user, token, held -> ImportUploads.badNames(parsed, held.reviewRef()),
        held -> held.withNames(parsed.choices()), model, response);
  }

  /** Holds and previews the plan read as now chosen, unless the choices cannot be used. */
  private String reread(String user, String token, Function<ImportCommand, Optional<ImportResult>> refusal,
      UnaryOperator<ImportCommand> reading, Model model, HttpServletResponse response) {
    Optional<ImportCommand> held = previews.find(token, user);
    if (held.isEmpty()) {
      return gone(model, response);
    }
    Optional<ImportResult> refused = refusal.apply(held.get());
    if (refused.isPresent()) {
      return show(held.get(), refused.get(), token, model, response);
    }
    ImportCommand command = reading.apply(held.get());
    previews.replace(token, command);
    return show(command, importer.importPlan(command), token, model, response);
  }

  @PostMapping(params = "confirm")
  String confirm(@RequestParam(required = false) String token, @RequestParam(required = false) String acknowledge,
      Model model, HttpServletResponse response) {
    String user = user();
    Optional<ImportCommand> held = previews.find(token, user);
    if (held.isEmpty()) {
      return gone(model, response);
    }
    NameChoices.Parsed acknowledged = NameChoices.parse(null, null, acknowledge);
    Optional<ImportResult> refused = ImportUploads.badNames(acknowledged, held.get().reviewRef());
    if (refused.isPresent()) {
      return show(held.get(), refused.get(), token, model, response);
    }
    // Acknowledged for this import only: the held plan keeps asking until it is imported.
    ImportResult result = importer.importPlan(held.get().withDryRun(false)
        .withNames(held.get().names().withAcknowledged(acknowledged.choices().acknowledged())));
    if (result.outcome() == ImportResult.Outcome.IMPORTED || result.outcome() == ImportResult.Outcome.DUPLICATE
        || result.outcome() == ImportResult.Outcome.STARTED) {
      previews.forget(token, user);
    }
    if (result.outcome() == ImportResult.Outcome.STARTED) {
      return "redirect:/plans/import/" + result.importId();
    }
    return show(held.get(), result, token, model, response);
  }

  /** A plan worth holding: one that previews, or whose headings the plan manager can map. */
  private static boolean keepable(ImportCommand command, ImportResult result) {
    return command.content() != null && command.content().length > 0
        && (result.outcome() == ImportResult.Outcome.PREVIEW || !result.columns().isEmpty());
  }

  private String gone(Model model, HttpServletResponse response) {
    ImportResult refused = new ImportResult(ImportResult.Outcome.INVALID, null, 0, 0, 0, List.of(),
        List.of(new ImportError(null, "token", "This preview is no longer held: previews are kept for "
            + PreviewStore.LIFETIME.toMinutes() + " minutes, for the plan manager who uploaded the file only. "
            + "Upload the plan again.")));
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(refused, null, model);
  }

  private String show(ImportCommand command, ImportResult result, String token, Model model,
      HttpServletResponse response) {
    // The page shows every outcome, but a refusal still answers with its 4xx, as the API does.
    response.setStatus(ActionPlanController.status(result.outcome()).value());
    model.addAttribute("reviewRef", command.reviewRef());
    model.addAttribute("reviewTitle", command.title());
    model.addAttribute("board", command.board());
    model.addAttribute("published", command.published());
    model.addAttribute("fileName", command.fileName());
    model.addAttribute("fields", PlanColumn.values());
    model.addAttribute("agencyLeads", command.responsible() == ResponsibleChoice.AGENCY_LEAD);
    model.addAttribute("agencyLeadValue", ResponsibleChoice.AGENCY_LEAD.value());
    return page(result, token, model);
  }

  /** The page with the result's error summary and inline errors; a preview takes the window's width. */
  private static String page(ImportResult result, String token, Model model) {
    ImportPageErrors.Shown shown = ImportPageErrors.Shown.of(result, token);
    model.addAttribute("result", result);
    model.addAttribute("token", token);
    model.addAttribute("shown", shown);
    model.addAttribute("problems", ImportPageErrors.summary(result, shown));
    model.addAttribute("fieldErrors", ImportPageErrors.inline(result, shown));
    model.addAttribute("wording", PreviewWording.INSTANCE);
    if (result != null && (!result.recommendations().isEmpty() || shown.names())) {
      model.addAttribute("width", "full");
    }
    return "plans/import";
  }

  private String user() {
    return currentUser.requirePlanManager();
  }
}
