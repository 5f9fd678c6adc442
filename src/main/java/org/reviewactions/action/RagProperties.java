package org.reviewactions.action;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** RAG thresholds: an action due within {@code amberDays} is Amber. */
@Validated
@ConfigurationProperties("rat.rag")
public record RagProperties(@DefaultValue("14") @PositiveOrZero int amberDays) {}
