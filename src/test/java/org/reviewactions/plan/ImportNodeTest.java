package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ImportNodeTest {

  @Test
  void twoNodesOnOneHostWithDifferentPortsHaveDifferentNames() {
    assertThat(settings(null).nodeName("app1", 8080)).isNotEqualTo(settings(null).nodeName("app1", 8081));
  }

  @Test
  void aNodeRestartedOnItsPortHasTheSameNameAsBefore() {
    assertThat(settings(null).nodeName("app1", 8080)).isEqualTo(settings(null).nodeName("app1", 8080))
        .isEqualTo("app1:8080");
  }

  @Test
  void anExplicitNodeNameIsKeptWhateverThePort() {
    assertThat(settings("node-a").nodeName("app1", 8080)).isEqualTo("node-a");
    assertThat(settings("  ").nodeName("app1", 8080)).isEqualTo("app1:8080");
  }

  @Test
  void theDefaultTakesTheConfiguredServerPort() {
    MockEnvironment env = new MockEnvironment().withProperty("server.port", "8443");
    assertThat(new ImportNode(settings(null), env, "app1").name()).isEqualTo("app1:8443");
    assertThat(new ImportNode(settings(null), new MockEnvironment(), "app1").name()).isEqualTo("app1:8080");
  }

  @Test
  void aRandomServerPortIsResolvedToThePortTheServerGot() {
    MockEnvironment env = new MockEnvironment().withProperty("server.port", "0")
        .withProperty("local.server.port", "53211");
    assertThat(new ImportNode(settings(null), env, "app1").name()).isEqualTo("app1:53211");
  }

  @Test
  void anExplicitNodeNameIsUsedAsItIs() {
    MockEnvironment env = new MockEnvironment().withProperty("server.port", "8443");
    assertThat(new ImportNode(settings("node-b"), env, "app1").name()).isEqualTo("node-b");
  }

  private static ImportJobSettings settings(String node) {
    return new ImportJobSettings(200, 100, node, Duration.ofMinutes(10), 4, 2);
  }
}
