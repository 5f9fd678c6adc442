package org.reviewactions.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** What the production profile adds: HSTS on HTTPS answers, and session and CSRF cookies marked Secure. */
@AutoConfigureMockMvc
@TestPropertySource(properties = "rat.security.strict-transport=true")
class ProductionTransportTest extends ProcessTestSupport {

  @Autowired MockMvc mvc;

  @Test
  void httpsAnswersPinBrowsersToHttpsForAYear() throws Exception {
    mvc.perform(get("/sign-in").secure(true))
        .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
        .andExpect(header().string("Strict-Transport-Security", containsString("includeSubDomains")));
    mvc.perform(get("/api/evidence-files/1").secure(true))
        .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
  }

  @Test
  void theProductionProfileTurnsOnHstsAndSecureCookies() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application-production.yaml"));
    Properties production = yaml.getObject();
    assertThat(production).containsEntry("rat.security.strict-transport", true)
        .containsEntry("server.servlet.session.cookie.secure", true)
        .containsEntry("camunda.bpm.webapp.session-cookie.enable-secure-cookie", true)
        .containsEntry("camunda.bpm.webapp.csrf.enable-secure-cookie", true);
    yaml.setResources(new ClassPathResource("application.yaml"));
    assertThat(yaml.getObject()).containsEntry("rat.security.strict-transport", false)
        .containsEntry("server.servlet.session.cookie.same-site", "lax")
        .containsEntry("server.servlet.session.cookie.http-only", true);
  }
}
