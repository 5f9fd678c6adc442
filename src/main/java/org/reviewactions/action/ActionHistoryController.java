package org.reviewactions.action;

import java.time.Instant;
import java.util.List;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An action's own history (what Tasklist shows in task forms as the action's history), read-only, as
 * JSON for the people who may read the action ({@link ActionHistoryAccess}).
 */
@RestController
class ActionHistoryController {

  record Entry(Instant happenedAt, String actor, String kind, String text) {}

  record History(Long actionId, String agency, List<Entry> entries) {}

  private final ActionService actions;
  private final ActionHistoryAccess access;
  private final CurrentUser currentUser;

  ActionHistoryController(ActionService actions, ActionHistoryAccess access, CurrentUser currentUser) {
    this.actions = actions;
    this.access = access;
    this.currentUser = currentUser;
  }

  @GetMapping(path = "/api/actions/{actionId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
  History history(@PathVariable Long actionId) {
    if (currentUser.id().isEmpty()) {
      throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Sign in with your Tasklist user name and password.");
    }
    Action action = actions.get(actionId);
    if (!access.mayRead(action)) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, ActionHistoryAccess.REFUSAL);
    }
    List<Entry> entries = actions.history(actionId).stream()
        .map(h -> new Entry(h.getHappenedAt(), h.getActor(), h.getKind(), h.getText())).toList();
    return new History(action.getId(), action.getAgency(), entries);
  }
}
