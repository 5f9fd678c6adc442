package org.reviewactions.indicator;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.indicator.QuarterlyIndicatorsProcess.MailDetail;
import org.reviewactions.notification.EmailPreferences;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.NotificationRequests;
import org.springframework.stereotype.Component;

/**
 * Asks for a request's e-mails: every member of the groups once, except those who chose the daily digest (which lists
 * the task like every other of theirs). The key names the request, the step and the person, so a retried job asks for
 * the same e-mail, sent once.
 */
@Component
class IndicatorNotifications {

  private final RoleDirectory roles;
  private final NotificationRequests requests;
  private final EmailPreferences preferences;

  IndicatorNotifications(RoleDirectory roles, NotificationRequests requests, EmailPreferences preferences) {
    this.roles = roles;
    this.requests = requests;
    this.preferences = preferences;
  }

  void toGroups(Long submissionId, String taskId, String processInstanceId, String step, String... groupIds) {
    Set<String> recipients = new LinkedHashSet<>();
    for (String group : groupIds) {
      roles.members(group.strip()).stream().map(Person::userId).forEach(recipients::add);
    }
    for (String recipient : recipients) {
      if (QuarterlyIndicatorsProcess.Step.WAITING.equals(step) && preferences.prefersDigest(recipient)) {
        continue;
      }
      requests.request(new NotificationRequest(QuarterlyIndicatorsProcess.MAIL, null, recipient,
          "indicators:" + submissionId + ":" + step + ":" + recipient, processInstanceId,
          Map.of(MailDetail.SUBMISSION_ID, String.valueOf(submissionId), MailDetail.TASK_ID, taskId, MailDetail.STEP, step)));
    }
  }
}
