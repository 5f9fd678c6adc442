package org.reviewactions.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/** An uploaded plan file, measured before it is read into memory. */
final class ImportUploads {

  private ImportUploads() {}

  /** The refusal of a file over the import's own size limit, decided from its size alone. */
  static Optional<ImportResult> tooLarge(MultipartFile file, String reviewRef, ImportLimits limits) {
    long max = limits.maxFileSize().toBytes();
    if (file == null || file.getSize() <= max) {
      return Optional.empty();
    }
    return Optional.of(new ImportResult(ImportResult.Outcome.TOO_LARGE, reviewRef == null ? null : reviewRef.strip(),
        0, 0, 0, List.of(), List.of(limits.fileTooLarge(file.getSize()))));
  }

  /** The refusal of a mapping that names an unknown field or one field twice, decided before the file is read. */
  static Optional<ImportResult> badMapping(ColumnMapping.Parsed mapping, String reviewRef) {
    if (mapping.errors().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ImportResult(ImportResult.Outcome.BAD_MAPPING, reviewRef == null ? null : reviewRef.strip(),
        0, 0, 0, List.of(), mapping.errors()));
  }

  /** The refusal of a responsible choice that does not exist, decided before the file is read. */
  static Optional<ImportResult> badChoice(String responsible, String reviewRef) {
    if (ResponsibleChoice.parse(responsible).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(new ImportResult(ImportResult.Outcome.BAD_MAPPING, reviewRef == null ? null : reviewRef.strip(),
        0, 0, 0, List.of(), List.of(ResponsibleChoice.unknown(responsible))));
  }

  /** The refusal of agency and role choices that are not "Name:Existing name", decided before the file is read. */
  static Optional<ImportResult> badNames(NameChoices.Parsed names, String reviewRef) {
    if (names.errors().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ImportResult(ImportResult.Outcome.BAD_MAPPING, reviewRef == null ? null : reviewRef.strip(),
        0, 0, 0, List.of(), names.errors()));
  }

  static byte[] bytes(MultipartFile file) {
    try {
      return file == null ? null : file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The uploaded plan could not be read back from the server's temporary file", e);
    }
  }
}
