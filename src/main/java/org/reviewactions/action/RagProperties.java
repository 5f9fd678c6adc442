package org.reviewactions.action;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** RAG thresholds: an action due within {@code amberDays} is Amber. */
@ConfigurationProperties("rat.rag")
public record RagProperties(Integer amberDays) {

  public RagProperties {
    amberDays = amberDays == null ? 14 : amberDays;
  }
}
