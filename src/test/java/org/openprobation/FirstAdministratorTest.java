package org.openprobation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first start of a real deployment (issue 26): demo data off and nobody who can sign
 * in. Without the two variables the platform refuses to start and says why; with them it
 * creates the administrator, who signs in with the password the operator chose, while the
 * demo sign-ins do not exist.
 */
class FirstAdministratorTest {

	private static ConfigurableApplicationContext start(String dataDir, String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--openprobation.demo.generate=never",
				"--openprobation.data-dir=" + Path.of("target", dataDir),
				"--openprobation.embedded-database.clean-on-start=true",
				"--logging.file.name=target/" + dataDir + "/openprobation.log",
				"--openprobation.oversight.record-on-start=false", "--openprobation.oversight.warm-on-start=false",
				"--spring.jmx.enabled=false"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(OpenProbationApplication.class).run(args.toArray(String[]::new));
	}

	@Test
	void withoutTheVariablesTheFirstStartRefusesAndSaysWhy() {
		assertThatThrownBy(() -> start("first-start-refused").close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no account can sign in")
			.hasMessageContaining("OPENPROBATION_ADMIN_USERNAME and OPENPROBATION_ADMIN_PASSWORD");
		assertThatThrownBy(() -> start("first-start-refused", "--openprobation.admin.username=operator",
				"--openprobation.admin.password=too-short")
			.close()).isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 12 characters");
	}

	@Test
	void theOperatorsAdministratorSignsInAndTheDemoSignInsDoNotExist() {
		try (ConfigurableApplicationContext app = start("first-start", "--openprobation.admin.username=operator",
				"--openprobation.admin.password=correct horse battery")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			TestHttp http = TestHttp.anonymous(port);
			assertThat(http.get("/api/v1/organisation/summary", "admin").status()).isEqualTo(401);
			TestHttp.Response summary = http.getWithPassword("/api/v1/organisation/summary", "operator",
					"correct horse battery");
			assertThat(summary.status()).isEqualTo(200);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from access.app_user").query(Long.class).single()).isOne();
			assertThat(jdbc
				.sql("select count(*) from access.audit_event where action = 'CREATE_FIRST_ADMINISTRATOR' "
						+ "and detail like '%operator%'")
				.query(Long.class)
				.single()).isOne();
		}
		// a second start finds an account that can sign in and leaves it alone, variables
		// or not
		try (ConfigurableApplicationContext again = new SpringApplicationBuilder(OpenProbationApplication.class).run(
				"--server.port=0", "--openprobation.demo.generate=never",
				"--openprobation.data-dir=" + Path.of("target", "first-start"),
				"--logging.file.name=target/first-start/openprobation.log",
				"--openprobation.oversight.record-on-start=false", "--openprobation.oversight.warm-on-start=false",
				"--spring.jmx.enabled=false")) {
			assertThat(again.getBean(JdbcClient.class)
				.sql("select count(*) from access.app_user")
				.query(Long.class)
				.single()).isOne();
		}
	}

}
