package org.reviewactions.security;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.camunda.bpm.admin.plugin.spi.impl.AbstractAdminPlugin;
import org.camunda.bpm.admin.resource.AbstractAdminPluginRootResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.camunda.bpm.welcome.plugin.spi.impl.AbstractWelcomePlugin;
import org.camunda.bpm.welcome.resource.AbstractWelcomePluginRootResource;

/**
 * A plugin for Tasklist, Cockpit, Admin and Welcome whose only script ({@code plugin-webapp/rat-sign-in/app/plugin.js})
 * sends the browser to the application's sign-in page wherever the webapp would show its own login form: after
 * "Log out", or when the session has ended. That form is switched off (one sign-in), so it could only fail.
 * Camunda finds the plugins through {@code META-INF/services} and creates the classes itself.
 */
public final class SignInPlugins {

  public static final String ID = "rat-sign-in";

  private SignInPlugins() {}

  /** Tasklist's plugin. */
  public static class Tasklist extends AbstractTasklistPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(TasklistAssets.class);
    }
  }

  /** Serves the plugin's script to Tasklist. */
  @Path("plugin/" + ID)
  public static class TasklistAssets extends AbstractTasklistPluginRootResource {
    public TasklistAssets() {
      super(ID);
    }
  }

  /** Cockpit's plugin. */
  public static class Cockpit extends AbstractCockpitPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(CockpitAssets.class);
    }
  }

  /** Serves the plugin's script to Cockpit. */
  @Path("plugin/" + ID)
  public static class CockpitAssets extends AbstractCockpitPluginRootResource {
    public CockpitAssets() {
      super(ID);
    }
  }

  /** Admin's plugin. */
  public static class Admin extends AbstractAdminPlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(AdminAssets.class);
    }
  }

  /** Serves the plugin's script to Admin. */
  @Path("plugin/" + ID)
  public static class AdminAssets extends AbstractAdminPluginRootResource {
    public AdminAssets() {
      super(ID);
    }
  }

  /** Welcome's plugin. */
  public static class Welcome extends AbstractWelcomePlugin {
    @Override
    public String getId() {
      return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
      return Set.of(WelcomeAssets.class);
    }
  }

  /** Serves the plugin's script to Welcome. */
  @Path("plugin/" + ID)
  public static class WelcomeAssets extends AbstractWelcomePluginRootResource {
    public WelcomeAssets() {
      super(ID);
    }
  }
}
