package org.reviewactions.challenge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reviewactions.identity.Person;
import org.reviewactions.identity.RoleDirectory;
import org.reviewactions.notification.MailMessage;
import org.reviewactions.notification.NotificationComposer;
import org.reviewactions.notification.NotificationRequest;
import org.reviewactions.notification.TasklistLinks;
import org.springframework.stereotype.Component;

/** Composes the e-mails about agency challenges when their jobs run, with a link to the waiting task. */
@Component
class ChallengeMail implements NotificationComposer {

  private final AgencyChallenges challenges;
  private final RoleDirectory roles;
  private final TasklistLinks links;

  ChallengeMail(AgencyChallenges challenges, RoleDirectory roles, TasklistLinks links) {
    this.challenges = challenges;
    this.roles = roles;
    this.links = links;
  }

  @Override
  public boolean composes(String kind) {
    return AgencyChallengeProcess.WAITING_MAIL.equals(kind) || AgencyChallengeProcess.REMINDER_MAIL.equals(kind);
  }

  @Override
  public MailMessage compose(NotificationRequest request) {
    Person recipient = roles.requirePerson(request.recipientUserId());
    Map<String, Object> model = new HashMap<>(challenges.mailModel(
        Long.valueOf(request.details().get(AgencyChallengeProcess.MailDetail.CHALLENGE_ID))));
    model.put("recipientName", recipient.displayName());
    model.putAll(request.details());
    model.put("taskLink", links.openTask(request.sourceProcessInstanceId(),
        request.details().get(AgencyChallengeProcess.MailDetail.TASK)));
    return new MailMessage(request.idempotencyKey(), null, request.kind(), recipient.email(), recipient.displayName(),
        model, List.of());
  }
}
