package org.reviewactions.shared;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A rule of the product was broken by what someone entered (a verifier who is the owner, evidence
 * without a reference). Its message is written for the person at the form: Tasklist shows it as is,
 * and the engine rolls the whole step back.
 *
 * <p>It is a form validation failure to the engine because that is what the REST API and Tasklist's
 * API answer with 400 on complete and submit-form; any other engine exception becomes a 500 there.
 * The engine passes it on from a delegate unwrapped, since it carries no cause.
 */
public class BusinessRuleException extends FormFieldValidationException {

  public BusinessRuleException(String message) {
    super(null, message);
  }

  /** A refusal of one form field's value, named so the caller knows which field to change. */
  public BusinessRuleException(String field, String message) {
    super(field, message);
  }
}
