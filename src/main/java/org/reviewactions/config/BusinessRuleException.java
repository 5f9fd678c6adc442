package org.reviewactions.config;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A rule of the product was broken by what someone entered (a verifier who is the owner, evidence
 * without a reference). Its message is written for the person at the form: Tasklist shows it as is,
 * and the engine rolls the whole step back.
 */
public class BusinessRuleException extends ProcessEngineException {

  public BusinessRuleException(String message) {
    super(message);
  }
}
