package org.reviewactions.action.evidence;

import org.reviewactions.shared.FileRefused;
import org.reviewactions.shared.UploadedFileCheck;

/** Which files may be evidence: {@link UploadedFileCheck}, its refusals answered as this package's own. */
final class EvidenceFileCheck {

  private EvidenceFileCheck() {}

  static String check(String fileName, byte[] content, long maxBytes) {
    try {
      return UploadedFileCheck.check(fileName, content, maxBytes);
    } catch (FileRefused e) {
      throw new EvidenceRefused(e.status(), e.getMessage());
    }
  }

  static String size(long bytes) {
    return UploadedFileCheck.size(bytes);
  }
}
