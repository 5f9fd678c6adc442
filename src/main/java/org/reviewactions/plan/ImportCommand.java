package org.reviewactions.plan;

/**
 * An action plan to import: the review it belongs to, the uploaded file, the plan manager's reading of
 * headings the tracker does not recognise by itself, who is responsible when the plan names no one, and which
 * existing agencies and roles the plan's names are.
 *
 * <p>The shorter constructors are for the application's own loaders (demo data, fixtures), which give agencies
 * leads and roles holders themselves: they take names as written and accept actions no one would be asked about.
 * The plan manager's upload (page and API) always states its {@link NameChoices}.
 */
public record ImportCommand(String reviewRef, String title, String board, String published, String fileName,
    byte[] content, boolean dryRun, String importedBy, ColumnMapping mapping, ResponsibleChoice responsible,
    NameChoices names) {

  public ImportCommand {
    mapping = mapping == null ? ColumnMapping.none() : mapping;
    responsible = responsible == null ? ResponsibleChoice.AS_WRITTEN : responsible;
    names = names == null ? NameChoices.none() : names;
  }

  public ImportCommand(String reviewRef, String title, String board, String published, String fileName,
      byte[] content, boolean dryRun, String importedBy, ColumnMapping mapping, ResponsibleChoice responsible) {
    this(reviewRef, title, board, published, fileName, content, dryRun, importedBy, mapping, responsible,
        NameChoices.asWrittenAcknowledged());
  }

  public ImportCommand(String reviewRef, String title, String board, String published, String fileName,
      byte[] content, boolean dryRun, String importedBy, ColumnMapping mapping) {
    this(reviewRef, title, board, published, fileName, content, dryRun, importedBy, mapping, ResponsibleChoice.AS_WRITTEN);
  }

  public ImportCommand(String reviewRef, String title, String board, String published, String fileName,
      byte[] content, boolean dryRun, String importedBy) {
    this(reviewRef, title, board, published, fileName, content, dryRun, importedBy, ColumnMapping.none());
  }

  /**
   * The same plan read with another mapping and choice of who is responsible. Its names are read anew: choices
   * made for the names of the earlier reading start again from the names as written.
   */
  ImportCommand withReading(ColumnMapping columns, ResponsibleChoice choice) {
    return new ImportCommand(reviewRef, title, board, published, fileName, content, dryRun, importedBy, columns, choice,
        NameChoices.none());
  }

  /** The same plan with the plan manager's choices for its agencies and roles. */
  ImportCommand withNames(NameChoices choices) {
    return new ImportCommand(reviewRef, title, board, published, fileName, content, dryRun, importedBy, mapping,
        responsible, choices);
  }

  /** The same plan, to be previewed or imported. */
  ImportCommand withDryRun(boolean preview) {
    return new ImportCommand(reviewRef, title, board, published, fileName, content, preview, importedBy, mapping,
        responsible, names);
  }
}
