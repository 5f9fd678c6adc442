package org.reviewactions.tasklist;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

/**
 * Tasklist as the product's people see it ({@code plugin-webapp/rat-tasklist/app/plugin.js}): no banner
 * about migrating to another product, "Start process" and "Create task" only for administrators (Tasklist
 * shows both to everyone; the engine refuses them to anyone else anyway), "Claim to work on this" where a
 * group task's Complete button waits, and the typed-date rule of the forms said in words rather than as a
 * regular expression. Camunda finds the plugin through {@code META-INF/services} and creates it itself;
 * Tasklist's settings (language, date format) are in {@code META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js}.
 */
public class TasklistLookPlugin extends AbstractTasklistPlugin {

  public static final String ID = "rat-tasklist";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(Assets.class);
  }

  /** Serves the plugin's script to Tasklist. */
  @Path("plugin/" + ID)
  public static class Assets extends AbstractTasklistPluginRootResource {
    public Assets() {
      super(ID);
    }
  }
}
