package org.reviewactions.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How large plans are imported in the background ({@code rat.import.*}).
 *
 * @param backgroundThreshold a plan with more actions than this is imported as a background job, in chunks
 * @param chunkSize about how many actions each chunk's transaction saves or starts (whole recommendations)
 * @param node this node's name in {@code plan_import}; the start-up check rolls back what this node left unfinished.
 *     Give each node its own name when more than one runs (the host name by default)
 * @param staleAfter an import of another node that has not reported progress for this long is taken as dead and
 *     rolled back by whichever node starts next
 * @param queueSize how many background imports may wait for the one running on a node before more are refused
 */
@Validated
@ConfigurationProperties("rat.import")
public record ImportJobSettings(
    @DefaultValue("200") @Positive int backgroundThreshold,
    @DefaultValue("100") @Positive int chunkSize,
    String node,
    @DefaultValue("10m") @NotNull Duration staleAfter,
    @DefaultValue("4") @Positive int queueSize) {

  public ImportJobSettings {
    if (node == null || node.isBlank()) {
      node = hostName();
    }
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "localhost";
    }
  }
}
