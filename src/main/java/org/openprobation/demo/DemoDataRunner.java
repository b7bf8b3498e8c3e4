package org.openprobation.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Generates the demo data on start when it should (embedded database and none yet, or as
 * configured), then prints where OpenProbation is and how to sign in.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10)
class DemoDataRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

	private final DemoSettings settings;

	private final DemoDataGenerator generator;

	private final Environment environment;

	private int port;

	DemoDataRunner(DemoSettings settings, DemoDataGenerator generator, Environment environment) {
		this.settings = settings;
		this.generator = generator;
		this.environment = environment;
	}

	/** Whether this start is a demo: its data generated, or kept, and its sign-ins on. */
	private boolean wanted() {
		return settings.demoOn(!StringUtils.hasText(environment.getProperty("spring.datasource.url")));
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		boolean wanted = wanted();
		if (!wanted) {
			log.info("Demo data: not generated (openprobation.demo.generate={}, {} database)", settings.generate(),
					embedded ? "embedded" : "external");
			int disabled = generator.disableDemoAccounts();
			if (disabled > 0) {
				log.warn("Demo data is off: the {} demo sign-ins (password 'demo') left from an earlier start are "
						+ "disabled", disabled);
			}
			return;
		}
		if (settings.reset()) {
			generator.reset();
		}
		var existing = generator.existing();
		if (existing.isPresent()) {
			generator.enableDemoAccounts();
			log.info("Demo data: the {} dataset ({} people) is already loaded; keeping it", existing.get().dataset(),
					String.format("%,d", existing.get().people()));
			return;
		}
		if (generator.databaseHasOtherData()) {
			log.warn("Demo data: the database already holds data the generator did not make; not generating");
			return;
		}
		generator.generate();
	}

	@EventListener
	void onWebServer(WebServerInitializedEvent event) {
		this.port = event.getWebServer().getPort();
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (generator.existing().isEmpty() || !wanted()) {
			log.info("OpenProbation is running on http://localhost:{}", port);
			return;
		}
		log.info("""

				  OpenProbation is running on http://localhost:{}
				  Demo sign-ins (password "{}"): {}
				""", port, DemoDataGenerator.DEMO_PASSWORD, String.join(", ", DemoDataGenerator.DEMO_USERNAMES));
	}

}
