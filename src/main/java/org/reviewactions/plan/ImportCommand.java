package org.reviewactions.plan;

/** An action plan to import: the review it belongs to and the uploaded file. */
public record ImportCommand(String reviewRef, String title, String board, String published, String fileName,
    byte[] content, boolean dryRun, String importedBy) {}
