package org.reviewactions.challenge;

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
 * Asks for a challenge's e-mails: every member of the given groups once, except whoever is left out and those who
 * chose the daily digest, which lists the challenge's tasks like every other task of theirs.
 */
@Component
class ChallengeNotifications {

  private final RoleDirectory roles;
  private final NotificationRequests requests;
  private final EmailPreferences preferences;

  ChallengeNotifications(RoleDirectory roles, NotificationRequests requests, EmailPreferences preferences) {
    this.roles = roles;
    this.requests = requests;
    this.preferences = preferences;
  }

  /**
   * @param discriminator with the challenge, the kind and the person, what makes the e-mail unique: a request with
   *     the same key is sent once
   * @param task the element id of the task the e-mail links to
   */
  void toGroups(Long challengeId, String processInstanceId, String kind, String discriminator, String except,
      String task, String... groupIds) {
    Set<String> recipients = new LinkedHashSet<>();
    for (String group : groupIds) {
      roles.members(group.strip()).stream().map(Person::userId).forEach(recipients::add);
    }
    recipients.remove(except);
    for (String recipient : recipients) {
      if (preferences.prefersDigest(recipient)) {
        continue;
      }
      requests.request(new NotificationRequest(kind, null, recipient,
          "challenge:" + challengeId + ":" + kind + ":" + (discriminator.isEmpty() ? "" : discriminator + ":") + recipient,
          processInstanceId, Map.of(AgencyChallengeProcess.MailDetail.CHALLENGE_ID, String.valueOf(challengeId),
              AgencyChallengeProcess.MailDetail.TASK, task)));
    }
  }
}
