package org.reviewactions.action;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives the action process's user tasks the {@link DisplayFormHandler} as the engine parses the process (each
 * deployment, and again whenever the engine reloads a definition into its cache), so the diagrams stay as they are.
 */
@Component
class DisplayFormsPlugin extends AbstractProcessEnginePlugin {

  /** Found when a form is first read: the display needs the application's services, which need the engine. */
  private final ObjectProvider<ActionTaskDisplay> display;

  DisplayFormsPlugin(ObjectProvider<ActionTaskDisplay> display) {
    this.display = display;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (scope.getProcessDefinition() instanceof ProcessDefinitionEntity process && ActionProcess.KEY.equals(process.getKey())
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          TaskDefinition task = userTask.getTaskDefinition();
          task.setTaskFormHandler(new DisplayFormHandler(task.getTaskFormHandler(), display::getObject, activity.getId()));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
