package org.reviewactions.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.reviewactions.identity.InvitationService.FieldProblem;
import org.reviewactions.notification.NotificationSendException;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/invitations}: a plan manager or administrator invites someone by e-mail. 201 with the user id and
 * when the link expires; 422 {@code {errors:[{field,message}]}} for bad input; 403 naming the groups when a plan
 * manager asks for a group only administrators grant; 409 when the user id is taken; 503 when the e-mail could not be
 * sent. In every failure nothing is saved. The link's token is never in the answer: only the invitee
 * gets it, by e-mail.
 */
@RestController
@RequestMapping("/api/invitations")
class InvitationController {

  /** The JSON body. */
  record InviteRequest(String userId, String firstName, String lastName, String email, List<String> groups) {}

  /** The answer to a successful invitation. */
  record InviteResponse(String userId, String email, Instant expiresAt, String expiresOn) {}

  private final InvitationService invitations;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;

  InvitationController(InvitationService invitations, CurrentUser currentUser, AsSystem asSystem) {
    this.invitations = invitations;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> invite(@RequestBody(required = false) InviteRequest request) {
    String planManager = currentUser.requirePlanManager();
    InviteRequest body = request == null ? new InviteRequest(null, null, null, null, null) : request;
    try {
      InvitationService.Invited invited = asSystem.call(() -> invitations.invite(body.userId(), body.firstName(),
          body.lastName(), body.email(), body.groups(), planManager));
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(new InviteResponse(invited.userId(), invited.email(), invited.expiresAt(), invited.expiresOn()));
    } catch (InvitationService.InvalidInputException e) {
      return errors(HttpStatus.UNPROCESSABLE_ENTITY, e.problems());
    } catch (InvitationService.GrantNotAllowedException e) {
      return errors(HttpStatus.FORBIDDEN, List.of(new FieldProblem("groups", e.getMessage())));
    } catch (InvitationService.UserExistsException e) {
      return errors(HttpStatus.CONFLICT, List.of(new FieldProblem("userId", e.getMessage())));
    } catch (NotificationSendException e) {
      return errors(HttpStatus.SERVICE_UNAVAILABLE, List.of(new FieldProblem("email",
          "The invitation e-mail could not be sent, so no account was created. Try again later.")));
    }
  }

  private static ResponseEntity<Map<String, List<FieldProblem>>> errors(HttpStatus status, List<FieldProblem> problems) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("errors", problems));
  }
}
