package org.reviewactions.plan;

/**
 * An action plan to import: the review it belongs to, the uploaded file, the plan manager's reading of
 * headings the tracker does not recognise by itself, and who is responsible when the plan names no one.
 */
public record ImportCommand(String reviewRef, String title, String board, String published, String fileName,
    byte[] content, boolean dryRun, String importedBy, ColumnMapping mapping, ResponsibleChoice responsible) {

  public ImportCommand {
    mapping = mapping == null ? ColumnMapping.none() : mapping;
    responsible = responsible == null ? ResponsibleChoice.AS_WRITTEN : responsible;
  }

  public ImportCommand(String reviewRef, String title, String board, String published, String fileName,
      byte[] content, boolean dryRun, String importedBy, ColumnMapping mapping) {
    this(reviewRef, title, board, published, fileName, content, dryRun, importedBy, mapping, ResponsibleChoice.AS_WRITTEN);
  }

  public ImportCommand(String reviewRef, String title, String board, String published, String fileName,
      byte[] content, boolean dryRun, String importedBy) {
    this(reviewRef, title, board, published, fileName, content, dryRun, importedBy, ColumnMapping.none());
  }

  /** The same plan read with another mapping and choice of who is responsible. */
  ImportCommand withReading(ColumnMapping columns, ResponsibleChoice choice) {
    return new ImportCommand(reviewRef, title, board, published, fileName, content, dryRun, importedBy, columns, choice);
  }

  /** The same plan, to be previewed or imported. */
  ImportCommand withDryRun(boolean preview) {
    return new ImportCommand(reviewRef, title, board, published, fileName, content, preview, importedBy, mapping,
        responsible);
  }
}
