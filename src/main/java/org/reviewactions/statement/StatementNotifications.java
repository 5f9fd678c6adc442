package org.reviewactions.statement;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.EmailPreferences;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.NotificationRequests;
import org.springframework.stereotype.Component;

/**
 * Asks for a statement's e-mails: every member of the given groups once, except whoever is left out and those who
 * chose the daily digest, which lists the statement's tasks, new and overdue, like every other task of theirs.
 */
@Component
class StatementNotifications {

  private final RoleDirectory roles;
  private final NotificationRequests requests;
  private final EmailPreferences preferences;

  StatementNotifications(RoleDirectory roles, NotificationRequests requests, EmailPreferences preferences) {
    this.roles = roles;
    this.requests = requests;
    this.preferences = preferences;
  }

  /**
   * @param discriminator with the statement, the kind and the person, what makes the e-mail unique: a request with
   *     the same key is sent once
   */
  void toGroups(Long statementId, String processInstanceId, String kind, String discriminator, String except,
      Map<String, String> details, String... groupIds) {
    Set<String> recipients = new LinkedHashSet<>();
    for (String group : groupIds) {
      roles.members(group).stream().map(Person::userId).forEach(recipients::add);
    }
    recipients.remove(except);
    for (String recipient : recipients) {
      if (preferences.prefersDigest(recipient)) {
        continue;
      }
      Map<String, String> all = new java.util.HashMap<>(details);
      all.put(AgencyStatementProcess.MailDetail.STATEMENT_ID, String.valueOf(statementId));
      requests.request(new NotificationRequest(kind, null, recipient,
          "statement:" + statementId + ":" + kind + ":" + (discriminator.isEmpty() ? "" : discriminator + ":") + recipient,
          processInstanceId, all));
    }
  }
}
