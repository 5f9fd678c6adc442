package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each task of the action process is given exactly the values its form shows: none is missing from a form, and
 * none is worked out (or, for the few stored, written) that no form reads.
 */
class ActionTaskContextTest {

  private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"[^>]*camunda:formRef=\"([^\"]+)\"");
  private static final Pattern COPY = Pattern.compile("\\b(" + TaskContext.PREFIX + "[A-Z][A-Za-z]*|" + TaskContext.NOMINEE_CHOICES + ")\\b");

  @Test
  void eachActionTaskGetsTheCopiesItsFormShowsAndNoOthers() throws IOException {
    Map<String, String> formOfTask = new LinkedHashMap<>();
    Matcher task = USER_TASK.matcher(Files.readString(Path.of("processes/action.bpmn")));
    while (task.find()) {
      formOfTask.put(task.group(1), task.group(2));
    }
    assertThat(formOfTask).hasSize(7).containsOnlyKeys(ActionTaskDisplay.SHOWN_ALSO.keySet());
    formOfTask.forEach((taskId, form) -> {
      Set<String> shown = copiesIn(Path.of("processes", form + ".form"));
      Set<String> written = ActionTaskDisplay.shownBy(taskId);
      assertThat(new TreeSet<>(written)).as("values given for %s (form %s)", taskId, form).isEqualTo(shown);
    });
  }

  @Test
  void displayCopiesAreKnownByTheirNamesAndDecisionsAreNot() {
    assertThat(TaskContext.isDisplayCopy(TaskContext.HISTORY)).isTrue();
    assertThat(TaskContext.isDisplayCopy(TaskContext.NOMINEE_CHOICES)).isTrue();
    assertThat(TaskContext.isDisplayCopy(ActionProcess.Var.SUBMISSION)).isFalse();
    assertThat(TaskContext.isDisplayCopy(ActionProcess.Var.EVIDENCE_DECISION)).isFalse();
    assertThat(TaskContext.isDisplayCopy(null)).isFalse();
  }

  /** The copies a form names: its fields' keys, its text templates ({{ctxEvidenceUrl}}) and its select's valuesKey. */
  private static Set<String> copiesIn(Path form) {
    try {
      Set<String> copies = new TreeSet<>();
      Matcher m = COPY.matcher(Files.readString(form));
      while (m.find()) {
        copies.add(m.group(1));
      }
      return copies;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
