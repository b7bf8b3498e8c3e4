package org.openprobation;

import java.net.URI;
import java.net.http.HttpRequest;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances share one database: a user signed in on one continues on the other
 * (sessions, and the CSRF token in them, live in PostgreSQL).
 */
@IntegrationTest
class SeveralInstancesTest {

	@Value("${local.server.port}")
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void aSignInOnOneInstanceCarriesOnOnTheOther() {
		HikariDataSource shared = (HikariDataSource) dataSource;
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(OpenProbationApplication.class)
			// arguments, not default properties: those give way to application.yml (its
			// port
			// 8080 among them, which a running platform may hold). The first instance's
			// demo
			// setting: its data is kept, not generated again, and its demo sign-ins stay
			// on.
			.run("--server.port=0", "--spring.datasource.url=" + shared.getJdbcUrl(),
					"--spring.datasource.username=" + shared.getUsername(),
					"--spring.datasource.password=" + (shared.getPassword() == null ? "" : shared.getPassword()),
					"--openprobation.data-dir=target/test-data-second",
					"--logging.file.name=target/test-data-second/logs/openprobation.log",
					"--openprobation.oversight.record-on-start=false", "--openprobation.oversight.warm-on-start=false",
					"--spring.jmx.enabled=false", "--openprobation.demo.generate=always")) {
			int otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			assertThat(otherPort).isNotEqualTo(port);
			TestHttp first = TestHttp.signedIn(port, "practitioner");
			assertThat(first.page("/caseload").status()).isEqualTo(200);
			TestHttp.Response there = first
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + otherPort + "/caseload"))
					.header("Accept", "text/html")
					.build());
			assertThat(there.status()).isEqualTo(200);
			assertThat(there.body()).contains("My caseload");
			// a form posted to the second instance with the first's CSRF token is
			// accepted
			String token = TestHttp.csrf(first.page("/").body());
			TestHttp.Response signOut = first
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + otherPort + "/logout"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token))
					.build());
			// accepted (not refused for its CSRF token, which lives in the shared
			// session)
			assertThat(signOut.status()).isIn(204, 302);
			// signed out on the second means signed out on the first
			assertThat(first.page("/caseload").status()).isEqualTo(302);
		}
	}

}
