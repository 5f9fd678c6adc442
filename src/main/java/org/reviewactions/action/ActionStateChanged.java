package org.reviewactions.action;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action's status or due date changed (it is already stored in {@code action_state_change}); published
 * inside the changing transaction for modules that keep figures of their own.
 */
public record ActionStateChanged(Long actionId, Instant changedAt, ActionStatus status, LocalDate dueDate) {}
