package org.openprobation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "OpenProbation", sharedModules = "shared")
public class OpenProbationApplication {

	/**
	 * The one source of "now", so rules take time as a parameter and tests can fix it.
	 */
	@org.springframework.context.annotation.Bean
	java.time.Clock clock() {
		return java.time.Clock.system(java.time.ZoneId.of("Europe/London"));
	}

	public static void main(String[] args) {
		SpringApplication.run(OpenProbationApplication.class, args);
	}

}
