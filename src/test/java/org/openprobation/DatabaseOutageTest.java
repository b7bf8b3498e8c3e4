package org.openprobation;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops while the platform runs: pages answer a clear 503 page and the API a
 * 503 problem, and when the database is back the platform recovers by itself within 10
 * seconds, without a restart.
 */
class DatabaseOutageTest {

	@TempDir
	Path dataDir;

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private EmbeddedPostgres start(int port) throws Exception {
		return EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setPort(port)
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
	}

	@Test
	void theServiceSaysItIsUnavailableAndRecoversByItself() throws Exception {
		int dbPort = freePort();
		EmbeddedPostgres postgres = start(dbPort);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(OpenProbationApplication.class)
			// arguments, not default properties: those give way to application.yml (its
			// port
			// 8080 among them, which a running platform may hold)
			.run("--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
					"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
					"--spring.datasource.hikari.connection-timeout=2000", "--openprobation.demo.generate=never",
					"--openprobation.data-dir=" + dataDir, "--logging.file.name=target/outage-test/openprobation.log",
					"--openprobation.oversight.record-on-start=false", "--openprobation.oversight.warm-on-start=false",
					"--spring.jmx.enabled=false", "--openprobation.admin.username=first-admin",
					"--openprobation.admin.password=" + "first administrator's password")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String hash = app.getBean(PasswordEncoder.class).encode("demo");
			try (Connection c = postgres.getPostgresDatabase().getConnection();
					PreparedStatement insert = c.prepareStatement("""
							insert into access.app_user (username, password_hash, display_name, enabled)
							values ('outage', ?, 'Outage test', true)""");
					PreparedStatement role = c.prepareStatement("""
							insert into access.user_role (user_id, role)
							select id, 'ADMIN' from access.app_user where username = 'outage'""")) {
				insert.setString(1, hash);
				insert.executeUpdate();
				role.executeUpdate();
			}
			TestHttp http = TestHttp.anonymous(port);
			assertThat(http.get("/api/v1/people", "outage").status()).isEqualTo(200);
			assertThat(http.get("/login", null).status()).isEqualTo(200);

			postgres.close();
			TestHttp.Response api = http.get("/api/v1/people", "outage");
			assertThat(api.status()).as(api.body()).isEqualTo(503);
			assertThat(api.contentType()).startsWith("application/problem+json");
			assertThat(api.header("Retry-After")).isEqualTo("10");
			TestHttp.Response page = http.get("/login", null);
			assertThat(page.status()).as(page.body()).isEqualTo(503);
			assertThat(page.body()).contains("Sorry, the service is unavailable").doesNotContain("Exception");

			postgres = start(dbPort);
			Instant back = Instant.now();
			int status = 0;
			// each request waits for a connection for up to 2 seconds, so retrying needs
			// no pause of its own
			while (Duration.between(back, Instant.now()).toSeconds() < 10 && status != 200) {
				status = http.get("/api/v1/people", "outage").status();
			}
			assertThat(status).as("recovered within 10 seconds").isEqualTo(200);
			assertThat(http.get("/login", null).status()).isEqualTo(200);
		}
		finally {
			postgres.close();
		}
	}

}
