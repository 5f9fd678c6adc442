package org.reviewactions.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Measures an .xlsx before POI opens it: how many parts it has and how far they really expand, counted
 * while inflating rather than taken from the sizes the file declares, which a zip bomb can fake.
 */
final class XlsxPackageCheck {

  private XlsxPackageCheck() {}

  static Optional<ImportError> check(String fileName, byte[] content, ImportLimits limits) {
    return check(fileName, content, limits, "workbook");
  }

  /** As {@link #check(String, byte[], ImportLimits)}, naming the file as a "workbook" or a "document". */
  static Optional<ImportError> check(String fileName, byte[] content, ImportLimits limits, String kind) {
    long maxTotal = limits.maxUncompressedSize().toBytes();
    long grace = ZipSecureFile.getGraceEntrySize();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int entries = 0;
    // Commons Compress, as POI uses, rather than java.util.zip, which refuses entries whose sizes come after
    // their data, as POI's own streaming writer leaves them.
    try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", true, true)) {
      ZipArchiveEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > limits.maxZipEntries()) {
          return Optional.of(ImportError.ofFile("The " + kind + " \"" + fileName + "\" has more than "
              + TableCollector.number(limits.maxZipEntries()) + " parts (zip entries); at most "
              + TableCollector.number(limits.maxZipEntries()) + " are read (rat.import.max-zip-entries)."));
        }
        long size = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          size += n;
          total += n;
          if (total > maxTotal) {
            return Optional.of(ImportError.ofFile("The " + kind + " \"" + fileName + "\" expands to more than "
                + ImportLimits.size(maxTotal) + " when unzipped; at most " + ImportLimits.size(maxTotal)
                + " are read (rat.import.max-uncompressed-size)."));
          }
          if (overInflated(zip.getCompressedCount(), size, grace, limits)) {
            return Optional.of(overInflated(fileName, kind, entry.getName(), zip.getCompressedCount(), size, limits));
          }
        }
      }
    } catch (IOException | RuntimeException damaged) {
      // Not this check's to word: POI, opening the file next, says what is wrong with it.
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean overInflated(long compressed, long expanded, long grace, ImportLimits limits) {
    return compressed >= 0 && expanded > grace && (double) compressed / expanded < limits.minInflateRatio();
  }

  private static ImportError overInflated(String fileName, String kind, String part, long compressed, long expanded,
      ImportLimits limits) {
    return ImportError.ofFile("The part \"" + part + "\" of the " + kind + " \"" + fileName + "\" expands from "
        + ImportLimits.size(compressed) + " to more than " + ImportLimits.size(expanded)
        + ", more than " + TableCollector.number(Math.round(1 / limits.minInflateRatio()))
        + " times its size; files compressed that far are refused as possible zip bombs "
        + "(rat.import.min-inflate-ratio " + limits.minInflateRatio() + ").");
  }
}
