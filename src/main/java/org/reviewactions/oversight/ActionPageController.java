package org.reviewactions.oversight;

import java.util.List;
import org.reviewactions.action.ActionStories;
import org.reviewactions.shared.CurrentUser;
import org.reviewactions.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /actions/{id}}: an action's whole story, for the people who may read it in Tasklist. To anyone else
 * (another agency's owner) the action is not found: a 404 like an id that does not exist, so the page does
 * not even confirm that the action is there.
 */
@Controller
class ActionPageController {

  private final ActionStories stories;
  private final WaitingTasks waitingTasks;
  private final CurrentUser currentUser;

  ActionPageController(ActionStories stories, WaitingTasks waitingTasks, CurrentUser currentUser) {
    this.stories = stories;
    this.waitingTasks = waitingTasks;
    this.currentUser = currentUser;
  }

  @GetMapping("/actions/{actionId:\\d{1,18}}")
  String action(@PathVariable long actionId, Model model) {
    if (currentUser.id().isEmpty()) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first.");
    }
    ActionStories.Story story = stories.forReader(actionId)
        .orElseThrow(() -> new NotFoundException("There is no action " + actionId + " that you may read."));
    String processInstanceId = story.summary().processInstanceId();
    model.addAttribute("story", story);
    model.addAttribute("summary", story.summary());
    model.addAttribute("ragTag", ReviewsPageController.tag(story.summary().rag()));
    model.addAttribute("tasks", processInstanceId == null ? List.of()
        : waitingTasks.of(List.of(processInstanceId)).getOrDefault(processInstanceId, List.of()));
    model.addAttribute("planManager", currentUser.isPlanManager());
    model.addAttribute("monitoringChair", currentUser.isMonitoringChair());
    model.addAttribute("width", "full");
    return "oversight/action";
  }
}
