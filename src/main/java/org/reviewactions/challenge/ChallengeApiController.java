package org.reviewactions.challenge;

import java.util.List;
import org.reviewactions.shared.ApiProblem;
import org.reviewactions.shared.BusinessRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/challenges}: the raising page as JSON. The body is a fixed record: a field it does not name is
 * ignored and never reaches the engine. Refusals are RFC 9457 problems: 403 for anyone but a monitoring chair, 404
 * for an unknown action, 400 naming the field (as {@code field}).
 */
@RestController
@RequestMapping(path = "/api/challenges", produces = MediaType.APPLICATION_JSON_VALUE)
class ChallengeApiController {

  /** The response date as day/month/year, as every form of the product reads it. */
  record NewChallenge(String concern, List<Long> actionIds, String responseDate) {}

  record Raised(Long challengeId) {}

  private final AgencyChallenges challenges;

  ChallengeApiController(AgencyChallenges challenges) {
    this.challenges = challenges;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Raised> raise(@RequestBody NewChallenge body) {
    challenges.requireChair();
    try {
      return ResponseEntity.status(HttpStatus.CREATED)
          .body(new Raised(challenges.raise(body.actionIds(), body.concern(), body.responseDate())));
    } catch (BusinessRuleException e) {
      ApiProblem problem = new ApiProblem(HttpStatus.BAD_REQUEST, e.getMessage());
      Object field = e.getDetail();
      throw field == null ? problem : problem.with("field", field);
    }
  }
}
