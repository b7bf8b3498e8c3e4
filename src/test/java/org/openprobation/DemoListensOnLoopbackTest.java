package org.openprobation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** A start with demo data listens on the loopback address unless told otherwise. */
class DemoListensOnLoopbackTest {

	private static String address(Map<String, Object> settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
		new DemoListensOnLoopback().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty("server.address", "(every address)");
	}

	@Test
	void theDemoOnTheEmbeddedDatabaseListensOnLoopbackOnly() {
		assertThat(address(Map.of())).isEqualTo("127.0.0.1");
		assertThat(address(Map.of("openprobation.demo.generate", "always", "spring.datasource.url", "jdbc:x")))
			.isEqualTo("127.0.0.1");
	}

	@Test
	void anAddressGivenOrNoDemoDataIsLeftAsItIs() {
		assertThat(address(Map.of("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
		assertThat(address(Map.of("openprobation.demo.generate", "never"))).isEqualTo("(every address)");
		assertThat(address(Map.of("spring.datasource.url", "jdbc:postgresql://db/openprobation")))
			.isEqualTo("(every address)");
	}

}
