package org.reviewactions.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.reviewactions.shared.FormDates;

/**
 * A task completed by a person changes only what the task's form asks for: every submitted variable
 * must be one of the form's fields, a field with a fixed list of values must hold one of them, and a
 * field with a pattern (a date typed as day/month/year) text that matches it.
 * Anything else is refused before the task is touched, with a 400 naming the variable (the REST API
 * answers a {@link FormFieldValidationException} on complete and submit-form with 400).
 */
final class TaskFormGuard {

  /** The engine keeps a text variable in a column of 4,000 characters; longer fails in the database. */
  static final int MAX_TEXT = 4000;

  private final CommandExecutor commandExecutor;

  TaskFormGuard(CommandExecutor commandExecutor) {
    this.commandExecutor = commandExecutor;
  }

  void check(String taskId, Map<String, Object> variables) {
    if (taskId == null || variables == null || variables.isEmpty()) {
      return;
    }
    FormFields form = commandExecutor.execute(new ReadTaskForm(taskId));
    if (form == null) {
      return; // no such task: the completion itself says so
    }
    for (Map.Entry<String, Object> variable : variables.entrySet()) {
      String name = variable.getKey();
      if (!form.has(name)) {
        throw new FormFieldValidationException(name, "'" + name + "' is not a field of "
            + (form.formId() == null ? "this task (it has no form)" : "the form " + form.formId())
            + ": completing a task may set only its form's fields.");
      }
      Object value = variable.getValue() instanceof TypedValue typed ? typed.getValue() : variable.getValue();
      if (value instanceof String text && text.length() > MAX_TEXT) {
        throw new FormFieldValidationException(name, "'" + name + "' holds " + String.format(java.util.Locale.UK, "%,d", text.length())
            + " characters; a form field may hold at most " + String.format(java.util.Locale.UK, "%,d", MAX_TEXT)
            + ". Shorten it, or attach the full text as an evidence file.");
      }
      Pattern pattern = form.pattern(name).orElse(null);
      if (pattern != null && value != null && !"".equals(value)
          && !(value instanceof String text && pattern.matcher(text).matches())) {
        String shown = value.toString().length() > 40 ? value.toString().substring(0, 40) + "…" : value.toString();
        throw new FormFieldValidationException(name, "'" + name + "': '" + shown + "' is not "
            + (pattern.pattern().equals(FormDates.PATTERN) ? "a date typed as day/month/year. " + FormDates.HOW_TO_TYPE
                : "in the shape the form asks for (" + pattern.pattern() + ")."));
      }
      Set<String> options = form.options(name).orElse(null);
      if (options != null && form.valuesKey(name).isPresent() && (value == null || !options.contains(value.toString()))) {
        String shown = value == null ? "" : value.toString().length() > 40 ? value.toString().substring(0, 40) + "…" : value.toString();
        throw new FormFieldValidationException(name, "'" + name + "': '" + shown + "' is not one of the choices this task offers"
            + (options.isEmpty() ? " (it offers none)." : ". Choose one of the people listed in the form."));
      }
      if (options != null && value != null && !options.contains(value.toString())) {
        throw new FormFieldValidationException(name, "'" + value + "' is not one of the choices for '" + name
            + "' (" + String.join(", ", options) + ").");
      }
    }
  }

  /** Reads the task's deployed form as the engine itself, whatever the caller may see. */
  private record ReadTaskForm(String taskId) implements Command<FormFields> {

    @Override
    public FormFields execute(org.camunda.bpm.engine.impl.interceptor.CommandContext commandContext) {
      return commandContext.runWithoutAuthorization(() -> {
        TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
        if (task == null) {
          return null;
        }
        if (task.getTaskDefinition() == null || (task.getTaskDefinition().getFormKey() == null
            && task.getTaskDefinition().getCamundaFormDefinitionKey() == null)) {
          return FormFields.none();
        }
        try (InputStream form = new GetDeployedTaskFormCmd(taskId).execute(commandContext)) {
          // The choices this task offered (the variable its create listener set), never what the caller sends.
          return FormFields.parse(form).withOfferedChoices(variable -> OfferedChoices.values(task.getVariableLocal(variable)));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read the form of task " + taskId, e);
        } catch (ProcessEngineException e) {
          throw new ProcessEngineException("Cannot read the form of task " + taskId + " to check what it may set", e);
        }
      });
    }
  }
}
