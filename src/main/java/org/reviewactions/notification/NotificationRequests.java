package org.reviewactions.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Asks for an e-mail by starting a {@code notification} process in the caller's transaction. The send
 * then runs as its own job: retried on failure, an incident when retries run out, and independent of
 * the requesting process (which may end or be cancelled meanwhile). A request whose key was already
 * sent starts nothing.
 *
 * <p>Work that must not be seen until it is complete (a large plan imported in chunks, each committed) asks for its
 * e-mails {@linkplain #holding held}: they are started suspended, so no job sends them, until the work
 * {@linkplain #release releases} them or {@linkplain #discard discards} them.
 */
@Service
public class NotificationRequests {

  private static final int BUSINESS_KEY_LIMIT = 255;

  /** Marks a held request; the hold's key is the value. */
  static final String HELD_FOR = "heldFor";
  private static final ThreadLocal<String> HOLD = new ThreadLocal<>();

  private final RuntimeService runtimeService;
  private final NotificationRepository notifications;
  private final HistoryService historyService;

  NotificationRequests(RuntimeService runtimeService, NotificationRepository notifications,
      HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.notifications = notifications;
  }

  public void request(NotificationRequest request) {
    if (notifications.findByIdempotencyKey(request.idempotencyKey())
        .filter(n -> n.getStatus() == NotificationStatus.SENT).isPresent()) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(NotificationProcess.Var.KIND, request.kind());
    variables.put(NotificationProcess.Var.ACTION_ID, request.actionId());
    variables.put(NotificationProcess.Var.RECIPIENT, request.recipientUserId());
    variables.put(NotificationProcess.Var.IDEMPOTENCY_KEY, request.idempotencyKey());
    variables.put(NotificationProcess.Var.SOURCE_PROCESS, request.sourceProcessInstanceId());
    request.details().forEach((name, value) -> variables.put(NotificationProcess.Var.DETAIL_PREFIX + name, value));
    String businessKey = request.idempotencyKey().length() > BUSINESS_KEY_LIMIT
        ? request.idempotencyKey().substring(0, BUSINESS_KEY_LIMIT) : request.idempotencyKey();
    String hold = HOLD.get();
    if (hold != null) {
      variables.put(HELD_FOR, hold);
    }
    String id = runtimeService.startProcessInstanceByKey(NotificationProcess.KEY, businessKey, variables).getId();
    if (hold != null) {
      // Suspended in the same transaction as it was asked for: its send job is never acquired while held.
      runtimeService.suspendProcessInstanceById(id);
    }
  }

  /** Runs {@code work} on this thread with every e-mail it asks for held under {@code key}. */
  public <T> T holding(String key, Supplier<T> work) {
    String outer = HOLD.get();
    HOLD.set(key);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        HOLD.remove();
      } else {
        HOLD.set(outer);
      }
    }
  }

  /** Lets the e-mails held under {@code key} be sent; returns how many. */
  public int release(String key) {
    List<String> held = held(key);
    if (!held.isEmpty()) {
      runtimeService.updateProcessInstanceSuspensionState().byProcessInstanceIds(held).activate();
    }
    return held.size();
  }

  /** Drops the e-mails held under {@code key}, unsent and without a trace in history; returns how many. */
  public int discard(String key) {
    List<String> held = held(key);
    if (!held.isEmpty()) {
      runtimeService.deleteProcessInstancesIfExists(held, "held e-mail discarded", true, true, false);
    }
    List<String> traces = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(NotificationProcess.KEY).variableValueEquals(HELD_FOR, key).list().stream()
        .map(p -> p.getId()).toList();
    if (!traces.isEmpty()) {
      historyService.deleteHistoricProcessInstancesIfExists(traces);
    }
    return held.size();
  }

  private List<String> held(String key) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .variableValueEquals(HELD_FOR, key).list().stream().map(p -> p.getId()).toList();
  }
}
