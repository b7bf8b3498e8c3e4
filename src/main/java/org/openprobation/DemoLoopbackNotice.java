package org.openprobation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says in the log that a demo start listens on the loopback address only, and why. */
@Component
class DemoLoopbackNotice {

	private static final Logger log = LoggerFactory.getLogger(DemoLoopbackNotice.class);

	private final Environment environment;

	DemoLoopbackNotice(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void tell() {
		if (environment.getProperty(DemoListensOnLoopback.LOOPBACK_ONLY, Boolean.class, false)) {
			log.warn("Demo data is on, so OpenProbation listens on 127.0.0.1 only (its demo sign-ins share one "
					+ "password); set SERVER_ADDRESS to listen elsewhere");
		}
	}

}
