package org.reviewactions.plan;

import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * How a background import is going: {@code GET /api/imports/{id}} (JSON) and the page {@code /plans/import/{id}}
 * (a progress bar that looks again every few seconds until the outcome is known). Plan managers see every
 * import, since they share the work of importing; anyone else is answered 404, as for an import that does not
 * exist, so that import numbers cannot be probed.
 */
@Controller
class ImportProgressController {

  private final PlanImports imports;
  private final CurrentUser currentUser;

  ImportProgressController(PlanImports imports, CurrentUser currentUser) {
    this.imports = imports;
    this.currentUser = currentUser;
  }

  @GetMapping(path = "/api/imports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ImportStatus status(@PathVariable String id) {
    return find(id);
  }

  @GetMapping("/plans/import/{id}")
  String page(@PathVariable String id, Model model) {
    ImportStatus status = find(id);
    model.addAttribute("job", status);
    return "plans/import-progress";
  }

  private ImportStatus find(String id) {
    NotFoundException unknown = new NotFoundException("There is no such plan import.");
    if (!currentUser.isPlanManager() || !id.matches("[0-9]{1,18}")) {
      throw unknown;
    }
    return imports.find(Long.parseLong(id)).orElseThrow(() -> unknown);
  }
}
