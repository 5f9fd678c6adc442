package org.reviewactions.plan;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The name this node records on its imports ({@code rat.import.node}, else host name and server port). The port is
 * read when the name is first needed, after the server has started: with {@code server.port=0} only then is the
 * port known (and it changes at every start, so such a node should be given a name).
 */
@Component
class ImportNode {

  private final ImportJobSettings settings;
  private final Environment environment;
  private final String host;
  private volatile String name;

  @Autowired
  ImportNode(ImportJobSettings settings, Environment environment) {
    this(settings, environment, hostName());
  }

  ImportNode(ImportJobSettings settings, Environment environment, String host) {
    this.settings = settings;
    this.environment = environment;
    this.host = host;
  }

  String name() {
    String known = name;
    if (known == null) {
      known = settings.nodeName(host, port());
      name = known;
    }
    return known;
  }

  /** Whether the name changes when the node restarts (a random port and no configured name). */
  boolean unstable() {
    return (settings.node() == null || settings.node().isBlank()) && configuredPort() == 0;
  }

  private int port() {
    int configured = configuredPort();
    return configured != 0 ? configured : environment.getProperty("local.server.port", Integer.class, 0);
  }

  private int configuredPort() {
    // Spring Boot's own default when server.port is not set.
    return environment.getProperty("server.port", Integer.class, 8080);
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      return "localhost";
    }
  }
}
