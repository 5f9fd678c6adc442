package org.reviewactions.action;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.FormType;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The task form handler of the action process's user tasks: the engine's own handler (the Camunda Form of
 * {@code camunda:formRef}, submissions) with, when a form's values are read ({@code GET /task/{id}/form-variables},
 * {@code FormService#getTaskFormVariables}), the action's context as form fields worked out from the plan tables,
 * so no task keeps a copy of it. The engine has checked that the caller may read the task's variables before it
 * asks for them, and the values are those of the task's own action only ({@link ActionTaskDisplay#of}).
 *
 * <p>Only that command gets them: the rendered-form endpoint would turn any form field into a generated HTML form,
 * and nothing else reads a Camunda Form's fields.
 */
final class DisplayFormHandler implements TaskFormHandler {

  private final TaskFormHandler engines;
  private final Supplier<ActionTaskDisplay> display;
  private final List<String> computed;

  DisplayFormHandler(TaskFormHandler engines, Supplier<ActionTaskDisplay> display, String taskKey) {
    this.engines = engines;
    this.display = display;
    this.computed = ActionTaskDisplay.shownBy(taskKey).stream().filter(name -> !ActionTaskDisplay.STORED.contains(name))
        .sorted().toList();
  }

  List<String> computed() {
    return computed;
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    TaskFormData form = engines.createTaskForm(task);
    if (!readingFormValues() || !(form instanceof FormDataImpl data)) {
      return form;
    }
    ActionTaskDisplay.View view = display.get().of(task.getId(), task.getProcessInstanceId(), task::getVariable);
    List<FormField> fields = new ArrayList<>(form.getFormFields());
    // Worked out only when the command asks for the field's value: a caller naming some variables gets only those.
    computed.forEach(name -> fields.add(new Shown(name, () -> typed(view.value(name)))));
    data.setFormFields(fields);
    return form;
  }

  /** Typed as the stored copies were (a text is a String variable), so Tasklist reads them alike. */
  private static TypedValue typed(Object value) {
    if (value instanceof TypedValue typed) {
      return typed;
    }
    return value instanceof String text ? Variables.stringValue(text) : Variables.untypedValue(value);
  }

  private static boolean readingFormValues() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation != null && invocation.getCommand() instanceof GetTaskFormVariablesCmd;
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity processDefinition,
      BpmnParse bpmnParse) {
    engines.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    engines.submitFormVariables(properties, variableScope);
  }

  /** A display field: read-only, its value worked out once, when first asked for. */
  private static final class Shown implements FormField {

    private final String id;
    private Supplier<TypedValue> value;
    private TypedValue worked;

    Shown(String id, Supplier<TypedValue> value) {
      this.id = id;
      this.value = value;
    }

    @Override
    public String getId() {
      return id;
    }

    @Override
    public String getLabel() {
      return id;
    }

    @Override
    public FormType getType() {
      return null;
    }

    @Override
    public String getTypeName() {
      return null;
    }

    @Override
    @Deprecated
    public Object getDefaultValue() {
      return null;
    }

    @Override
    public TypedValue getValue() {
      if (value != null) {
        worked = value.get();
        value = null;
      }
      return worked;
    }

    @Override
    public List<FormFieldValidationConstraint> getValidationConstraints() {
      return List.of();
    }

    @Override
    public Map<String, String> getProperties() {
      return Map.of();
    }

    @Override
    public boolean isBusinessKey() {
      return false;
    }
  }
}
