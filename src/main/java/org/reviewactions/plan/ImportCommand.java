package org.reviewactions.plan;

/**
 * An action plan to import: the review it belongs to, the uploaded file, and the plan manager's
 * reading of headings the tracker does not recognise by itself.
 */
public record ImportCommand(String reviewRef, String title, String board, String published, String fileName,
    byte[] content, boolean dryRun, String importedBy, ColumnMapping mapping) {

  public ImportCommand {
    mapping = mapping == null ? ColumnMapping.none() : mapping;
  }

  public ImportCommand(String reviewRef, String title, String board, String published, String fileName,
      byte[] content, boolean dryRun, String importedBy) {
    this(reviewRef, title, board, published, fileName, content, dryRun, importedBy, ColumnMapping.none());
  }

  /** The same plan read with another mapping. */
  ImportCommand withMapping(ColumnMapping columns) {
    return new ImportCommand(reviewRef, title, board, published, fileName, content, dryRun, importedBy, columns);
  }

  /** The same plan, to be previewed or imported. */
  ImportCommand withDryRun(boolean preview) {
    return new ImportCommand(reviewRef, title, board, published, fileName, content, preview, importedBy, mapping);
  }
}
