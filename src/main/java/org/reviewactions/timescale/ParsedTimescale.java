package org.reviewactions.timescale;

import java.time.LocalDate;
import java.time.Period;

/**
 * What a timescale said, as dates.
 *
 * @param startDate when the work starts, or null when the text gives only one date or none
 * @param dueDate when the work is due, or null when the text gives no end (ongoing, open-ended, unreadable)
 * @param reviewCadence how often progress is reviewed ("monitored quarterly" is three months), or null
 * @param needsConfirmation true when the dates are a best guess that a plan manager should check
 * @param note a short sentence for the plan manager saying what was read or why it is unsure; may be null
 */
public record ParsedTimescale(LocalDate startDate, LocalDate dueDate, Period reviewCadence,
                              boolean needsConfirmation, String note) {}
