package org.reviewactions.notification;

/** How a person hears about tasks waiting for them. */
public enum EmailDelivery {
  /** One e-mail as each task is created. */
  IMMEDIATE,
  /** One e-mail a working day listing what is new and what is overdue. */
  DIGEST
}
