package org.reviewactions.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.reviewactions.identity.InvitationService.FieldProblem;
import org.reviewactions.notification.NotificationSendException;
import org.reviewactions.shared.ApiProblem;
import org.reviewactions.shared.AsSystem;
import org.reviewactions.shared.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/invitations}: a plan manager or administrator invites someone by e-mail. 201 with the user id and
 * when the link expires. Refusals are problems (application/problem+json) whose {@code errors} lists
 * {@code {field,message}}: 422 for bad input; 403 naming the groups when a plan
 * manager asks for a group only administrators grant; 409 when the user id is taken; 503 when the e-mail could not be
 * sent. In every failure nothing is saved. {@code POST /api/invitations/{id}/resend} and
 * {@code DELETE /api/invitations/{id}} resend and cancel a waiting invitation. The link's token is never in the answer: only the invitee
 * gets it, by e-mail.
 */
@RestController
@RequestMapping("/api/invitations")
class InvitationController {

  /**
   * The JSON body. Its constraints bound what a caller may send before the service looks anything up; the service
   * then checks each field's form and the groups' existence, naming every bad field in one answer.
   */
  record InviteRequest(
      @Size(max = 64, message = "at most 64 characters") String userId,
      @Size(max = InvitationService.MAX_NAME_LENGTH, message = "at most {max} characters") String firstName,
      @Size(max = InvitationService.MAX_NAME_LENGTH, message = "at most {max} characters") String lastName,
      @Size(max = InvitationService.MAX_EMAIL_LENGTH, message = "at most {max} characters") String email,
      @Size(max = MAX_GROUPS, message = "at most {max} groups")
      List<@Size(max = 64, message = "a group id has at most {max} characters") String> groups) {}

  static final int MAX_GROUPS = 20;

  /** The answer to a successful invitation. */
  record InviteResponse(String userId, String email, Instant expiresAt, String expiresOn) {}

  private final InvitationService invitations;
  private final InvitationChanges changes;
  private final CurrentUser currentUser;
  private final AsSystem asSystem;

  InvitationController(InvitationService invitations, InvitationChanges changes, CurrentUser currentUser, AsSystem asSystem) {
    this.invitations = invitations;
    this.changes = changes;
    this.currentUser = currentUser;
    this.asSystem = asSystem;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<InviteResponse> invite(@Valid @RequestBody(required = false) InviteRequest request) {
    String planManager = currentUser.requirePlanManager();
    InviteRequest body = request == null ? new InviteRequest(null, null, null, null, null) : request;
    try {
      InvitationService.Invited invited = asSystem.call(() -> invitations.invite(body.userId(), body.firstName(),
          body.lastName(), body.email(), body.groups(), planManager));
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(new InviteResponse(invited.userId(), invited.email(), invited.expiresAt(), invited.expiresOn()));
    } catch (InvitationService.InvalidInputException e) {
      throw problem(HttpStatus.UNPROCESSABLE_ENTITY, e.problems());
    } catch (InvitationService.GrantNotAllowedException e) {
      throw problem(HttpStatus.FORBIDDEN, List.of(new FieldProblem("groups", e.getMessage())));
    } catch (InvitationService.UserExistsException e) {
      throw problem(HttpStatus.CONFLICT, List.of(new FieldProblem("userId", e.getMessage())));
    } catch (NotificationSendException e) {
      throw problem(HttpStatus.SERVICE_UNAVAILABLE, List.of(new FieldProblem("email",
          "The invitation e-mail could not be sent, so no account was created. Try again later.")));
    }
  }

  /** What became of a cancelled invitation's account. */
  record CancelResponse(String userId, boolean accountRemoved) {}

  /**
   * A new link for a waiting invitation, e-mailed; the old link stops working. 200 with the new expiry; 404 for an
   * unknown invitation; 409 naming why when it was accepted or cancelled; 403 when the
   * account is in a group only administrators grant; 503 when the e-mail could not be sent (the
   * old link still works).
   */
  @PostMapping(path = "/{id}/resend", produces = MediaType.APPLICATION_JSON_VALUE)
  InviteResponse resend(@PathVariable long id) {
    String planManager = currentUser.requirePlanManager();
    try {
      InvitationService.Invited resent = asSystem.call(() -> changes.resend(id, planManager));
      return new InviteResponse(resent.userId(), resent.email(), resent.expiresAt(), resent.expiresOn());
    } catch (InvitationChanges.InvitationClosedException e) {
      throw new ApiProblem(HttpStatus.CONFLICT, e.getMessage());
    } catch (InvitationService.GrantNotAllowedException e) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, e.getMessage());
    } catch (NotificationSendException e) {
      throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE,
          "The invitation e-mail could not be sent, so the old link still works. Try again later.");
    }
  }

  /**
   * Cancels a waiting invitation: its link stops working, and its account is removed (or, when work names it,
   * kept without groups). 200 saying which; 404 for an unknown invitation; 409 naming why when it was accepted or
   * cancelled already; 403 when the account is in a group only administrators grant.
   */
  @DeleteMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  CancelResponse cancel(@PathVariable long id) {
    String planManager = currentUser.requirePlanManager();
    try {
      InvitationChanges.Cancelled cancelled = asSystem.call(() -> changes.cancel(id, planManager));
      return new CancelResponse(cancelled.userId(), cancelled.removed());
    } catch (InvitationChanges.InvitationClosedException e) {
      throw new ApiProblem(HttpStatus.CONFLICT, e.getMessage());
    } catch (InvitationService.GrantNotAllowedException e) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, e.getMessage());
    }
  }

  /** A problem whose detail names every bad field, which clients also read one by one from {@code errors}. */
  private static ApiProblem problem(HttpStatus status, List<FieldProblem> problems) {
    String detail = problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining(" "));
    return new ApiProblem(status, detail).with("errors", problems);
  }
}
