package org.reviewactions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
// Scheduled work (the e-mail digest, the e-mail records cleanup) is switched on once here, for every module.
@EnableScheduling
public class ReviewActionTrackerApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReviewActionTrackerApplication.class, args);
  }
}
