package org.reviewactions.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks each command a caller sends the engine before it runs. Commands the engine issues while
 * running another one (a delegate starting an e-mail process, a listener writing the form's context)
 * are the application's own and pass: the caller's command was checked when it came in.
 *
 * <ul>
 *   <li>Ad hoc queries, and the queries that extend a stored filter, may carry no expression at any
 *       depth (400).
 *   <li>Only administrators, or the application itself, store a filter whose query carries
 *       expressions (403).
 *   <li>A signed-in person completing a task sets only its form's fields ({@link TaskFormGuard}, 400).
 *   <li>A signed-in person who is not an administrator writes no variable directly, starts no
 *       process, correlates no message or signal and throws no BPMN error or escalation from a task
 *       (403): the product has no use for them; plans start processes on the application's account.
 * </ul>
 */
final class UserCommandGuard extends CommandInterceptor {

  /** Commands that write process state past a form, with what the refusal tells the person. */
  private static final Map<Class<?>, String> REFUSED_TO_USERS = Map.ofEntries(
      Map.entry(AbstractVariableCmd.class, "Variables are changed only through a task's form."),
      Map.entry(SetVariablesToProcessInstancesBatchCmd.class, "Variables are changed only through a task's form."),
      Map.entry(StartProcessInstanceCmd.class, "Processes are started by importing an action plan."),
      Map.entry(StartProcessInstanceAtActivitiesCmd.class, "Processes are started by importing an action plan."),
      Map.entry(SubmitStartFormCmd.class, "Processes are started by importing an action plan."),
      Map.entry(AbstractRestartProcessInstanceCmd.class, "Processes are started by importing an action plan."),
      Map.entry(EvaluateStartConditionCmd.class, "Processes are started by importing an action plan."),
      Map.entry(AbstractCorrelateMessageCmd.class, "The processes wait for no message."),
      Map.entry(MessageEventReceivedCmd.class, "The processes wait for no message."),
      Map.entry(SignalEventReceivedCmd.class, "The processes wait for no signal."),
      Map.entry(SignalCmd.class, "The processes wait for no signal."),
      Map.entry(HandleExternalTaskCmd.class, "The processes have no external tasks."),
      Map.entry(HandleTaskBpmnErrorCmd.class, "A task ends only by completing its form."),
      Map.entry(HandleTaskEscalationCmd.class, "A task ends only by completing its form."));

  private final ProcessEngineConfigurationImpl configuration;

  UserCommandGuard(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      check(command);
    }
    return next.execute(command);
  }

  private void check(Command<?> command) {
    refuseQueryExpressions(command);
    Authentication user = configuration.getIdentityService().getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    boolean admin = isAdministrator(user);
    if (command instanceof SaveFilterCmd && !admin) {
      refuseStoredExpressions(user, (Filter) CommandFields.read(command, "filter"));
    }
    if (command instanceof CompleteTaskCmd) {
      formGuard().check((String) CommandFields.read(command, "taskId"), variables(command, "variables"));
    } else if (command instanceof SubmitTaskFormCmd) {
      formGuard().check((String) CommandFields.read(command, "taskId"), variables(command, "properties"));
    } else if (!admin) {
      refuseDirectWrites(user, command);
    }
  }

  private void refuseQueryExpressions(Command<?> command) {
    Object query = command instanceof AbstractQuery<?, ?> ? command
        : command instanceof AbstractExecuteFilterCmd ? CommandFields.read(command, "extendingQuery") : null;
    List<String> expressions = QueryExpressions.in(query);
    if (!expressions.isEmpty()) {
      throw new BadUserRequestException("Queries may not contain expressions; this one has "
          + String.join(", ", expressions) + ".");
    }
  }

  private static void refuseStoredExpressions(Authentication user, Filter filter) {
    List<String> expressions = filter == null ? List.of() : QueryExpressions.in(filter.getQuery());
    if (!expressions.isEmpty()) {
      throw new AuthorizationException(user.getUserId() + " may not save a filter whose query contains expressions ("
          + String.join(", ", expressions) + "); only administrators may.");
    }
  }

  private static void refuseDirectWrites(Authentication user, Command<?> command) {
    for (Map.Entry<Class<?>, String> refused : REFUSED_TO_USERS.entrySet()) {
      if (refused.getKey().isInstance(command)) {
        throw new AuthorizationException(user.getUserId() + " may not do this: " + refused.getValue());
      }
    }
  }

  private boolean isAdministrator(Authentication user) {
    List<String> adminUsers = configuration.getAdminUsers();
    List<String> adminGroups = configuration.getAdminGroups();
    if (adminUsers != null && adminUsers.contains(user.getUserId())) {
      return true;
    }
    List<String> groups = user.getGroupIds();
    return adminGroups != null && groups != null && groups.stream().anyMatch(adminGroups::contains);
  }

  private TaskFormGuard formGuard() {
    return new TaskFormGuard(configuration.getCommandExecutorTxRequired());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variables(Command<?> command, String field) {
    return (Map<String, Object>) CommandFields.read(command, field);
  }
}
