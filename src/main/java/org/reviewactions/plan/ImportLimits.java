package org.reviewactions.plan;

import java.time.Duration;
import java.time.LocalDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one plan import may ask of the service ({@code rat.import.*}). Real plans have tens to a few
 * hundred rows in a handful of columns and fit in a few hundred kilobytes; the limits sit well above
 * that and well below what would exhaust the memory of a small server.
 *
 * @param maxFileSize the largest file accepted, smaller than the evidence upload's multipart limit
 * @param maxRows the most non-blank rows read from a sheet, header and title rows included
 * @param maxColumns the most columns a non-blank cell may lie in
 * @param maxCellLength the most characters in one cell (Excel's own limit by default)
 * @param maxUncompressedSize the most an .xlsx may expand to, all its parts together
 * @param maxZipEntries the most parts (zip entries) an .xlsx may have
 * @param minInflateRatio the smallest compressed/expanded ratio of a large part of an .xlsx (POI's zip-bomb guard)
 * @param publishedEarliest the earliest publication date accepted
 * @param publishedMaxYearsAhead how many years after today a publication date may lie
 * @param waitForOtherImport how long an import waits while another one is being saved
 */
@Validated
@ConfigurationProperties("rat.import")
public record ImportLimits(
    @DefaultValue("5MB") @NotNull DataSize maxFileSize,
    @DefaultValue("1000") @Positive int maxRows,
    @DefaultValue("50") @Positive int maxColumns,
    @DefaultValue("32767") @Positive int maxCellLength,
    @DefaultValue("50MB") @NotNull DataSize maxUncompressedSize,
    @DefaultValue("1000") @Positive int maxZipEntries,
    @DefaultValue("0.01") @DecimalMin("0") @DecimalMax("1") double minInflateRatio,
    @DefaultValue("1990-01-01") @NotNull LocalDate publishedEarliest,
    @DefaultValue("10") @PositiveOrZero int publishedMaxYearsAhead,
    @DefaultValue("2m") @NotNull Duration waitForOtherImport) {

  /** The limits that apply when nothing is configured. */
  public static ImportLimits defaults() {
    return new ImportLimits(DataSize.ofMegabytes(5), 1000, 50, 32767, DataSize.ofMegabytes(50), 1000, 0.01,
        LocalDate.of(1990, 1, 1), 10, Duration.ofMinutes(2));
  }


  /** The refusal of a file larger than {@link #maxFileSize()}. */
  ImportError fileTooLarge(long size) {
    return new ImportError(null, "file", "The file is " + size(size) + "; a plan may be at most "
        + size(maxFileSize.toBytes()) + " (rat.import.max-file-size). Remove pictures or unused sheets, "
        + "or save it as .csv.");
  }

  /** "5 MB", "512 KB" or "800 bytes": sizes as the refusal names them. */
  static String size(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }
    if (bytes >= 1024) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }
}
