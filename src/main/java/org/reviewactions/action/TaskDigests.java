package org.reviewactions.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.reviewactions.action.reminder.WorkingCalendar;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.EmailDelivery;
import org.reviewactions.notification.EmailPreferences;
import org.reviewactions.notification.MailDates;
import org.reviewactions.notification.MailMessage;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.notification.TasklistLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest for everyone who chose it: the tasks that became theirs between the previous working day's
 * sending time and this one's, and their tasks already past their due date, each with its Tasklist link. Nothing
 * to say, no e-mail. Its idempotency key (person and day) is what sends it once, on any number of nodes and runs:
 * the same day always covers the same window, so a later run finds it sent.
 */
@Component
public class TaskDigests {

  static final String KIND = "digest";
  /** A digest is a summary; the rest is in Tasklist. */
  static final int MAX_LISTED = 50;

  private static final Logger log = LoggerFactory.getLogger(TaskDigests.class);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private final TaskService taskService;
  private final IdentityService identityService;
  private final RoleDirectory roles;
  private final EmailPreferences preferences;
  private final NotificationService notifications;
  private final TasklistLinks links;
  private final WorkingCalendar calendar;
  private final TransactionTemplate eachPerson;
  private final HistoryRepository history;
  private final ActionRepository actions;

  /** What happened to a person's actions that their digest tells them (each also an e-mail of its own for others). */
  static final Map<String, String> OUTCOMES = Map.of(
      HistoryKind.COMPLETED.name(), "Completed: evidence verified",
      HistoryKind.EVIDENCE_REJECTED.name(), "Evidence returned to you");

  TaskDigests(TaskService taskService, IdentityService identityService, RoleDirectory roles, EmailPreferences preferences,
      NotificationService notifications, TasklistLinks links, WorkingCalendar calendar, PlatformTransactionManager tx,
      HistoryRepository history, ActionRepository actions) {
    this.history = history;
    this.actions = actions;
    this.taskService = taskService;
    this.identityService = identityService;
    this.roles = roles;
    this.preferences = preferences;
    this.notifications = notifications;
    this.links = links;
    this.calendar = calendar;
    this.eachPerson = new TransactionTemplate(tx);
    // One person's failed send is retried on the next run without undoing the others'.
    this.eachPerson.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** What a run did: digests sent now, and whether any person's failed (to be retried). */
  public record Run(int sent, int failed) {}

  static String key(String userId, LocalDate day) {
    return "digest:" + day + ":" + userId;
  }

  /** Sends the day's digests that are not sent yet. */
  public Run send(LocalDate day) {
    Instant until = calendar.sendingTime(day);
    LocalDate previous = day.minusDays(1);
    while (!calendar.isWorkingDay(previous)) {
      previous = previous.minusDays(1);
    }
    Instant since = calendar.sendingTime(previous);
    Map<String, EmailDelivery> chosen = preferences.chosen();
    int sent = 0;
    int failed = 0;
    for (User user : identityService.createUserQuery().orderByUserId().asc().list()) {
      if (chosen.getOrDefault(user.getId(), preferences.defaultDelivery()) != EmailDelivery.DIGEST
          || user.getEmail() == null || user.getEmail().isBlank()) {
        continue;
      }
      LocalDate previousDay = previous;
      try {
        if (Boolean.TRUE.equals(eachPerson.execute(s -> sendTo(user.getId(), day, previousDay, since, until)))) {
          sent++;
        }
      } catch (RuntimeException e) {
        // Another node sending the same digest, or the mail server down: the next run tries again.
        failed++;
        log.warn("Digest for {} on {} not sent this time: {}", user.getId(), day, e.getMessage());
      }
    }
    return new Run(sent, failed);
  }

  private boolean sendTo(String userId, LocalDate day, LocalDate previous, Instant since, Instant until) {
    Person person = roles.person(userId).orElse(null);
    if (person == null) {
      return false;
    }
    Map<String, Task> tasks = new LinkedHashMap<>();
    taskService.createTaskQuery().taskAssignee(userId).active().list().forEach(t -> tasks.put(t.getId(), t));
    taskService.createTaskQuery().taskCandidateUser(userId).active().list().forEach(t -> tasks.putIfAbsent(t.getId(), t));
    List<Task> fresh = new ArrayList<>();
    List<Task> overdue = new ArrayList<>();
    for (Task task : tasks.values()) {
      Instant created = task.getCreateTime() == null ? Instant.EPOCH : task.getCreateTime().toInstant();
      if (!created.isBefore(since) && created.isBefore(until)) {
        fresh.add(task);
      } else if (task.getDueDate() != null && task.getDueDate().toInstant().isBefore(until)) {
        overdue.add(task);
      }
    }
    List<HistoryEntry> happened = history.happenedToActionsOf(userId, OUTCOMES.keySet(), since, until);
    if (fresh.isEmpty() && overdue.isEmpty() && happened.isEmpty()) {
      return false;
    }
    fresh.sort(Comparator.comparing(Task::getCreateTime, Comparator.nullsFirst(Comparator.naturalOrder())));
    overdue.sort(Comparator.comparing(Task::getDueDate));
    Map<String, Object> model = new HashMap<>();
    model.put("recipientName", person.displayName());
    model.put("day", MailDates.longDate(day));
    model.put("since", MailDates.longDate(previous) + ", " + TIME.format(LocalDateTime.ofInstant(since, calendar.zone())));
    list(model, "new", fresh);
    list(model, "overdue", overdue);
    model.put("outcomes", outcomes(happened));
    model.put("taskLink", links.tasklist());
    model.put("settingsLink", links.page("/settings/e-mails"));
    return notifications.send(new MailMessage(key(userId, day), null, KIND, person.email(), person.displayName(), model,
        List.of()));
  }

  private List<Map<String, String>> outcomes(List<HistoryEntry> happened) {
    Map<Long, Action> byId = new HashMap<>();
    actions.findAllById(happened.stream().map(HistoryEntry::getActionId).distinct().toList())
        .forEach(a -> byId.put(a.getId(), a));
    List<Map<String, String>> items = new ArrayList<>();
    for (HistoryEntry entry : happened.subList(0, Math.min(MAX_LISTED, happened.size()))) {
      Action action = byId.get(entry.getActionId());
      Map<String, String> item = new HashMap<>();
      item.put("what", OUTCOMES.get(entry.getKind()));
      item.put("action", action == null ? "" : TaskContext.fitName(action.getDescription()));
      item.put("link", links.page("/actions/" + entry.getActionId()));
      items.add(item);
    }
    return items;
  }

  private void list(Map<String, Object> model, String name, List<Task> tasks) {
    List<Map<String, String>> items = new ArrayList<>();
    for (Task task : tasks.subList(0, Math.min(MAX_LISTED, tasks.size()))) {
      Map<String, String> item = new HashMap<>();
      item.put("name", task.getName() == null ? "Task" : task.getName());
      item.put("link", links.task(task.getId()));
      item.put("due", task.getDueDate() == null ? null
          : MailDates.longDate(LocalDate.ofInstant(task.getDueDate().toInstant(), calendar.zone())));
      items.add(item);
    }
    model.put(name + "Tasks", items);
    model.put(name + "Count", String.valueOf(tasks.size()));
    model.put(name + "More", tasks.size() > MAX_LISTED ? String.valueOf(tasks.size() - MAX_LISTED) : null);
  }
}
