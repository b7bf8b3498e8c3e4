package org.openprobation;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * A platform started with demo data has sign-ins whose password is "demo", so unless told
 * where to listen ({@code SERVER_ADDRESS}) it listens on the loopback address only: the
 * demo is for the machine it runs on, not for the network it sits in.
 * {@link DemoLoopbackNotice} says so in the log.
 */
public class DemoListensOnLoopback implements EnvironmentPostProcessor, Ordered {

	static final String LOOPBACK_ONLY = "openprobation.demo.loopback-only";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String generate = environment.getProperty("openprobation.demo.generate", "auto").strip().toLowerCase();
		boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		boolean demo = "always".equals(generate) || ("auto".equals(generate) && !external);
		if (demo && !StringUtils.hasText(environment.getProperty("server.address"))) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("openprobation-demo-loopback",
						Map.of("server.address", "127.0.0.1", LOOPBACK_ONLY, "true")));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
