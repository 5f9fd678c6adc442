package org.reviewactions.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
 *     Blank for the default, host name and server port ({@code app1:8080}): distinct for two nodes on one host, and
 *     the same when the node restarts, so that it still recognises its own unfinished import (see ImportNode)
 * @param staleAfter an import of another node that has not reported progress for this long is taken as dead and
 *     rolled back by whichever node starts next
 * @param queueSize how many background imports may wait for the one running on a node before more are refused
 * @param workers how many chunks of one import are saved or started at once, each in its own transaction on its own
 *     thread and database connection: 2 keeps both cores of a small server busy (the importing thread and the
 *     database take turns on one core otherwise); 1 saves and starts chunk after chunk
 */
@Validated
@ConfigurationProperties("rat.import")
public record ImportJobSettings(
    @DefaultValue("200") @Positive int backgroundThreshold,
    @DefaultValue("100") @Positive int chunkSize,
    @Size(max = 200) String node,
    @DefaultValue("10m") @NotNull Duration staleAfter,
    @DefaultValue("4") @Positive int queueSize,
    @DefaultValue("2") @Positive @Max(16) int workers) {

  /**
   * This node's name: the configured one, else host name and port. A random id per start would be distinct too, but
   * a restarted node could then never recognise its own unfinished import, which would wait for
   * {@link #staleAfter()} and for some node's next start before it was rolled back.
   */
  String nodeName(String host, int port) {
    return node == null || node.isBlank() ? host + ":" + port : node.strip();
  }
}
