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
	 * With {@code openprobation.clock.start} set (a London local date and time), the
	 * clock starts there and runs on: the integration tests start it on the demo data's
	 * date, so every date they judge is the same whatever day they run.
	 */
	@org.springframework.context.annotation.Bean
	java.time.Clock clock(
			@org.springframework.beans.factory.annotation.Value("${openprobation.clock.start:}") String start) {
		java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
		java.time.Clock system = java.time.Clock.system(london);
		if (start.isBlank()) {
			return system;
		}
		java.time.Instant from = java.time.LocalDateTime.parse(start).atZone(london).toInstant();
		return java.time.Clock.offset(system, java.time.Duration.between(system.instant(), from));
	}

	public static void main(String[] args) {
		SpringApplication.run(OpenProbationApplication.class, args);
	}

}
