package org.reviewactions.action.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files under {@code rat.evidence}.
 *
 * @param maxFileSize the largest evidence file accepted ({@code max-file-size}, default 20MB). The server's own
 *     multipart limit ({@code spring.servlet.multipart.max-file-size}) refuses larger uploads before they are read,
 *     so it must be at least this.
 */
@ConfigurationProperties("rat.evidence")
record EvidenceProperties(@DefaultValue("20MB") DataSize maxFileSize) {

  EvidenceProperties {
    if (maxFileSize == null || maxFileSize.toBytes() <= 0) {
      throw new IllegalArgumentException("rat.evidence.max-file-size must be a positive size such as 20MB: " + maxFileSize);
    }
  }
}
